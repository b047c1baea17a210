// Family rules: holders of authority, the youth who signs from 12, who receives copies of reports.
import { describe, expect, it } from 'vitest';
import { authorityHolders, reportReceivers, youthSigns } from '../../../src/domain/family';
import { aChild } from './builders';

describe('family rules', () => {
  it('lets the youth sign from the 12th birthday', () => {
    const child = aChild({ birthDate: '2014-05-03' });
    expect(youthSigns(child, '2026-05-02')).toBe(false);
    expect(youthSigns(child, '2026-05-03')).toBe(true);
  });

  it('keeps the holders of parental authority and the receivers of reports, parents first', () => {
    const members = [
      {
        name: 'Oma',
        kind: 'network' as const,
        relation: 'grandparent' as const,
        hasParentalAuthority: false,
        receivesReports: true,
      },
      {
        name: 'Vader',
        kind: 'parent' as const,
        relation: 'father' as const,
        hasParentalAuthority: false,
        receivesReports: false,
      },
      {
        name: 'Moeder',
        kind: 'parent' as const,
        relation: 'mother' as const,
        hasParentalAuthority: true,
        receivesReports: true,
      },
    ];
    expect(authorityHolders(members).map((member) => member.name)).toEqual(['Moeder']);
    expect(reportReceivers(members).map((member) => member.name)).toEqual(['Moeder', 'Oma']);
  });

  it('under voogdij shows the gezinsvoogd of the GI as holding authority, not the parents', () => {
    const members = [
      { name: 'Moeder', relation: 'mother' as const, hasParentalAuthority: true },
      { name: 'Vader', relation: 'father' as const, hasParentalAuthority: false },
      { name: 'Gezinsvoogd', relation: 'familyGuardian' as const, hasParentalAuthority: false },
      { name: 'Pleegmoeder', relation: 'fosterParent' as const, hasParentalAuthority: true },
      { name: 'Oma', relation: 'grandparent' as const, hasParentalAuthority: false },
    ];
    const names = (framework?: 'voluntary' | 'supervisionOrder' | 'guardianship') =>
      authorityHolders(members, framework).map((member) => member.name);
    expect(names('guardianship')).toEqual(['Gezinsvoogd', 'Pleegmoeder']);
    // Under OTS and vrijwillig the parents keep what was recorded; the gezinsvoogd has no authority.
    expect(names('supervisionOrder')).toEqual(['Moeder', 'Pleegmoeder']);
    expect(names('voluntary')).toEqual(['Moeder', 'Pleegmoeder']);
    expect(names()).toEqual(['Moeder', 'Pleegmoeder']);
  });
});
