// The evaluation form's values and the record saved from them.
import type { Draft, Evaluation, Goal, GoalReview, IsoDate } from '../../domain/types';

export const TEXT_FIELDS = [
  'parentsExperience',
  'childExperience',
  'staffExperience',
  'goesWell',
  'shouldChange',
] as const;

export interface EvaluationValues {
  heldOn: string;
  attendeeIds: string[];
  staffAttendeeIds: string[];
  goalReviews: { goalId: string; status: GoalReview['status']; progress: string }[];
  parentsExperience: string;
  parentsViewNotGiven: boolean;
  childExperience: string;
  staffExperience: string;
  goesWell: string;
  shouldChange: string;
  revisedAgreementIds: string[];
}

/** Goals to review: each running goal, and any reviewed before (an edit keeps its reviews). */
export function evaluationValues(
  evaluation: Evaluation | undefined,
  goals: readonly Goal[],
  today: IsoDate,
  signedInStaffId: string,
): EvaluationValues {
  const reviewed = evaluation?.goalReviews ?? [];
  const toReview = goals.filter(
    (goal) => goal.status === 'active' || reviewed.some((review) => review.goalId === goal.id),
  );
  return {
    heldOn: evaluation?.heldOn ?? today,
    attendeeIds: evaluation?.attendeeIds ?? [],
    staffAttendeeIds: evaluation?.staffAttendeeIds ?? [signedInStaffId],
    goalReviews: toReview.map((goal) => {
      const review = reviewed.find((candidate) => candidate.goalId === goal.id);
      return { goalId: goal.id, status: review?.status ?? goal.status, progress: review?.progress ?? '' };
    }),
    parentsExperience: evaluation?.parentsExperience ?? '',
    parentsViewNotGiven: evaluation?.parentsViewNotGiven ?? false,
    childExperience: evaluation?.childExperience ?? '',
    staffExperience: evaluation?.staffExperience ?? '',
    goesWell: evaluation?.goesWell ?? '',
    shouldChange: evaluation?.shouldChange ?? '',
    revisedAgreementIds: evaluation?.revisedAgreementIds ?? [],
  };
}

export function evaluationDraft(childId: string, values: EvaluationValues): Draft<Evaluation> {
  const parentsExperience = values.parentsExperience.trim();
  return {
    childId,
    heldOn: values.heldOn,
    attendeeIds: values.attendeeIds,
    staffAttendeeIds: values.staffAttendeeIds,
    goalReviews: values.goalReviews.map((review) => ({
      goalId: review.goalId,
      status: review.status,
      ...(review.progress.trim() ? { progress: review.progress.trim() } : {}),
    })),
    parentsExperience,
    // Only meaningful while the parents' view is empty.
    ...(parentsExperience === '' && values.parentsViewNotGiven ? { parentsViewNotGiven: true } : {}),
    childExperience: values.childExperience.trim(),
    staffExperience: values.staffExperience.trim(),
    goesWell: values.goesWell.trim(),
    shouldChange: values.shouldChange.trim(),
    revisedAgreementIds: values.revisedAgreementIds,
  };
}
