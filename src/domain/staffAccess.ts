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
