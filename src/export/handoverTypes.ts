// The handover view model: shared sections with their basis, what was withheld, consent and sender.
import type { ChannelCount, ConsentCategory, SharingBasis } from '../domain';
import type { ReactionState, ReportReaction, ReportVersion, ShareChannel } from '../domain/reports';
import type { ReactionWords, SharedReportRef } from '../domain/reportsShared';
import type {
  Agreement,
  Child,
  ConsentMethod,
  Contact,
  Evaluation,
  FamilyMember,
  Goal,
  Handover,
  HandoverSection,
  HealthInfo,
  IsoDate,
  LegalFramework,
  Relation,
  StaffMember,
} from '../domain/types';
import type { SchoolRecord, SchoolRule } from '../domain/schoolTypes';
import type { AgreementItem, GoalItem, Person } from './modelParts';
import type { SchoolRuleItem, SchoolSummary } from './schoolModel';

/** Why a section may be shared: the parents consented, or staff confirmed the legal ground recorded with it. */
export type SectionBasis = SharingBasis;

export interface OmittedSection {
  section: HandoverSection;
  /** `noData`: selected and allowed, but there is nothing recorded to share (a school section without data). */
  reason: 'notSelected' | 'noConsent' | 'noData';
}

export type FamilyMemberItem = Pick<
  FamilyMember,
  | 'name'
  | 'kind'
  | 'relation'
  | 'hasParentalAuthority'
  | 'address'
  | 'phone'
  | 'email'
  | 'preferredLanguage'
  | 'preferredChannel'
  | 'preferredMoments'
  | 'interpreterNeeded'
  | 'supportRole'
  | 'organisation'
>;

export type SectionContent =
  | {
      section: 'reason';
      reasonForMove?: string;
      howDecided?: string;
      parentsView?: string;
      /** Each parent's own words, when recorded apart; shown instead of `parentsView`. */
      parentViews: ParentViewItem[];
      childView?: string;
    }
  | {
      section: 'childAndPlacement';
      name: string;
      birthDate: IsoDate;
      placementStart: IsoDate;
      placementEnd?: IsoDate;
      placementEndedOn?: IsoDate;
      legalFramework: LegalFramework;
      languages: string[];
      cultureNotes?: string;
      authorityHolders: Person[];
      mentorName?: string;
    }
  | { section: 'familyAndNetwork'; members: FamilyMemberItem[] }
  | {
      section: 'agreements';
      /** Agreements that are or were in force, with how they worked out. */
      agreements: AgreementItem[];
      contactPattern: { from: IsoDate; to: IsoDate; counts: ChannelCount[]; total: number };
    }
  | {
      section: 'goals';
      goals: GoalItem[];
      /** Reports shared with the parents, with everyone's reactions or where their answer stands. */
      reports: HandoverReportItem[];
    }
  | { section: 'school'; school: SchoolSection }
  | { section: 'health'; health: HealthInfo }
  | { section: 'childStory'; childStory?: string }
  | { section: 'parentsMessage'; parentsMessage?: string }
  | { section: 'involvement'; parentsInvolved: boolean; childInvolved: boolean; involvementNotes?: string }
  | {
      section: 'followUp';
      newInstitution?: string;
      contactOldPlace?: string;
      contactNewPlace?: string;
      firstEvaluationAfterMove?: IsoDate;
    };

/** Categories whose items were left out of a shared section (a medication agreement, a GGZ therapist). */
export type WithheldItems = ConsentCategory[];

export type HandoverSectionModel = SectionContent & { basis: SectionBasis; withheld: WithheldItems };

/** One category on the consent overview: may it be shared, and who consented when and how. */
export interface ConsentLine {
  category: ConsentCategory;
  basis?: SectionBasis;
  givenBy: string[];
  givenOn?: IsoDate;
  method?: ConsentMethod;
  /** Sections in which items of this category were left out, beside its own section. */
  withheldIn: HandoverSection[];
}

/** A report version shared with the parents, and what each person it was shared with answered. */
export interface HandoverReportItem {
  report: SharedReportRef;
  /** A correction replaced this version later. */
  superseded: boolean;
  shares: {
    name: string;
    /** The family member's relation; absent for the youth. */
    relation?: Relation;
    sharedOn: IsoDate;
    channel: ShareChannel;
    /** Their reactions verbatim, in the order they came in; none: see `state`. */
    reactions: ReactionWords[];
    state: ReactionState;
  }[];
}

/** A parent's view on the move in their own words. */
export interface ParentViewItem {
  name: string;
  relation: Relation;
  text: string;
}

export interface HandoverSender {
  homeName: string;
  mentorName?: string;
  contactPersonName?: string;
  backupContactPersonName?: string;
  meetingOn?: IsoDate;
  meetingAttendees?: string;
}

export interface HandoverModel {
  homeName: string;
  exportDate: IsoDate;
  child: { name: string; birthDate: IsoDate };
  newInstitution?: string;
  moveDate?: IsoDate;
  /** Exported after the move: the document describes the situation up to the move. */
  exportedAfterMove: boolean;
  sender: HandoverSender;
  /** Every category the consent screen offers, with its basis (or none) and who consented. */
  consent: ConsentLine[];
  /** Included sections, in the document's order. */
  sections: HandoverSectionModel[];
  /** Every section that is not in the document, and why. */
  omitted: OmittedSection[];
  /** Holders of parental authority, who sign for the parents' additions. */
  authorityHolders: Person[];
}

/** The school of the last day in care with its rules in force, as the handover's school section shows it. */
export interface SchoolSection {
  summary: SchoolSummary;
  rules: SchoolRuleItem[];
}

export interface HandoverInput {
  homeName: string;
  child: Child;
  familyMembers: FamilyMember[];
  agreements: Agreement[];
  goals: Goal[];
  contacts: Contact[];
  evaluations: Evaluation[];
  staff: StaffMember[];
  handover: Handover;
  /** The child's school records and rules (absent: no school recorded). */
  schools?: SchoolRecord[];
  schoolRules?: SchoolRule[];
  /** The child's frozen report versions and the reactions on them (absent: no reports). */
  reportVersions?: ReportVersion[];
  reportReactions?: ReportReaction[];
  /** Sections the user chose to include. */
  sections: HandoverSection[];
  /** Sections without parental consent whose recorded legal ground the user confirmed. */
  legalGroundConfirmed: Partial<Record<HandoverSection, boolean>>;
  today: IsoDate;
}
