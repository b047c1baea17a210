// Questions about a child's family: who holds parental authority, who signs, who gets which information.
import { ageOn } from './dates';
import type { Child, FamilyMember, IsoDate } from './types';

/** From this age the youth signs the agreements sheet too. */
export const YOUTH_SIGNS_AGE = 12;

/** Holders of parental authority (gezag): parents, or under voogdij the guardian recorded with it. */
export function authorityHolders<T extends Pick<FamilyMember, 'hasParentalAuthority'>>(
  familyMembers: readonly T[],
): T[] {
  return familyMembers.filter((member) => member.hasParentalAuthority);
}

/** Whether the youth is old enough on `today` to sign agreements themselves. */
export function youthSigns(child: Pick<Child, 'birthDate'>, today: IsoDate): boolean {
  return ageOn(child.birthDate, today) >= YOUTH_SIGNS_AGE;
}

/** Family members who receive copies of reports, parents first. */
export function reportReceivers<T extends Pick<FamilyMember, 'receivesReports' | 'kind'>>(
  familyMembers: readonly T[],
): T[] {
  const order = ['parent', 'network', 'professional'];
  return familyMembers
    .filter((member) => member.receivesReports)
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}
