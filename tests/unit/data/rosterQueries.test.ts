// The continuity read gives the same figures, trend and alerts as all records, while reading only the
// recent contacts, the shifts around the coming weeks and the families of the children placed then.
import { describe, expect, it } from 'vitest';
import { createDemoHome, DEMO_PASSWORD, generateHome } from '../../../src/data/demo';
import { createRepositories } from '../../../src/data/repositories';
import { LockedHome } from '../../../src/data/session';
import { continuityAlerts, homeContinuity, homeTrend } from '../../../src/domain/continuity';
import { addDays } from '../../../src/domain/dates';

const TODAY = '2026-11-24';

/** Lists in a fixed order: the database returns records by id, the generator in its own order. */
const ordered = <T>(list: readonly T[]) =>
  [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
const figures = (value: ReturnType<typeof homeContinuity>) => ({
  ...value,
  children: ordered(value.children),
  caseload: ordered(value.caseload),
});

describe('continuity reads', () => {
  it('gives exactly the figures and alerts of all records, on several days, with far fewer contacts', async () => {
    const data = generateHome({ seed: 8, today: TODAY, children: 10, staff: 12 });
    const home = await createDemoHome('Continuity', data);
    const signIn = await new LockedHome(home.id).signIn(data.staff[0]!.id, DEMO_PASSWORD);
    if (!signIn.ok) throw new Error('sign-in failed');
    const repos = createRepositories(signIn.session);
    const all = { ...data, assignments: data.roleAssignments };
    // 100 days on, the generated ended placements (25 to 50 days before TODAY) lie before the period.
    for (const today of [TODAY, addDays(TODAY, -20), addDays(TODAY, 5), addDays(TODAY, 100)]) {
      const read = await repos.queries.continuity(today);
      expect(figures(homeContinuity({ ...read, today })), today).toEqual(
        figures(homeContinuity({ ...all, today })),
      );
      expect(ordered(continuityAlerts({ ...read, today })), today).toEqual(
        ordered(continuityAlerts({ ...all, today })),
      );
      const forTrend = await repos.queries.continuity(today, 190);
      expect(homeTrend({ ...forTrend, today }), today).toEqual(homeTrend({ ...all, today }));
    }
    const read = await repos.queries.continuity(TODAY);
    expect(read.contacts.length * 2).toBeLessThan(data.contacts.length);
    expect(read.shifts.length).toBeLessThan(data.shifts.length);
    // Families and roles only of the children placed in the period: not those who left long before.
    const later = await repos.queries.continuity(addDays(TODAY, 100));
    expect(later.familyMembers.length).toBeLessThan(data.familyMembers.length);
    expect(later.assignments.length).toBeLessThan(data.roleAssignments.length);
    signIn.session.lock();
  });
});
