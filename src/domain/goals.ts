// Questions about goals: is a running goal past its target date, which goals to discuss at a meeting.
import { isWithin } from './dates';
import type { Goal, IsoDate } from './types';

/** A goal still running after its target date (the target day itself is not past). */
export function isGoalPastTarget(goal: Pick<Goal, 'status' | 'targetDate'>, today: IsoDate): boolean {
  return goal.status === 'active' && goal.targetDate !== undefined && goal.targetDate < today;
}

/** Goals to discuss at an evaluation: those still running, and those with progress noted since `since`. */
export function goalsToDiscuss<T extends Pick<Goal, 'status' | 'progressNotes'>>(
  goals: readonly T[],
  since: IsoDate,
  today: IsoDate,
): T[] {
  return goals.filter(
    (goal) => goal.status === 'active' || goal.progressNotes.some((note) => isWithin(note.on, since, today)),
  );
}
