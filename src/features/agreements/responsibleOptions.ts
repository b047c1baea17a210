// Who can carry out an agreement, as checkbox options: named family members plus fixed roles.
import type { FamilyMember, ResponsibleParty } from '../../domain/types';

const FIXED = ['bothParents', 'mentor', 'groupStaff', 'child', 'shared'] as const;

export function responsibleValue(party: ResponsibleParty): string {
  return party.familyMemberId ? `${party.kind}:${party.familyMemberId}` : party.kind;
}

export function partyFromValue(value: string): ResponsibleParty {
  const [kind, familyMemberId] = value.split(':');
  return familyMemberId
    ? { kind: kind as ResponsibleParty['kind'], familyMemberId }
    : { kind: kind as ResponsibleParty['kind'] };
}

export function responsibleChoices(
  family: FamilyMember[],
): { value: string; fixed?: (typeof FIXED)[number]; member?: FamilyMember }[] {
  const named = family
    .filter((member) => member.kind !== 'professional')
    .map((member) => ({
      value: responsibleValue({
        kind: member.kind === 'parent' ? 'familyMember' : 'networkMember',
        familyMemberId: member.id,
      }),
      member,
    }));
  return [...named, ...FIXED.map((fixed) => ({ value: fixed, fixed }))];
}
