// School contact rules: the child's school (with history), its contacts, the rules per topic and sick days.
import type { Id, IsoDate, IsoDateTime, RecordMeta, ResponsibleParty } from './types';

/** The people at school the home deals with. */
export const SCHOOL_CONTACT_ROLES = [
  'teacher',
  'schoolMentor',
  'internalSupervisor',
  'careCoordinator',
  'attendanceOfficer',
  'headteacher',
] as const;
/** Leerkracht, mentor, intern begeleider, zorgcoördinator, leerplichtambtenaar, directeur. */
export type SchoolContactRole = (typeof SCHOOL_CONTACT_ROLES)[number];

export interface SchoolContact {
  id: Id;
  role: SchoolContactRole;
  name: string;
  email?: string;
  phone?: string;
}

/**
 * What one parent (or network member) agreed to for this school: to be in CC on school mail (the school
 * then sees their address) and to have their contact details printed on the school card.
 */
export interface SchoolConsent {
  familyMemberId: Id;
  schoolMail: boolean;
  contactDetails: boolean;
  givenOn?: IsoDate;
}

/** ISO weekdays: 1 = Monday … 5 = Friday (a school week; weekends are never school days here). */
export const SCHOOL_WEEKDAYS = [1, 2, 3, 4, 5] as const;
export type SchoolWeekday = (typeof SCHOOL_WEEKDAYS)[number];

/** One school of one child. A change of school ends this record and starts a new one; both are kept. */
export interface SchoolRecord extends RecordMeta {
  childId: Id;
  name: string;
  location?: string;
  mainPhone?: string;
  /** Where absence (verzuim) is reported by mail. */
  attendanceEmail?: string;
  contacts: SchoolContact[];
  /** Class or year as the school names it: "groep 6", "klas 2B". */
  classYear?: string;
  schoolDays: SchoolWeekday[];
  transport?: string;
  startedOn?: IsoDate;
  /** Last day at this school; the record and its rules stay as history. */
  endedOn?: IsoDate;
  /** Free text; holds the contact rules written before they were structured (migration 0004). */
  notes?: string;
  /** Who to contact at school as written before contacts were recorded apart (migration 0004). */
  contactNote?: string;
  /** What the school may share with whom, beyond the rules (e.g. "geen foto's op de website"). */
  sharingNotes?: string;
  consents: SchoolConsent[];
  /** When the school card was last gone through with parents and school. */
  reviewedOn?: IsoDate;
}

export const SCHOOL_RULE_TOPICS = [
  'sickReport',
  'recoveryReport',
  'parentMeeting',
  'reports',
  'emailCc',
  'permissionSlips',
  'leaveRequest',
  'attendanceOfficer',
] as const;
/**
 * Ziekmelden, betermelden, oudergesprekken, rapporten en cijfers, schoolmail (aan/CC), toestemmings-
 * formulieren en uitjes, verlof aanvragen, contact met de leerplichtambtenaar.
 */
export type SchoolRuleTopic = (typeof SCHOOL_RULE_TOPICS)[number];

/** The versioned part of a rule: who does it, backup, how and by when, who is copied. */
export interface SchoolRuleContent {
  topic: SchoolRuleTopic;
  /** Who does it; for parent meetings who attends; for leave requests who signs. */
  responsible: ResponsibleParty[];
  backup?: ResponsibleParty;
  /** How: "bellen naar de administratie", "via de schoolapp". */
  how?: string;
  /** By when as a time of day, `HH:MM`, on the day itself ("vóór 8:15"): sick reports are timed against it. */
  deadline?: string;
  /** By when in words when it is not a time of day ("binnen een week na de uitnodiging"). */
  byWhen?: string;
  /** Family members copied on mail about this topic; for reports: who receives them. */
  cc: Id[];
  /** Parent meetings: who joins by video. */
  byVideo: ResponsibleParty[];
  /** The shared-parenting agreement this rule came from. */
  agreementId?: Id;
  notes?: string;
}

export interface SchoolRule extends RecordMeta, SchoolRuleContent {
  childId: Id;
  /** The school record the rule belongs to: rules of an ended school are history, not applied. */
  schoolId: Id;
}

/** One sick day (or run of days) of a child at school. */
export interface SickReport extends RecordMeta {
  childId: Id;
  schoolId?: Id;
  /** First day of absence. */
  sickOn: IsoDate;
  /** When the school was told; absent while nobody has called yet. */
  reportedToSchoolAt?: IsoDateTime;
  reportedBy?: ResponsibleParty;
  /** When the parents were told (when the home reported), absent while they do not know. */
  parentsInformedAt?: IsoDateTime;
  /** First day back at school, once the child is reported better. */
  betterOn?: IsoDate;
  betterReportedAt?: IsoDateTime;
  notes?: string;
}
