// Questions about goals: is a running goal past its target date.
import type { Goal, IsoDate } from './types';

/** A goal still running after its target date (the target day itself is not past). */
export function isGoalPastTarget(goal: Pick<Goal, 'status' | 'targetDate'>, today: IsoDate): boolean {
  return goal.status === 'active' && goal.targetDate !== undefined && goal.targetDate < today;
}
