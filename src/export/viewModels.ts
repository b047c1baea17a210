// Pure assembly of each export's view model from domain records; no I/O, `today` is passed in.
import type {
  Agreement,
  Child,
  Contact,
  Evaluation,
  FamilyMember,
  Goal,
  IsoDate,
  Relation,
  StaffMember,
} from '../domain/types';
import {
  agreementItem,
  authorityHolders,
  countByChannel,
  currentMentor,
  dayOf,
  forChild,
  goalItem,
  groupByTopic,
  isBetween,
  staffName,
  type AgreementItem,
  type ChannelCount,
  type Directory,
  type GoalItem,
  type TopicGroup,
} from './modelParts';

export type { AgreementItem, ChannelCount, GoalItem, Person, ResolvedParty, TopicGroup } from './modelParts';
export {
  handoverModel,
  type HandoverInput,
  type HandoverModel,
  type HandoverSectionModel,
  type OmittedSection,
  type SectionBasis,
} from './handoverModel';

// ---------------------------------------------------------------- agreements sheet

/** A signature line: a holder of parental authority (with their relation) or the mentor. */
export type SignatureParty =
  { role: 'parent'; name: string; relation: Relation } | { role: 'mentor'; name: string };

export interface AgreementsSheetModel {
  homeName: string;
  exportDate: IsoDate;
  childName: string;
  /** Agreements in force (status `agreed`), grouped by topic in starter-topic order, custom topics last. */
  topics: TopicGroup[];
  signatures: SignatureParty[];
}

export interface AgreementsSheetInput {
  homeName: string;
  child: Child;
  familyMembers: FamilyMember[];
  agreements: Agreement[];
  staff: StaffMember[];
  today: IsoDate;
}

export function agreementsSheetModel(input: AgreementsSheetInput): AgreementsSheetModel {
  const directory: Directory = { ...input, familyMembers: forChild(input.familyMembers, input.child) };
  const inForce = forChild(input.agreements, input.child).filter(
    (agreement) => agreement.status === 'agreed',
  );
  const mentor = currentMentor(directory);
  return {
    homeName: input.homeName,
    exportDate: input.today,
    childName: input.child.name,
    topics: groupByTopic(inForce.map((agreement) => agreementItem(agreement, directory))),
    signatures: [
      ...authorityHolders(directory.familyMembers).map((member): SignatureParty => ({
        role: 'parent',
        name: member.name,
        relation: member.relation,
      })),
      ...(mentor ? [{ role: 'mentor' as const, name: mentor.name }] : []),
    ],
  };
}

// ---------------------------------------------------------------- meeting preparation

export interface FollowUpItem {
  text: string;
  owner?: string;
  dueOn?: IsoDate;
  overdue: boolean;
}

/** The points of an evaluation, as recorded. */
export type EvaluationPoints = Pick<
  Evaluation,
  'heldOn' | 'parentsExperience' | 'childExperience' | 'staffExperience' | 'goesWell' | 'shouldChange'
>;

export interface MeetingPrepModel {
  homeName: string;
  exportDate: IsoDate;
  meetingDate: IsoDate;
  childName: string;
  mentorName?: string;
  /** Agreements not ended whose review date falls on or before the meeting. */
  agreementsDue: AgreementItem[];
  /** Active goals and goals with progress since the last evaluation, with those progress notes. */
  goals: GoalItem[];
  /** Start of the contact period: the day of the last evaluation, else the placement start. */
  contactsSince: IsoDate;
  contactCounts: ChannelCount[];
  contactTotal: number;
  /** Open follow-ups of any contact, soonest due first. */
  openFollowUps: FollowUpItem[];
  previousEvaluation?: EvaluationPoints;
}

export interface MeetingPrepInput extends AgreementsSheetInput {
  goals: Goal[];
  contacts: Contact[];
  evaluations: Evaluation[];
  meetingDate: IsoDate;
}

/** The latest evaluation held on or before `today`. */
export function lastEvaluation(evaluations: readonly Evaluation[], today: IsoDate): Evaluation | undefined {
  return evaluations
    .filter((evaluation) => evaluation.heldOn <= today)
    .reduce<Evaluation | undefined>(
      (latest, evaluation) => (!latest || evaluation.heldOn > latest.heldOn ? evaluation : latest),
      undefined,
    );
}

export function meetingPrepModel(input: MeetingPrepInput): MeetingPrepModel {
  const { child, staff, today, meetingDate } = input;
  const directory: Directory = { ...input, familyMembers: forChild(input.familyMembers, child) };
  const previous = lastEvaluation(forChild(input.evaluations, child), today);
  const since = previous?.heldOn ?? child.placementStart;
  const contacts = forChild(input.contacts, child);
  const recent = contacts.filter((contact) => isBetween(dayOf(contact.at), since, today));
  const agreementsDue = forChild(input.agreements, child)
    .filter(
      (agreement) =>
        agreement.status !== 'ended' && !!agreement.reviewOn && agreement.reviewOn <= meetingDate,
    )
    .sort((a, b) => (a.reviewOn ?? '').localeCompare(b.reviewOn ?? ''))
    .map((agreement) => agreementItem(agreement, directory));
  const goals = forChild(input.goals, child)
    .map((goal) => goalItem(goal, staff, (note) => note.on >= since && note.on <= today))
    .filter((goal) => goal.status === 'active' || goal.progressNotes.length > 0);
  const openFollowUps = contacts
    .flatMap((contact) => contact.followUps)
    .filter((followUp) => !followUp.done)
    .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'))
    .map((followUp): FollowUpItem => ({
      text: followUp.text,
      owner: staffName(staff, followUp.ownerStaffId),
      dueOn: followUp.dueOn,
      overdue: !!followUp.dueOn && followUp.dueOn < today,
    }));
  return {
    homeName: input.homeName,
    exportDate: today,
    meetingDate,
    childName: child.name,
    mentorName: currentMentor(directory)?.name,
    agreementsDue,
    goals,
    contactsSince: since,
    contactCounts: countByChannel(recent),
    contactTotal: recent.length,
    openFollowUps,
    ...(previous
      ? {
          previousEvaluation: {
            heldOn: previous.heldOn,
            parentsExperience: previous.parentsExperience,
            childExperience: previous.childExperience,
            staffExperience: previous.staffExperience,
            goesWell: previous.goesWell,
            shouldChange: previous.shouldChange,
          },
        }
      : {}),
  };
}

// ---------------------------------------------------------------- recovery sheet

export interface RecoverySheetModel {
  homeName: string;
  recoveryKey: string;
  /** The day the key was created, `YYYY-MM-DD`. */
  createdOn: IsoDate;
}
