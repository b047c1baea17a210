// Domain types shared by every layer: plain data, no behaviour. Dates are ISO strings.

/** A uuid. */
export type Id = string;
/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;
/** A moment, ISO 8601 with time zone (`new Date().toISOString()`). */
export type IsoDateTime = string;

/** Fields every stored record carries. */
export interface RecordMeta {
  id: Id;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  createdBy: Id;
  updatedBy: Id;
}

/** What a new record needs from its caller: everything but the meta fields. */
export type Draft<T extends RecordMeta> = Omit<T, keyof RecordMeta>;

// ---------------------------------------------------------------- homes and staff

export type HomeKind = 'smallScale' | 'familyHome' | 'other';

/** A home as listed in the app settings registry: no personal data. */
export interface HomeEntry {
  id: Id;
  name: string;
  kind: HomeKind;
  createdAt: IsoDateTime;
  demo?: boolean;
}

export const STAFF_ROLES = ['careWorker', 'mentor', 'behaviouralScientist', 'coordinator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffMember extends RecordMeta {
  name: string;
  role: StaffRole;
  activeFrom: IsoDate;
  activeTo?: IsoDate;
  /** The key slot this person signs in with: checked after unlocking, so slots cannot be swapped. */
  keySlotId?: Id;
}

// ---------------------------------------------------------------- children

export const LEGAL_FRAMEWORKS = ['voluntary', 'supervisionOrder', 'guardianship'] as const;
export type LegalFramework = (typeof LEGAL_FRAMEWORKS)[number];

export interface MentorAssignment {
  staffId: Id;
  from: IsoDate;
  to?: IsoDate;
}

/** Health practicalities recorded for the handover document. */
export interface HealthInfo {
  gp?: string;
  dentist?: string;
  medication?: string;
  /** Someone recorded that the child takes no medication: only then does the screen say "Geen". */
  noMedication?: boolean;
  notes?: string;
}

/**
 * The child's school as one free-text card, before schools were recorded apart: migration 0004 moves it
 * onto a school record (`SchoolRecord`), so only records not yet migrated still carry it.
 */
export interface SchoolInfo {
  name?: string;
  contact?: string;
  contactRules?: string;
}

export interface Child extends RecordMeta {
  name: string;
  birthDate: IsoDate;
  placementStart: IsoDate;
  /** Expected end of the placement. */
  placementEnd?: IsoDate;
  /** Set when the placement has actually ended; the child then drops off the dashboard. */
  placementEndedOn?: IsoDate;
  legalFramework: LegalFramework;
  languages: string[];
  cultureNotes?: string;
  mentorAssignments: MentorAssignment[];
  /** Fixed contact person for the parents (a staff member) and a backup. */
  contactPersonId?: Id;
  backupContactPersonId?: Id;
  /** Contact norm: at least one contact with the parents every N days (default 7). */
  contactNormDays: number;
  /** Collaboration evaluation interval in months (default 3). */
  evaluationIntervalMonths: number;
  health?: HealthInfo;
  /** Legacy: read only by migration 0004, which moves it onto a school record. */
  school?: SchoolInfo;
  /**
   * Which family members count for the contact norm, where someone chose differently from the rule
   * (parents and carers count, with or without authority; others do not): family member id → counts.
   */
  contactNormMembers?: Partial<Record<Id, boolean>>;
}

export const DEFAULT_CONTACT_NORM_DAYS = 7;
export const DEFAULT_EVALUATION_INTERVAL_MONTHS = 3;

// ---------------------------------------------------------------- family and network

export const FAMILY_MEMBER_KINDS = ['parent', 'network', 'professional'] as const;
export type FamilyMemberKind = (typeof FAMILY_MEMBER_KINDS)[number];

export const RELATIONS_BY_KIND = {
  parent: ['mother', 'father', 'parent', 'stepParent', 'fosterParent', 'carer'],
  network: ['grandparent', 'uncleAunt', 'sibling', 'neighbour', 'teacher', 'coach', 'friend', 'otherNetwork'],
  professional: [
    'familyGuardian',
    'clientSupporter',
    'confidentialAdviser',
    'mentalHealth',
    'otherProfessional',
  ],
} as const satisfies Record<FamilyMemberKind, readonly string[]>;
export type Relation = (typeof RELATIONS_BY_KIND)[FamilyMemberKind][number];

export const CONTACT_CHANNELS = [
  'phone',
  'videoCall',
  'visitAtGroup',
  'homeVisit',
  'email',
  'message',
  'meeting',
] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export interface FamilyMember extends RecordMeta {
  childId: Id;
  kind: FamilyMemberKind;
  relation: Relation;
  name: string;
  hasParentalAuthority: boolean;
  address?: string;
  phone?: string;
  email?: string;
  preferredLanguage?: string;
  preferredChannel?: ContactChannel;
  preferredMoments?: string;
  interpreterNeeded: boolean;
  receivesReports: boolean;
  /** Network members: their role in supporting the child; professionals: their organisation. */
  supportRole?: string;
  organisation?: string;
  notes?: string;
}

// ---------------------------------------------------------------- agreements (gedeeld opvoederschap)

export const STARTER_TOPICS = [
  'bedtimes',
  'pocketMoney',
  'clothes',
  'personalCare',
  'phoneMedia',
  'foodReligionCulture',
  'schoolMeetings',
  'schoolSickReport',
  'dentist',
  'gp',
  'medication',
  'groupVisits',
  'calls',
  'weekendsHolidays',
  'upbringingDecisions',
  'behaviourDuringVisits',
  'dailyLife',
] as const;
export type StarterTopic = (typeof STARTER_TOPICS)[number];
/** A starter topic, or `custom` with `customTopic` naming it. */
export type AgreementTopic = StarterTopic | 'custom';

export const AGREEMENT_STATUSES = ['proposed', 'agreed', 'ended'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const RESPONSIBLE_KINDS = [
  'familyMember',
  'bothParents',
  'mentor',
  'groupStaff',
  'child',
  'networkMember',
  'shared',
] as const;
export type ResponsibleKind = (typeof RESPONSIBLE_KINDS)[number];
/** Who carries an agreement out; `familyMemberId` names the parent or network member where needed. */
export interface ResponsibleParty {
  kind: ResponsibleKind;
  familyMemberId?: Id;
}

/** How an agreement worked out, recorded for the handover. */
export type AgreementOutcome = 'worked' | 'partly' | 'didNotWork';

/** The part of an agreement that is versioned. */
export interface AgreementContent {
  topic: AgreementTopic;
  customTopic?: string;
  text: string;
  responsible: ResponsibleParty[];
  status: AgreementStatus;
  agreedOn?: IsoDate;
  /** Family members the agreement was made with. */
  agreedWith: Id[];
  reviewOn?: IsoDate;
  outcome?: AgreementOutcome;
  /** What the parents think of the agreement, in their words, when recorded. */
  parentsView?: string;
}

export interface Agreement extends RecordMeta, AgreementContent {
  childId: Id;
  /** 1 for a new agreement, +1 with every revision. */
  version: number;
}

/** One stored version of an agreement: every version, the first included, is kept. */
export interface AgreementRevision {
  id: Id;
  agreementId: Id;
  childId: Id;
  version: number;
  content: AgreementContent;
  changedAt: IsoDateTime;
  changedBy: Id;
  /** The version this change was based on; differs from version - 1 when two edits raced. */
  basedOnVersion: number;
}

// ---------------------------------------------------------------- goals

export const GOAL_STATUSES = ['active', 'achieved', 'partlyAchieved', 'stopped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export interface ProgressNote {
  on: IsoDate;
  text: string;
  by: Id;
}

export interface Goal extends RecordMeta {
  childId: Id;
  title: string;
  /** The parents' and the child's own words. */
  parentsWords?: string;
  childWords?: string;
  targetDate?: IsoDate;
  status: GoalStatus;
  progressNotes: ProgressNote[];
  /** The category of information the goal belongs to when it is not a plain goal, e.g. `health`. */
  infoCategory?: HandoverSection;
}

// ---------------------------------------------------------------- contacts

export interface FollowUp {
  id: Id;
  text: string;
  ownerStaffId: Id;
  dueOn?: IsoDate;
  done: boolean;
  doneOn?: IsoDate;
}

export interface Contact extends RecordMeta {
  childId: Id;
  at: IsoDateTime;
  familyMemberIds: Id[];
  channel: ContactChannel;
  staffId: Id;
  summary: string;
  followUps: FollowUp[];
}

// ---------------------------------------------------------------- evaluations

/** One goal looked at in an evaluation: where it stands and what changed since. */
export interface GoalReview {
  goalId: Id;
  status: GoalStatus;
  progress?: string;
}

export interface Evaluation extends RecordMeta {
  childId: Id;
  heldOn: IsoDate;
  /** Family members who took part (records from before this was asked have none). */
  attendeeIds?: Id[];
  /** Staff who took part. */
  staffAttendeeIds?: Id[];
  /** Each goal reviewed in the meeting. */
  goalReviews?: GoalReview[];
  /** The parents' view in their words; empty only when `parentsViewNotGiven` says they would not or could not react. */
  parentsExperience: string;
  parentsViewNotGiven?: boolean;
  childExperience: string;
  staffExperience: string;
  goesWell: string;
  shouldChange: string;
  revisedAgreementIds: Id[];
}

// ---------------------------------------------------------------- handover

export const HANDOVER_SECTIONS = [
  'reason',
  'childAndPlacement',
  'familyAndNetwork',
  'agreements',
  'goals',
  'school',
  'health',
  'childStory',
  'parentsMessage',
  'involvement',
  'followUp',
] as const;
export type HandoverSection = (typeof HANDOVER_SECTIONS)[number];

export const CONSENT_METHODS = ['inPerson', 'phone', 'videoCall', 'inWriting', 'email'] as const;
/** How consent was given: in a conversation, by phone, signed on paper, by e-mail. */
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/**
 * Whether parents consent to sharing a category of information (one per handover section); without
 * consent a legal ground must be named. Who, when and how are optional so records from before they
 * were asked still read.
 */
export interface SectionConsent {
  parentsConsent: boolean;
  legalGround?: string;
  /** Family member ids of the parents with authority who consented, and/or the child's id (from 16). */
  givenBy?: Id[];
  givenOn?: IsoDate;
  method?: ConsentMethod;
}

/** One parent's view on the move in their own words, when more than one parent has authority. */
export interface ParentView {
  familyMemberId: Id;
  text: string;
}

export interface Handover extends RecordMeta {
  childId: Id;
  newInstitution?: string;
  moveDate?: IsoDate;
  reasonForMove?: string;
  howDecided?: string;
  /** The parents' view in one text; `parentViews` holds each parent's own words when recorded apart. */
  parentsView?: string;
  parentViews?: ParentView[];
  childView?: string;
  childStory?: string;
  /** What the parents want the next place to know, quoted verbatim. */
  parentsMessage?: string;
  parentsInvolved: boolean;
  childInvolved: boolean;
  involvementNotes?: string;
  contactOldPlace?: string;
  contactNewPlace?: string;
  firstEvaluationAfterMove?: IsoDate;
  /** The face-to-face handover with the new place: when, and who attended (as written). */
  handoverMeetingOn?: IsoDate;
  handoverMeetingAttendees?: string;
  consent: Partial<Record<HandoverSection, SectionConsent>>;
}

// ---------------------------------------------------------------- audit

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'export',
  'signIn',
  'signInFailed',
  'recoverySignIn',
  'passwordChanged',
  'childViewed',
  'oneTimeCodeIssued',
  'passwordReset',
  'staffRemoved',
  'migration',
  'damagedRecord',
  'backup',
  'restore',
  'destroy',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** An audit entry: who did what to which entity, when. Never personal data in clear. */
export interface AuditEntry {
  id: Id;
  at: IsoDateTime;
  action: AuditAction;
  /** Table or document name, e.g. `children`, `export:handover`. */
  entity: string;
  entityId?: Id;
  /** The staff member who acted (or tried to sign in). */
  staffId?: Id;
  /** The child the entry is about, when there is one (shown and filtered in the Logboek). */
  childId?: Id;
  /** Position in the hash chain: 1, 2, 3, … (entries of schema version 1 get theirs when migrated). */
  seq?: number;
  /** HMAC-SHA-256 (hex) over the previous entry's chain value and this entry's contents. */
  chain?: string;
}
