// Keeping and destroying records (Jeugdwet 7.3.8–7.3.9), and whether a backup is overdue.
import { addMonths, daysBetween } from './dates';
import type { Child, IsoDate, IsoDateTime } from './types';

/** The day a child's file may be destroyed: the retention period after the placement ended; none while placed. */
export function retentionEndsOn(
  child: Pick<Child, 'placementEndedOn'>,
  retentionYears: number,
): IsoDate | null {
  return child.placementEndedOn ? addMonths(child.placementEndedOn, 12 * retentionYears) : null;
}

/** Children whose retention period is over on `today`, the longest over first. */
export function childrenPastRetention<C extends Pick<Child, 'id' | 'placementEndedOn'>>(
  children: C[],
  retentionYears: number,
  today: IsoDate,
): C[] {
  return children
    .filter((child) => {
      const end = retentionEndsOn(child, retentionYears);
      return end !== null && end <= today;
    })
    .sort((a, b) => (a.placementEndedOn ?? '').localeCompare(b.placementEndedOn ?? ''));
}

/** Who asked for early destruction (Jeugdwet 7.3.9): a category, never a name. */
export const DESTRUCTION_REQUESTERS = ['youth', 'parent', 'legalRepresentative'] as const;
export type DestructionRequester = (typeof DESTRUCTION_REQUESTERS)[number];

export interface DestructionRequest {
  requestedBy: DestructionRequester;
  requestedOn: IsoDate;
  /** Checked: keeping the file is not of substantial importance to someone else (7.3.9 lid 2). */
  noSubstantialInterestOfOthers: boolean;
  /** Checked: no statutory duty to keep it applies. */
  noStatutoryDutyToKeep: boolean;
}

/** Whether an early destruction request is complete: the date is not in the future and both checks are done. */
export function isDestructionRequestComplete(request: DestructionRequest, today: IsoDate): boolean {
  return (
    DESTRUCTION_REQUESTERS.includes(request.requestedBy) &&
    request.requestedOn <= today &&
    request.noSubstantialInterestOfOthers &&
    request.noStatutoryDutyToKeep
  );
}

/** Whether coordinators should be reminded to make a backup: none yet, or the last one is older than `days`. */
export function isBackupDue(lastVerifiedAt: IsoDateTime | undefined, days: number, today: IsoDate): boolean {
  if (!lastVerifiedAt) return true;
  return daysBetween(lastVerifiedAt.slice(0, 10), today) > days;
}
