// Roster repositories: a role change ends the old assignment, starts the new one, mirrors the child's
// old fields and audits it all in one transaction; shifts are planned in bulk, copied and expanded.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RoleChangeRefused } from '../../../src/data/repositories';
import type { Child, Draft, StaffMember } from '../../../src/domain/types';
import { newTestHome } from './testSession';

const child: Draft<Child> = {
  name: 'Daan Visser',
  birthDate: '2011-03-02',
  placementStart: '2026-02-01',
  legalFramework: 'supervisionOrder',
  languages: ['Nederlands'],
  mentorAssignments: [],
  contactNormDays: 7,
  evaluationIntervalMonths: 3,
};
const colleague = (name: string): Draft<StaffMember> => ({
  name,
  role: 'careWorker',
  activeFrom: '2020-01-01',
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-24T10:00:00'));
});
afterEach(() => vi.useRealTimers());

describe('role assignments', () => {
  it('keeps the history of a contact-person change and mirrors the child fields', async () => {
    const { repos, session } = await newTestHome();
    const saved = await repos.children.create(child);
    const anna = await repos.staff.create(colleague('Anna Bakker'));
    const bram = await repos.staff.create(colleague('Bram Smit'));
    await repos.roleAssignments.change({
      childId: saved.id,
      role: 'contactPerson',
      staffId: anna.id,
      from: '2026-02-01',
    });
    await repos.roleAssignments.change({
      childId: saved.id,
      role: 'contactPerson',
      staffId: bram.id,
      from: '2026-11-01',
      reason: 'parentsWish',
    });
    const history = (await repos.roleAssignments.byChild(saved.id)).sort((a, b) =>
      a.from.localeCompare(b.from),
    );
    expect(history.map(({ staffId, from, to, reason }) => ({ staffId, from, to, reason }))).toEqual([
      { staffId: anna.id, from: '2026-02-01', to: '2026-10-31', reason: undefined },
      { staffId: bram.id, from: '2026-11-01', to: undefined, reason: 'parentsWish' },
    ]);
    expect((await repos.children.get(saved.id))?.contactPersonId).toBe(bram.id);
    expect((await repos.roleAssignments.byStaff(anna.id)).map((a) => a.to)).toEqual(['2026-10-31']);
    const audit = await repos.audit.list({ entity: 'roleAssignments' });
    expect(audit.map((entry) => entry.action).sort()).toEqual(['create', 'create', 'update']);
    expect(audit.every((entry) => entry.childId === saved.id)).toBe(true);
    session.lock();
  });

  it('refuses a change without a reason and writes nothing', async () => {
    const { repos, session } = await newTestHome();
    const saved = await repos.children.create(child);
    const anna = await repos.staff.create(colleague('Anna Bakker'));
    const bram = await repos.staff.create(colleague('Bram Smit'));
    await repos.roleAssignments.change({
      childId: saved.id,
      role: 'backup',
      staffId: anna.id,
      from: '2026-02-01',
    });
    const before = await repos.audit.list();
    await expect(
      repos.roleAssignments.change({
        childId: saved.id,
        role: 'backup',
        staffId: bram.id,
        from: '2026-11-01',
      }),
    ).rejects.toBeInstanceOf(RoleChangeRefused);
    expect(await repos.roleAssignments.byChild(saved.id)).toHaveLength(1);
    expect((await repos.children.get(saved.id))?.backupContactPersonId).toBe(anna.id);
    expect(await repos.audit.list()).toHaveLength(before.length);
    session.lock();
  });

  it('ends a backup without successor and clears the mirrored field; mentors mirror their history', async () => {
    const { repos, session } = await newTestHome();
    const saved = await repos.children.create(child);
    const anna = await repos.staff.create(colleague('Anna Bakker'));
    const bram = await repos.staff.create(colleague('Bram Smit'));
    const backup = await repos.roleAssignments.change({
      childId: saved.id,
      role: 'backup',
      staffId: anna.id,
      from: '2026-02-01',
    });
    await repos.roleAssignments.end(backup.id, '2026-11-20');
    await repos.roleAssignments.change({
      childId: saved.id,
      role: 'mentor',
      staffId: anna.id,
      from: '2026-02-01',
    });
    await repos.roleAssignments.change({
      childId: saved.id,
      role: 'mentor',
      staffId: bram.id,
      from: '2026-06-01',
      reason: 'caseload',
    });
    const after = await repos.children.get(saved.id);
    expect(after?.backupContactPersonId).toBeUndefined();
    expect(after?.mentorAssignments).toEqual([
      { staffId: anna.id, from: '2026-02-01', to: '2026-05-31' },
      { staffId: bram.id, from: '2026-06-01' },
    ]);
    session.lock();
  });
});

describe('a new child with its first mentor', () => {
  it('saves the child and the mentor assignment together, each audited', async () => {
    const { repos } = await newTestHome();
    const anna = await repos.staff.create(colleague('Anna Bakker'));
    const { child: saved, mentor } = await repos.children.createWithFirstMentor(child, {
      staffId: anna.id,
      from: '2026-02-01',
    });
    expect(await repos.children.get(saved.id)).toMatchObject({
      name: 'Daan Visser',
      mentorAssignments: [{ staffId: anna.id, from: '2026-02-01' }],
    });
    expect(saved.mentorAssignments).toEqual([{ staffId: anna.id, from: '2026-02-01' }]);
    expect(await repos.roleAssignments.byChild(saved.id)).toEqual([mentor]);
    const audit = await repos.audit.list({ entity: 'roleAssignments' });
    expect(audit.map((entry) => [entry.action, entry.entityId])).toEqual([['create', mentor!.id]]);
  });

  it('leaves no child (and no audit entry of one) behind when the mentor assignment fails', async () => {
    const { repos } = await newTestHome();
    const anna = await repos.staff.create(colleague('Anna Bakker'));
    const childrenBefore = await repos.children.list();
    const auditBefore = await repos.audit.list();
    // The assignment's own write fails, after the child was written in the same transaction.
    const add = vi
      .spyOn(repos.session.db.roleAssignments, 'add')
      .mockRejectedValueOnce(new Error('disk full'));
    await expect(
      repos.children.createWithFirstMentor(child, { staffId: anna.id, from: '2026-02-01' }),
    ).rejects.toThrow('disk full');
    expect(add).toHaveBeenCalledTimes(1);
    add.mockRestore();
    expect(await repos.children.list()).toEqual(childrenBefore);
    expect(await repos.roleAssignments.list()).toEqual([]);
    expect((await repos.audit.list()).length).toBe(auditBefore.length);
    // Trying again works, and the audit chain has no gap where the failed save was.
    await repos.children.createWithFirstMentor(child, { staffId: anna.id, from: '2026-02-01' });
    expect(await repos.children.list()).toHaveLength(childrenBefore.length + 1);
    expect(await repos.audit.verify()).toMatchObject({ intact: true });
  });

  it('leaves no child behind when the mentor assignment is refused', async () => {
    const { repos } = await newTestHome();
    const spy = vi
      .spyOn(repos.roleAssignments, 'change')
      .mockRejectedValueOnce(new RoleChangeRefused('sameStaff'));
    await expect(
      repos.children.createWithFirstMentor(child, { staffId: 'someone', from: '2026-02-01' }),
    ).rejects.toBeInstanceOf(RoleChangeRefused);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(await repos.children.list()).toEqual([]);
  });

  it('saves a child without a mentor when none is chosen', async () => {
    const { repos } = await newTestHome();
    const { child: saved, mentor } = await repos.children.createWithFirstMentor(child);
    expect(mentor).toBeUndefined();
    expect(await repos.children.get(saved.id)).toEqual(saved);
    expect(await repos.roleAssignments.list()).toEqual([]);
  });
});

describe('shifts', () => {
  it('plans shifts in bulk with one audit entry each, reads a week with the night before, copies a week', async () => {
    const { repos, session } = await newTestHome();
    const anna = await repos.staff.create(colleague('Anna Bakker'));
    await repos.shifts.planMany([
      { staffId: anna.id, date: '2026-11-15', kind: 'night', start: '23:00', end: '07:30' },
      { staffId: anna.id, date: '2026-11-16', kind: 'day', start: '07:30', end: '15:30' },
      { staffId: anna.id, date: '2026-11-18', kind: 'evening', start: '15:00', end: '23:00' },
    ]);
    expect((await repos.audit.list({ entity: 'shifts' })).length).toBe(3);
    expect((await repos.shifts.week('2026-11-16')).map((shift) => shift.date).sort()).toEqual([
      '2026-11-15',
      '2026-11-16',
      '2026-11-18',
    ]);
    const copied = await repos.shifts.copyWeek('2026-11-16', '2026-11-23');
    expect(copied.map((shift) => shift.date)).toEqual(['2026-11-23', '2026-11-25']);
    // Copying again adds nothing: the week is planned already.
    expect(await repos.shifts.copyWeek('2026-11-16', '2026-11-23')).toEqual([]);
    session.lock();
  });

  it('applies a stored pattern, skipping absent days', async () => {
    const { repos, session } = await newTestHome();
    const anna = await repos.staff.create(colleague('Anna Bakker'));
    const pattern = await repos.staffPatterns.create({
      staffId: anna.id,
      startsOn: '2026-11-23',
      cycleWeeks: 1,
      entries: [
        { week: 0, weekday: 1, kind: 'day', start: '07:30', end: '15:30' },
        { week: 0, weekday: 3, kind: 'day', start: '07:30', end: '15:30' },
      ],
    });
    await repos.absences.create({ staffId: anna.id, kind: 'training', from: '2026-11-25', to: '2026-11-25' });
    const planned = await repos.shifts.applyPattern(pattern.id, '2026-11-23', '2026-12-06');
    expect(planned.map((shift) => shift.date)).toEqual(['2026-11-23', '2026-11-30', '2026-12-02']);
    session.lock();
  });
});
