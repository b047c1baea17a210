// What needs attention today across all children in the home, most urgent first.
import { isNewPlacement, isReviewDue, missingStarterTopics, withoutReviewDate } from './agreements';
import { contactStatus } from './contacts';
import { compareDates, dateOfDateTime } from './dates';
import { EVALUATION_DUE_SOON_DAYS, evaluationStatus, nextEvaluationDue } from './evaluations';
import { isGoalPastTarget } from './goals';
import { isPlacementActive } from './placements';
import type {
  Agreement,
  Child,
  Contact,
  Evaluation,
  Goal,
  Id,
  IsoDate,
  StaffMember,
  StarterTopic,
} from './types';

/** overdue: a deadline has passed; due: it is today or very close; attention: to pick up, no deadline hit. */
export type DashboardUrgency = 'overdue' | 'due' | 'attention';

interface ItemBase {
  childId: Id;
  /** The date that matters for this item (a due date, review date or placement start). */
  date: IsoDate;
  urgency: DashboardUrgency;
}

export type DashboardItem =
  | (ItemBase & { kind: 'contactOverdue'; lastContactOn?: IsoDate; daysSinceLast: number })
  | (ItemBase & { kind: 'contactDue'; lastContactOn?: IsoDate; daysSinceLast: number })
  | (ItemBase & { kind: 'reviewDue'; agreementId: Id })
  | (ItemBase & { kind: 'noReviewDate'; agreementId: Id })
  | (ItemBase & { kind: 'goalPastTarget'; goalId: Id })
  | (ItemBase & { kind: 'evaluationDue'; overdue: boolean })
  | (ItemBase & { kind: 'followUpOpen'; contactId: Id; followUpId: Id; ownerStaffId: Id; overdue: boolean })
  | (ItemBase & { kind: 'noContactPerson'; reason: 'missing' | 'inactive' })
  | (ItemBase & { kind: 'missingStarterTopics'; topics: StarterTopic[] });

export type DashboardItemKind = DashboardItem['kind'];

export interface DashboardInput {
  children: readonly Child[];
  contacts: readonly Contact[];
  agreements: readonly Agreement[];
  evaluations: readonly Evaluation[];
  staff: readonly StaffMember[];
  /** Running goals: those past their target date are listed. Absent: no goal items. */
  goals?: readonly Goal[];
  /**
   * The contacts that count for the contact norm (with the people `countsForContactNorm` names).
   * Absent: every contact in `contacts` counts.
   */
  normContacts?: readonly Contact[];
  today: IsoDate;
}

const URGENCY_RANK: Record<DashboardUrgency, number> = { overdue: 0, due: 1, attention: 2 };
const KIND_RANK: Record<DashboardItemKind, number> = {
  contactOverdue: 0,
  contactDue: 1,
  evaluationDue: 2,
  reviewDue: 3,
  followUpOpen: 4,
  goalPastTarget: 5,
  noReviewDate: 6,
  noContactPerson: 7,
  missingStarterTopics: 8,
};

function groupByChild<T extends { childId: Id }>(records: readonly T[]): Map<Id, T[]> {
  const byChild = new Map<Id, T[]>();
  for (const record of records) {
    const list = byChild.get(record.childId);
    if (list) list.push(record);
    else byChild.set(record.childId, [record]);
  }
  return byChild;
}

function isStaffActive(member: StaffMember, today: IsoDate): boolean {
  return member.activeFrom <= today && (member.activeTo === undefined || member.activeTo >= today);
}

interface ChildRecords {
  contacts: readonly Contact[];
  normContacts: readonly Contact[];
  agreements: readonly Agreement[];
  evaluations: readonly Evaluation[];
  goals: readonly Goal[];
}

function childItems(
  child: Child,
  { contacts, normContacts, agreements, evaluations, goals }: ChildRecords,
  staffById: ReadonlyMap<Id, StaffMember>,
  today: IsoDate,
): DashboardItem[] {
  const items: DashboardItem[] = [];
  const childId = child.id;

  const contact = contactStatus(normContacts, child, today);
  if (contact.status === 'overdue' || contact.status === 'due') {
    const { lastContactOn, daysSinceLast, dueOn } = contact;
    const kind = contact.status === 'overdue' ? 'contactOverdue' : 'contactDue';
    const urgency = contact.status === 'overdue' ? 'overdue' : 'due';
    items.push({
      kind,
      childId,
      date: dueOn,
      urgency,
      daysSinceLast,
      ...(lastContactOn && { lastContactOn }),
    });
  }

  const evaluation = evaluationStatus(evaluations, child, today, EVALUATION_DUE_SOON_DAYS);
  if (evaluation === 'overdue' || evaluation === 'dueSoon') {
    const overdue = evaluation === 'overdue';
    const date = nextEvaluationDue(evaluations, child);
    items.push({ kind: 'evaluationDue', childId, date, urgency: overdue ? 'overdue' : 'due', overdue });
  }

  for (const agreement of agreements) {
    if (!isReviewDue(agreement, today) || agreement.reviewOn === undefined) continue;
    const urgency = agreement.reviewOn < today ? 'overdue' : 'due';
    items.push({ kind: 'reviewDue', childId, agreementId: agreement.id, date: agreement.reviewOn, urgency });
  }

  // An agreement in force without a review date is easily forgotten: it needs one, not a deadline.
  for (const agreement of withoutReviewDate(agreements)) {
    const date = agreement.agreedOn ?? dateOfDateTime(agreement.createdAt);
    items.push({ kind: 'noReviewDate', childId, agreementId: agreement.id, date, urgency: 'attention' });
  }

  for (const goal of goals) {
    if (!isGoalPastTarget(goal, today) || goal.targetDate === undefined) continue;
    items.push({
      kind: 'goalPastTarget',
      childId,
      goalId: goal.id,
      date: goal.targetDate,
      urgency: 'overdue',
    });
  }

  for (const { id: contactId, at, followUps } of contacts) {
    for (const followUp of followUps) {
      if (followUp.done) continue;
      const date = followUp.dueOn ?? dateOfDateTime(at);
      const overdue = followUp.dueOn !== undefined && followUp.dueOn < today;
      const urgency = overdue ? 'overdue' : followUp.dueOn === today ? 'due' : 'attention';
      const { id: followUpId, ownerStaffId } = followUp;
      items.push({
        kind: 'followUpOpen',
        childId,
        contactId,
        followUpId,
        ownerStaffId,
        date,
        urgency,
        overdue,
      });
    }
  }

  const contactPerson = child.contactPersonId ? staffById.get(child.contactPersonId) : undefined;
  if (!contactPerson || !isStaffActive(contactPerson, today)) {
    const reason = child.contactPersonId === undefined ? 'missing' : 'inactive';
    items.push({
      kind: 'noContactPerson',
      childId,
      date: child.placementStart,
      urgency: 'attention',
      reason,
    });
  }

  if (isNewPlacement(child, today)) {
    const topics = missingStarterTopics(agreements);
    if (topics.length > 0) {
      items.push({
        kind: 'missingStarterTopics',
        childId,
        date: child.placementStart,
        urgency: 'attention',
        topics,
      });
    }
  }
  return items;
}

// Plain code-unit order, not localeCompare, so the order never depends on the machine's locale.
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Tie-breaker so equal items always come out in the same order. */
const itemKey = (item: DashboardItem) =>
  `${item.childId}|${'agreementId' in item ? item.agreementId : ''}|${'followUpId' in item ? item.followUpId : ''}|${'goalId' in item ? item.goalId : ''}`;

/**
 * Everything that needs attention for children living in the home on `today`, sorted by urgency
 * (overdue, due, attention), then by date, then by kind. Ended or not yet started placements are left out.
 */
export function buildDashboard(input: DashboardInput): DashboardItem[] {
  const { today } = input;
  const contactsByChild = groupByChild(input.contacts);
  const agreementsByChild = groupByChild(input.agreements);
  const evaluationsByChild = groupByChild(input.evaluations);
  const goalsByChild = groupByChild(input.goals ?? []);
  const normContactsByChild = input.normContacts ? groupByChild(input.normContacts) : contactsByChild;
  const staffById = new Map(input.staff.map((member) => [member.id, member]));
  const items = input.children
    .filter((child) => isPlacementActive(child, today))
    .flatMap((child) =>
      childItems(
        child,
        {
          contacts: contactsByChild.get(child.id) ?? [],
          normContacts: normContactsByChild.get(child.id) ?? [],
          agreements: agreementsByChild.get(child.id) ?? [],
          evaluations: evaluationsByChild.get(child.id) ?? [],
          goals: goalsByChild.get(child.id) ?? [],
        },
        staffById,
        today,
      ),
    );
  return items.sort(
    (a, b) =>
      URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
      compareDates(a.date, b.date) ||
      KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      byCodeUnits(itemKey(a), itemKey(b)),
  );
}
