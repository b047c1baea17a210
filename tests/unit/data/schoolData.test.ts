// School data: migration 0004 moves every child's free-text school card onto a school record (nothing
// lost), the school repository keeps history with audit, and the dashboard reads only what decides it.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { homeDbName } from '../../../src/data/db';
import { createDemoHome, DEMO_PASSWORD, generateHome } from '../../../src/data/demo';
import { migrationKey } from '../../../src/data/migrations';
import { createRepositories } from '../../../src/data/repositories';
import { LockedHome, type Session } from '../../../src/data/session';
import { addDays } from '../../../src/domain/dates';
import { currentSchool, rulesInForce } from '../../../src/domain/school';
import { buildSchoolDashboard } from '../../../src/domain/schoolDashboard';
import type { SchoolRecord } from '../../../src/domain/schoolTypes';
import type { Child } from '../../../src/domain/types';
import { newTestHome } from './testSession';
import { loadFrozenHome, type FrozenHome } from './versionFixtures';

async function signIn(home: FrozenHome): Promise<Session> {
  const result = await new LockedHome(home.homeId).signIn(home.staffId, home.password);
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return result.session;
}

const draft = (childId: string, overrides: Partial<SchoolRecord> = {}) => ({
  childId,
  name: 'OBS De Regenboog',
  contacts: [],
  schoolDays: [1, 2, 3, 4, 5] as SchoolRecord['schoolDays'],
  consents: [],
  ...overrides,
});

describe('migration 0004: school cards onto school records', () => {
  it('moves every school card of the frozen version-3 home word for word, and the child keeps no copy', async () => {
    const home = await loadFrozenHome('v3');
    const session = await signIn(home);
    await session.migrate();
    const frozen = home.expected.children as unknown as Child[];
    const schools = await session.db.schools.toArray();
    expect(schools).toHaveLength(frozen.filter((child) => child.school).length);
    for (const child of frozen) {
      const moved = schools.filter((school) => school.childId === child.id);
      expect(moved).toHaveLength(1);
      expect(moved[0]).toMatchObject({
        name: child.school!.name,
        contactNote: child.school!.contact,
        notes: child.school!.contactRules,
        contacts: [],
        consents: [],
        createdBy: home.staffId,
      });
      expect((await session.db.children.get(child.id))?.school).toBeUndefined();
    }
    const meta = await session.db.meta.get(migrationKey('0004-school'));
    expect(meta?.value).toMatchObject({ version: 4, counts: { children: 5, schools: 5 } });
    // Running again moves nothing twice.
    await session.migrate();
    expect(await session.db.schools.count()).toBe(5);
    session.lock();
  });

  it('keeps a card with only rules or only a contact, and makes no record of an empty one', async () => {
    const home = await loadFrozenHome('v3');
    const session = await signIn(home);
    const [first, second, third] = home.expected.children as unknown as Child[];
    await session.db.children.bulkPut([
      { ...first!, school: { contactRules: 'Ziekmelden via de app vóór 8:00.' } },
      { ...second!, school: { contact: 'juf Renée, 071-5550000' } },
      { ...third!, school: { name: '  ', contactRules: '' } },
    ]);
    await session.migrate();
    const byChild = async (id: string) => session.db.schools.where('childId').equals(id).toArray();
    expect(await byChild(first!.id)).toMatchObject([{ name: '', notes: 'Ziekmelden via de app vóór 8:00.' }]);
    expect(await byChild(second!.id)).toMatchObject([{ name: '', contactNote: 'juf Renée, 071-5550000' }]);
    expect(await byChild(third!.id)).toEqual([]);
    expect((await session.db.children.get(third!.id))?.school).toBeUndefined();
    session.lock();
  });

  it('stores the new school records encrypted: only ids in clear', async () => {
    const home = await loadFrozenHome('v3');
    const session = await signIn(home);
    await session.migrate();
    session.lock();
    const raw = new Dexie(homeDbName(home.homeId));
    await raw.open();
    const rows = (await raw.table('schools').toArray()) as Record<string, unknown>[];
    expect(rows.length).toBe(5);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['_sealed', 'childId', 'id']);
    raw.close();
  });
});

describe('school repository', () => {
  it('changes school mid-year: the old record ends, its rules stay as history, the new rules apply', async () => {
    const { session, repos } = await newTestHome();
    const child = await repos.children.create({
      name: 'Noor de Vries',
      birthDate: '2016-04-01',
      placementStart: '2025-01-10',
      legalFramework: 'voluntary',
      languages: [],
      mentorAssignments: [],
      contactNormDays: 7,
      evaluationIntervalMonths: 3,
    });
    const mother = await repos.familyMembers.create({
      childId: child.id,
      kind: 'parent',
      relation: 'mother',
      name: 'Samira',
      hasParentalAuthority: true,
      interpreterNeeded: false,
      receivesReports: true,
    });
    const old = await repos.schools.create(draft(child.id, { startedOn: '2025-08-25' }));
    const starters = await repos.schools.addStarterRules(old, [mother]);
    expect(starters).toHaveLength(8);
    // Starter rules fill only what is missing.
    expect(await repos.schools.addStarterRules(old, [mother])).toEqual([]);

    const next = await repos.schools.changeSchool(
      old.id,
      '2026-01-30',
      draft(child.id, { name: 'Het Palet', startedOn: '2026-02-02' }),
      [
        {
          topic: 'sickReport',
          responsible: [{ kind: 'groupStaff' }],
          cc: [mother.id],
          byVideo: [],
          deadline: '08:30',
        },
      ],
    );
    const schools = await repos.schools.byChild(child.id);
    expect(schools.find((s) => s.id === old.id)?.endedOn).toBe('2026-01-30');
    const rules = await repos.schoolRules.byChild(child.id);
    expect(rules).toHaveLength(9);
    const school = currentSchool(schools, '2026-03-01');
    expect(school?.id).toBe(next.id);
    expect(rulesInForce(rules, school).map((r) => [r.topic, r.deadline])).toEqual([['sickReport', '08:30']]);
    await expect(repos.schools.remove()).rejects.toThrow();

    const audit = await repos.audit.list();
    const entities = audit.filter((e) => e.childId === child.id).map((e) => `${e.action}:${e.entity}`);
    expect(entities.filter((e) => e === 'create:schoolRules')).toHaveLength(9);
    expect(entities).toEqual(expect.arrayContaining(['create:schools', 'update:schools']));
    session.lock();
  });
});

describe('sick reports', () => {
  it('keeps the still-sick flag in step with the record, stored in clear but never returned', async () => {
    const { homeId, session, repos } = await newTestHome();
    const report = await repos.sickReports.create({ childId: 'child-1', sickOn: '2026-11-24' });
    const raw = new Dexie(homeDbName(homeId));
    await raw.open();
    expect((await raw.table('sickReports').get(report.id)).stillSick).toBe(1);
    expect(await repos.sickReports.get(report.id)).toEqual(report);
    expect((await repos.queries.schoolDashboard('2026-12-20')).sickReports.map((r) => r.id)).toEqual([
      report.id,
    ]);
    await repos.sickReports.update(report.id, {
      betterOn: '2026-11-26',
      betterReportedAt: '2026-11-25T15:00:00.000Z',
    });
    expect((await raw.table('sickReports').get(report.id)).stillSick).toBeUndefined();
    expect((await repos.queries.schoolDashboard('2026-12-20')).sickReports).toEqual([]);
    // The audit log names the child of every change.
    const audit = (await repos.audit.list()).filter((entry) => entry.entity === 'sickReports');
    expect(audit.map((entry) => [entry.action, entry.childId]).sort()).toEqual([
      ['create', 'child-1'],
      ['update', 'child-1'],
    ]);
    raw.close();
    session.lock();
  });
});

describe('school dashboard reads', () => {
  it('gives exactly the school items of all records, reading only open and today’s sick reports', async () => {
    const today = '2026-11-24';
    const data = generateHome({ seed: 8, today, children: 12, staff: 8, historyDays: 400 });
    const home = await createDemoHome('School', data);
    const result = await new LockedHome(home.id).signIn(data.staff[0]!.id, DEMO_PASSWORD);
    if (!result.ok) throw new Error('sign-in failed');
    const repos = createRepositories(result.session);
    for (const day of [today, addDays(today, -40)]) {
      const now = `${day}T10:00:00.000Z`;
      const read = await repos.queries.schoolDashboard(day);
      expect(buildSchoolDashboard({ ...read, today: day, now }), day).toEqual(
        buildSchoolDashboard({ ...data, today: day, now }),
      );
    }
    const read = await repos.queries.schoolDashboard(today);
    expect(read.sickReports.length).toBeLessThan(data.sickReports.length);
    const items = buildSchoolDashboard({ ...read, today, now: `${today}T10:00:00.000Z` });
    // The demo home has something in each kind of school item.
    expect(new Set(items.map((item) => item.kind))).toEqual(
      new Set(['sickParentsNotInformed', 'noSchoolRules', 'schoolCardNotReviewed']),
    );
    result.session.lock();
  });
});
