// When a staff member's access ends: the end date ("actief tot") decides, with today as an argument.
import type { IsoDate, StaffMember } from './types';

/** A coordinator who sets an end date of today or earlier ends the access at once. */
export function endsAccessNow(member: Pick<StaffMember, 'activeTo'>, today: IsoDate): boolean {
  return member.activeTo !== undefined && member.activeTo <= today;
}

/** An end date set in advance has passed: their last day is over, so their key slot goes. */
export function hasDeparted(member: Pick<StaffMember, 'activeTo'>, today: IsoDate): boolean {
  return member.activeTo !== undefined && member.activeTo < today;
}

/**
 * Who can be given a new assignment (mentor, contact person, responsible for an agreement…) on `today`:
 * staff whose last day has not passed. Staff in `keep` (already chosen on the record being edited)
 * stay in the list so an old assignment still reads right; everyone else who left is left out.
 */
export function assignableStaff<T extends Pick<StaffMember, 'id' | 'activeTo'>>(
  staff: readonly T[],
  today: IsoDate,
  keep: readonly string[] = [],
): T[] {
  return staff.filter((member) => !hasDeparted(member, today) || keep.includes(member.id));
}
