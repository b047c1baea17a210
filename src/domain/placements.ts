// Questions about a child's placement: has it started, has it ended, is it new.
import { daysBetween } from './dates';
import type { Child, IsoDate } from './types';

/** Whether the placement has actually ended on or before `today`. */
export function hasPlacementEnded(child: Pick<Child, 'placementEndedOn'>, today: IsoDate): boolean {
  return child.placementEndedOn !== undefined && child.placementEndedOn <= today;
}

/** Whether the child lives in the home on `today`: started and not ended. */
export function isPlacementActive(
  child: Pick<Child, 'placementStart' | 'placementEndedOn'>,
  today: IsoDate,
): boolean {
  return child.placementStart <= today && !hasPlacementEnded(child, today);
}

/** Whether an active placement started fewer than `days` days ago (the start day is day 0). */
export function isNewPlacement(
  child: Pick<Child, 'placementStart' | 'placementEndedOn'>,
  today: IsoDate,
  days = 90,
): boolean {
  return isPlacementActive(child, today) && daysBetween(child.placementStart, today) < days;
}

/**
 * The last day the child's situation in this home is described up to: `today`, or the move or the
 * placement end when those came first (a handover exported after the move looks back from the move).
 */
export function lastDayInCare(
  child: Pick<Child, 'placementEndedOn'>,
  today: IsoDate,
  moveDate?: IsoDate,
): IsoDate {
  return [today, moveDate, child.placementEndedOn]
    .filter((day): day is IsoDate => day !== undefined && day !== '')
    .sort()[0] as IsoDate;
}
