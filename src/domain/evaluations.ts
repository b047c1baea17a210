// When a child's next collaboration evaluation is due, and how urgent it is.
import { addMonths, daysBetween } from './dates';
import { isPlacementActive } from './placements';
import type { Child, Evaluation, IsoDate } from './types';

export type EvaluationStatusKind = 'overdue' | 'dueSoon' | 'planned' | 'notApplicable';

/** Days before the due date from which an evaluation counts as due soon. */
export const EVALUATION_DUE_SOON_DAYS = 14;

/** The child's latest evaluation date, if any. */
export function lastEvaluationOn(
  evaluations: readonly Evaluation[],
  child: Pick<Child, 'id'>,
): IsoDate | undefined {
  let latest: IsoDate | undefined;
  for (const evaluation of evaluations) {
    if (evaluation.childId === child.id && (latest === undefined || evaluation.heldOn > latest)) {
      latest = evaluation.heldOn;
    }
  }
  return latest;
}

/** The latest evaluation held on or before `today`, if any. */
export function latestEvaluation<T extends Pick<Evaluation, 'heldOn'>>(
  evaluations: readonly T[],
  today: IsoDate,
): T | undefined {
  let latest: T | undefined;
  for (const evaluation of evaluations) {
    if (evaluation.heldOn <= today && (latest === undefined || evaluation.heldOn > latest.heldOn))
      latest = evaluation;
  }
  return latest;
}

/**
 * The day an evaluation held on `heldOn` looks back to: the evaluation before it (other than itself),
 * else the placement start.
 */
export function evaluationLooksBackTo(
  evaluations: readonly Pick<Evaluation, 'id' | 'heldOn'>[],
  child: Pick<Child, 'placementStart'>,
  heldOn: IsoDate,
  ownId?: string,
): IsoDate {
  const earlier = evaluations.filter((evaluation) => evaluation.id !== ownId && evaluation.heldOn < heldOn);
  return latestEvaluation(earlier, heldOn)?.heldOn ?? child.placementStart;
}

/** The latest evaluation (or the placement start) plus the child's evaluation interval. */
export function nextEvaluationDue(
  evaluations: readonly Evaluation[],
  child: Pick<Child, 'id' | 'placementStart' | 'evaluationIntervalMonths'>,
): IsoDate {
  const reference = lastEvaluationOn(evaluations, child) ?? child.placementStart;
  return addMonths(reference, child.evaluationIntervalMonths);
}

/**
 * 'overdue' after the due date; 'dueSoon' from `windowDays` days before it up to and including the
 * due day; 'planned' before that; 'notApplicable' when the placement is not running.
 */
export function evaluationStatus(
  evaluations: readonly Evaluation[],
  child: Child,
  today: IsoDate,
  windowDays = EVALUATION_DUE_SOON_DAYS,
): EvaluationStatusKind {
  if (!isPlacementActive(child, today)) return 'notApplicable';
  const daysLeft = daysBetween(today, nextEvaluationDue(evaluations, child));
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= windowDays ? 'dueSoon' : 'planned';
}
