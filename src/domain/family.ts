// Questions about a child's family: who holds parental authority, who signs, who gets which information.
import { ageOn } from './dates';
import type { Child, FamilyMember, IsoDate, LegalFramework, Relation } from './types';

/** From this age the youth signs the agreements sheet too. */
export const YOUTH_SIGNS_AGE = 12;

/** Parents by birth or law; under voogdij their authority has ended (a foster parent may be voogd). */
const BIRTH_PARENTS: readonly Relation[] = ['mother', 'father', 'parent', 'stepParent'];

/**
 * Holders of authority (gezag) over the child. Without a framework or under vrijwillig and OTS: the
 * members recorded with it (parents keep their authority under OTS). Under voogdij the certified
 * institution (GI) holds it, through the gezinsvoogd recorded in the family, whatever the box says;
 * parents by birth do not, and anyone else recorded with it (e.g. a foster parent appointed voogd) does.
 */
export function authorityHolders<T extends Pick<FamilyMember, 'hasParentalAuthority' | 'relation'>>(
  familyMembers: readonly T[],
  legalFramework?: LegalFramework,
): T[] {
  if (legalFramework !== 'guardianship') return familyMembers.filter((member) => member.hasParentalAuthority);
  return familyMembers.filter((member) =>
    member.relation === 'familyGuardian'
      ? true
      : member.hasParentalAuthority && !BIRTH_PARENTS.includes(member.relation),
  );
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
