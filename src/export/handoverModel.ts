// Pure assembly of the handover view model: only selected sections with consent or a confirmed legal ground.
import {
  HANDOVER_SECTIONS,
  type Agreement,
  type Child,
  type Contact,
  type Evaluation,
  type FamilyMember,
  type Goal,
  type Handover,
  type HandoverSection,
  type HealthInfo,
  type IsoDate,
  type LegalFramework,
  type SchoolInfo,
  type StaffMember,
} from '../domain/types';
import {
  addMonths,
  agreementItem,
  authorityHolders,
  compareByTopic,
  countByChannel,
  currentMentor,
  dayOf,
  forChild,
  goalItem,
  isBetween,
  type AgreementItem,
  type ChannelCount,
  type Directory,
  type GoalItem,
  type Person,
} from './modelParts';

/** Why a section may be shared: the parents consented, or staff confirmed the legal ground recorded with it. */
export type SectionBasis = { kind: 'consent' } | { kind: 'legalGround'; legalGround: string };

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

type SectionContent =
  | {
      section: 'reason';
      reasonForMove?: string;
      howDecided?: string;
      parentsView?: string;
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
  | { section: 'goals'; goals: GoalItem[] }
  | { section: 'school'; school: SchoolInfo }
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

export type HandoverSectionModel = SectionContent & { basis: SectionBasis };

export interface HandoverModel {
  homeName: string;
  exportDate: IsoDate;
  childName: string;
  newInstitution?: string;
  moveDate?: IsoDate;
  /** Included sections, in the document's order. */
  sections: HandoverSectionModel[];
  /** Every section that is not in the document, and why. */
  omitted: OmittedSection[];
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
  /** Sections the user chose to include. */
  sections: HandoverSection[];
  /** Sections without parental consent whose recorded legal ground the user confirmed. */
  legalGroundConfirmed: Partial<Record<HandoverSection, boolean>>;
  today: IsoDate;
}

/** How many months of contacts make up the contact and visit pattern. */
export const CONTACT_PATTERN_MONTHS = 3;

const KIND_ORDER = ['parent', 'network', 'professional'];

export function sectionBasis(input: HandoverInput, section: HandoverSection): SectionBasis | undefined {
  const consent = input.handover.consent[section];
  if (consent?.parentsConsent === true) return { kind: 'consent' };
  const ground = consent?.legalGround?.trim();
  if (input.legalGroundConfirmed[section] === true && ground)
    return { kind: 'legalGround', legalGround: ground };
  return undefined;
}

function hasSchoolData(school: SchoolInfo | undefined): school is SchoolInfo {
  return !!(school?.name?.trim() || school?.contact?.trim() || school?.contactRules?.trim());
}

function contentOf(
  section: HandoverSection,
  input: HandoverInput,
  directory: Directory,
): SectionContent | undefined {
  const { child, handover, today } = input;
  switch (section) {
    case 'reason':
      return {
        section,
        reasonForMove: handover.reasonForMove,
        howDecided: handover.howDecided,
        parentsView: handover.parentsView,
        childView: handover.childView,
      };
    case 'childAndPlacement':
      return {
        section,
        name: child.name,
        birthDate: child.birthDate,
        placementStart: child.placementStart,
        placementEnd: child.placementEnd,
        placementEndedOn: child.placementEndedOn,
        legalFramework: child.legalFramework,
        languages: child.languages,
        cultureNotes: child.cultureNotes,
        authorityHolders: authorityHolders(directory.familyMembers).map(({ name, relation }) => ({
          name,
          relation,
        })),
        mentorName: currentMentor(directory)?.name,
      };
    case 'familyAndNetwork':
      return {
        section,
        members: [...directory.familyMembers]
          .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
          .map((member) => ({
            name: member.name,
            kind: member.kind,
            relation: member.relation,
            hasParentalAuthority: member.hasParentalAuthority,
            address: member.address,
            phone: member.phone,
            email: member.email,
            preferredLanguage: member.preferredLanguage,
            preferredChannel: member.preferredChannel,
            preferredMoments: member.preferredMoments,
            interpreterNeeded: member.interpreterNeeded,
            supportRole: member.supportRole,
            organisation: member.organisation,
          })),
      };
    case 'agreements': {
      // The last months of the placement: a handover exported after the move looks back from the move.
      const to = [today, handover.moveDate, child.placementEndedOn].filter((day) => !!day).sort()[0] ?? today;
      const from = addMonths(to, -CONTACT_PATTERN_MONTHS);
      const recent = forChild(input.contacts, child).filter((contact) =>
        isBetween(dayOf(contact.at), from, to),
      );
      return {
        section,
        agreements: forChild(input.agreements, child)
          .filter((agreement) => agreement.status !== 'proposed')
          .map((agreement) => agreementItem(agreement, directory))
          .sort(compareByTopic),
        contactPattern: { from, to, counts: countByChannel(recent), total: recent.length },
      };
    }
    case 'goals':
      return {
        section,
        goals: forChild(input.goals, child).map((goal) => {
          const latest = goal.progressNotes.reduce<string>(
            (max, note) => (note.on > max ? note.on : max),
            '',
          );
          return goalItem(goal, input.staff, (note) => note.on === latest);
        }),
      };
    case 'school':
      return hasSchoolData(child.school) ? { section, school: child.school } : undefined;
    case 'health':
      return { section, health: child.health ?? {} };
    case 'childStory':
      return { section, childStory: handover.childStory };
    case 'parentsMessage':
      return { section, parentsMessage: handover.parentsMessage };
    case 'involvement':
      return {
        section,
        parentsInvolved: handover.parentsInvolved,
        childInvolved: handover.childInvolved,
        involvementNotes: handover.involvementNotes,
      };
    case 'followUp':
      return {
        section,
        newInstitution: handover.newInstitution,
        contactOldPlace: handover.contactOldPlace,
        contactNewPlace: handover.contactNewPlace,
        firstEvaluationAfterMove: handover.firstEvaluationAfterMove,
      };
  }
}

export function handoverModel(input: HandoverInput): HandoverModel {
  const directory: Directory = { ...input, familyMembers: forChild(input.familyMembers, input.child) };
  const sections: HandoverSectionModel[] = [];
  const omitted: OmittedSection[] = [];
  for (const section of HANDOVER_SECTIONS) {
    if (!input.sections.includes(section)) {
      omitted.push({ section, reason: 'notSelected' });
      continue;
    }
    const basis = sectionBasis(input, section);
    if (!basis) {
      omitted.push({ section, reason: 'noConsent' });
      continue;
    }
    const content = contentOf(section, input, directory);
    if (content) sections.push({ ...content, basis });
    else omitted.push({ section, reason: 'noData' });
  }
  return {
    homeName: input.homeName,
    exportDate: input.today,
    childName: input.child.name,
    newInstitution: input.handover.newInstitution,
    moveDate: input.handover.moveDate,
    sections,
    omitted,
  };
}
