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
      { name: 'Oma', kind: 'network' as const, hasParentalAuthority: false, receivesReports: true },
      { name: 'Vader', kind: 'parent' as const, hasParentalAuthority: false, receivesReports: false },
      { name: 'Moeder', kind: 'parent' as const, hasParentalAuthority: true, receivesReports: true },
    ];
    expect(authorityHolders(members).map((member) => member.name)).toEqual(['Moeder']);
    expect(reportReceivers(members).map((member) => member.name)).toEqual(['Moeder', 'Oma']);
  });
});
