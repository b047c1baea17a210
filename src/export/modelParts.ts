// Pieces shared by the export view models: item types and resolving ids to names. Rules live in src/domain.
import { compareDates, currentMentor, groupByTopic, isGoalPastTarget } from '../domain';
import type {
  Agreement,
  AgreementOutcome,
  AgreementStatus,
  AgreementTopic,
  Child,
  FamilyMember,
  Goal,
  GoalStatus,
  Id,
  IsoDate,
  Relation,
  ResponsibleKind,
  StaffMember,
} from '../domain/types';

/** Who carries an agreement out: a kind (translated by the builder) and, where known, a name. */
export interface ResolvedParty {
  kind: ResponsibleKind;
  name?: string;
}

export interface AgreementItem {
  id: Id;
  topic: AgreementTopic;
  customTopic?: string;
  text: string;
  status: AgreementStatus;
  responsible: ResolvedParty[];
  agreedOn?: IsoDate;
  /** Names of the family members the agreement was made with. */
  agreedWith: string[];
  reviewOn?: IsoDate;
  outcome?: AgreementOutcome;
  parentsView?: string;
}

export interface TopicGroup {
  topic: AgreementTopic;
  customTopic?: string;
  agreements: AgreementItem[];
}

export interface GoalItem {
  title: string;
  status: GoalStatus;
  targetDate?: IsoDate;
  parentsWords?: string;
  childWords?: string;
  progressNotes: { on: IsoDate; text: string; by?: string }[];
  /** Still running after its target date. */
  pastTarget: boolean;
}

export interface Person {
  name: string;
  relation: Relation;
}

/** Everything a handover or meeting needs to resolve ids to names. */
export interface Directory {
  child: Child;
  familyMembers: FamilyMember[];
  staff: StaffMember[];
  today: IsoDate;
}

// ---------------------------------------------------------------- resolving ids to names

export function forChild<T extends { childId: Id }>(records: readonly T[], child: Child): T[] {
  return records.filter((record) => record.childId === child.id);
}

export function staffName(staff: readonly StaffMember[], id: Id | undefined): string | undefined {
  return staff.find((member) => member.id === id)?.name;
}

/** The staff member who is the child's mentor on `day` (the domain decides which assignment counts). */
export function mentorOn(directory: Directory, day: IsoDate = directory.today): StaffMember | undefined {
  const assignment = currentMentor(directory.child, day);
  return directory.staff.find((member) => member.id === assignment?.staffId);
}

export function agreementItem(agreement: Agreement, directory: Directory): AgreementItem {
  const memberName = (id: Id | undefined) => directory.familyMembers.find((member) => member.id === id)?.name;
  const mentor = mentorOn(directory)?.name;
  const responsible = agreement.responsible.map((party): ResolvedParty => {
    const name =
      party.kind === 'mentor'
        ? mentor
        : party.kind === 'child'
          ? directory.child.name
          : memberName(party.familyMemberId);
    return name ? { kind: party.kind, name } : { kind: party.kind };
  });
  return {
    id: agreement.id,
    topic: agreement.topic,
    ...(agreement.topic === 'custom' && agreement.customTopic?.trim()
      ? { customTopic: agreement.customTopic.trim() }
      : {}),
    text: agreement.text,
    status: agreement.status,
    responsible,
    agreedOn: agreement.agreedOn,
    agreedWith: agreement.agreedWith.flatMap((id) => memberName(id) ?? []),
    reviewOn: agreement.reviewOn,
    outcome: agreement.outcome,
    ...(agreement.parentsView?.trim() ? { parentsView: agreement.parentsView } : {}),
  };
}

/** Agreements grouped by topic exactly as the screen groups them (the domain's order), as items. */
export function topicGroups(agreements: readonly Agreement[], directory: Directory): TopicGroup[] {
  return groupByTopic(agreements).map((group) => ({
    topic: group.topic,
    ...(group.topic === 'custom' && group.customTopic ? { customTopic: group.customTopic } : {}),
    agreements: group.agreements.map((agreement) => agreementItem(agreement, directory)),
  }));
}

export function goalItem(
  goal: Goal,
  staff: readonly StaffMember[],
  today: IsoDate,
  keepNote: (note: { on: IsoDate }) => boolean,
): GoalItem {
  return {
    pastTarget: isGoalPastTarget(goal, today),
    title: goal.title,
    status: goal.status,
    targetDate: goal.targetDate,
    parentsWords: goal.parentsWords,
    childWords: goal.childWords,
    progressNotes: goal.progressNotes
      .filter(keepNote)
      .sort((a, b) => compareDates(a.on, b.on))
      .map((note) => ({ on: note.on, text: note.text, by: staffName(staff, note.by) })),
  };
}
