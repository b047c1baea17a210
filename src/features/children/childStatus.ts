// A child's status chips from the header's records: contact with the parents, the next evaluation,
// open actions, goals past their target date and agreements without a review date.
import { isReviewDue, withoutReviewDate } from '../../domain/agreements';
import { contactStatus, type ContactStatusKind } from '../../domain/contacts';
import { evaluationStatus, nextEvaluationDue, type EvaluationStatusKind } from '../../domain/evaluations';
import { isGoalPastTarget } from '../../domain/goals';
import type { Agreement, Child, Contact, Evaluation, Goal, IsoDate } from '../../domain/types';
import type { StatusTone } from '../../ui/design/theme';

export const CONTACT_TONE: Record<ContactStatusKind, StatusTone> = {
  onTrack: 'onTrack',
  due: 'due',
  overdue: 'overdue',
  notApplicable: 'ended',
};

export const EVALUATION_TONE: Record<EvaluationStatusKind, StatusTone> = {
  overdue: 'overdue',
  dueSoon: 'due',
  planned: 'onTrack',
  notApplicable: 'ended',
};

export interface OpenActions {
  open: number;
  overdue: number;
}

export function openActions(contacts: readonly Contact[], childId: string, today: IsoDate): OpenActions {
  let open = 0;
  let overdue = 0;
  for (const contact of contacts) {
    if (contact.childId !== childId) continue;
    for (const followUp of contact.followUps) {
      if (followUp.done) continue;
      open++;
      if (followUp.dueOn !== undefined && followUp.dueOn < today) overdue++;
    }
  }
  return { open, overdue };
}

export function childStatusSummary(
  child: Child,
  records: {
    lastNormContact: Contact | undefined;
    lastEvaluation: Evaluation | undefined;
    openFollowUpContacts: readonly Contact[];
    goals?: readonly Pick<Goal, 'status' | 'targetDate'>[];
    agreements?: readonly Pick<Agreement, 'status' | 'reviewOn'>[];
  },
  today: IsoDate,
) {
  const evaluations = records.lastEvaluation ? [records.lastEvaluation] : [];
  return {
    contact: contactStatus(records.lastNormContact ? [records.lastNormContact] : [], child, today),
    nextEvaluation: nextEvaluationDue(evaluations, child),
    evaluation: evaluationStatus(evaluations, child, today),
    actions: openActions(records.openFollowUpContacts, child.id, today),
    goalsPastTarget: (records.goals ?? []).filter((goal) => isGoalPastTarget(goal, today)).length,
    withoutReviewDate: withoutReviewDate(records.agreements ?? []).length,
    reviewsDue: (records.agreements ?? []).filter((agreement) => isReviewDue(agreement, today)).length,
  };
}
