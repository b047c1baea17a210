// Role assignments with history: who holds a role on a day, changes with a reason, changes counted,
// caseload, and what a departed staff member still holds.
import { describe, expect, it } from 'vitest';
import {
  assignmentsToReassign,
  caseloadPerStaff,
  contactPersonChanges,
  daysSinceContactPersonStarted,
  departedWithOpenAssignments,
  leavingWithOpenAssignments,
  familiarStaffOn,
  holderOn,
  planRoleChange,
  roleHistory,
} from '../../../src/domain/assignments';
import { aChild, aStaffMember } from './builders';
import { anAssignment } from './rosterBuilders';

describe('holderOn', () => {
  it('finds the holder of a day, the newest one during a handover week, nobody after the end', () => {
    const assignments = [
      anAssignment('c', 'contactPerson', 'anna', '2026-01-01', '2026-06-07'),
      anAssignment('c', 'contactPerson', 'bram', '2026-06-01'),
    ];
    expect(holderOn(assignments, 'c', 'contactPerson', '2026-05-31')?.staffId).toBe('anna');
    expect(holderOn(assignments, 'c', 'contactPerson', '2026-06-03')?.staffId).toBe('bram');
    expect(holderOn(assignments, 'c', 'contactPerson', '2025-12-31')).toBeUndefined();
    expect(holderOn(assignments, 'c', 'backup', '2026-06-03')).toBeUndefined();
    expect(
      holderOn([anAssignment('c', 'backup', 'x', '2026-01-01', '2026-02-01')], 'c', 'backup', '2026-02-02'),
    ).toBe(undefined);
  });

  it('prefers the contact person, then the backup, as familiar staff; one person once', () => {
    const assignments = [
      anAssignment('c', 'backup', 'bram', '2026-01-01'),
      anAssignment('c', 'contactPerson', 'anna', '2026-01-01'),
      anAssignment('c', 'mentor', 'carla', '2026-01-01'),
    ];
    expect(familiarStaffOn(assignments, 'c', '2026-03-01')).toEqual([
      { staffId: 'anna', role: 'contactPerson' },
      { staffId: 'bram', role: 'backup' },
    ]);
    const same = [
      anAssignment('c', 'backup', 'anna', '2026-01-01'),
      anAssignment('c', 'contactPerson', 'anna', '2026-01-01'),
    ];
    expect(familiarStaffOn(same, 'c', '2026-03-01')).toEqual([{ staffId: 'anna', role: 'contactPerson' }]);
  });
});

describe('planRoleChange', () => {
  const current = anAssignment('c', 'contactPerson', 'anna', '2026-01-05');

  it('ends the running assignment the day before and starts the new one with its reason', () => {
    const plan = planRoleChange([current], {
      childId: 'c',
      role: 'contactPerson',
      staffId: 'bram',
      from: '2026-03-01',
      reason: 'parentsWish',
    });
    expect(plan).toEqual({
      ok: true,
      end: { id: current.id, to: '2026-02-28' },
      create: {
        childId: 'c',
        role: 'contactPerson',
        staffId: 'bram',
        from: '2026-03-01',
        reason: 'parentsWish',
      },
    });
  });

  it('asks why when someone is replaced, but not for the first assignment', () => {
    expect(
      planRoleChange([current], { childId: 'c', role: 'contactPerson', staffId: 'bram', from: '2026-03-01' }),
    ).toEqual({
      ok: false,
      error: 'reasonRequired',
    });
    expect(planRoleChange([], { childId: 'c', role: 'backup', staffId: 'bram', from: '2026-03-01' })).toEqual(
      {
        ok: true,
        create: { childId: 'c', role: 'backup', staffId: 'bram', from: '2026-03-01' },
      },
    );
  });

  it('refuses the same person again and a start on or before the current start', () => {
    const base = { childId: 'c', role: 'contactPerson' as const, reason: 'caseload' as const };
    expect(planRoleChange([current], { ...base, staffId: 'anna', from: '2026-03-01' })).toEqual({
      ok: false,
      error: 'sameStaff',
    });
    expect(planRoleChange([current], { ...base, staffId: 'bram', from: '2026-01-05' })).toEqual({
      ok: false,
      error: 'beforeCurrentStart',
    });
  });
});

describe('contactPersonChanges and days since the start', () => {
  const child = aChild({ id: 'c', placementStart: '2026-01-05' });

  it('counts each new person after the first during the placement', () => {
    const assignments = [
      anAssignment('c', 'contactPerson', 'anna', '2026-01-05', '2026-03-31'),
      anAssignment('c', 'contactPerson', 'bram', '2026-04-01', '2026-08-31', { reason: 'leaving' }),
      anAssignment('c', 'contactPerson', 'carla', '2026-09-01', undefined, { reason: 'caseload' }),
    ];
    expect(contactPersonChanges(assignments, child)).toBe(2);
    expect(roleHistory(assignments, 'c', 'contactPerson').map((a) => a.staffId)).toEqual([
      'anna',
      'bram',
      'carla',
    ]);
  });

  it('does not count the same person re-entered, nor assignments outside an ended placement', () => {
    const ended = aChild({ id: 'e', placementStart: '2026-01-05', placementEndedOn: '2026-06-30' });
    const assignments = [
      anAssignment('e', 'contactPerson', 'anna', '2026-01-05', '2026-02-28'),
      anAssignment('e', 'contactPerson', 'anna', '2026-03-01', '2026-06-30'),
      anAssignment('e', 'contactPerson', 'bram', '2026-07-01'),
    ];
    expect(contactPersonChanges(assignments, ended)).toBe(0);
    expect(contactPersonChanges([], child)).toBe(0);
  });

  it("counts days from the current person's uninterrupted run, undefined without one", () => {
    const assignments = [
      anAssignment('c', 'contactPerson', 'anna', '2026-01-05', '2026-02-28'),
      anAssignment('c', 'contactPerson', 'anna', '2026-03-01'),
    ];
    expect(daysSinceContactPersonStarted(assignments, 'c', '2026-01-15')).toBe(10);
    expect(daysSinceContactPersonStarted(assignments, 'c', '2026-03-02')).toBe(56);
    expect(daysSinceContactPersonStarted([], 'c', '2026-03-02')).toBeUndefined();
  });
});

describe('caseloadPerStaff', () => {
  it('counts roles per person for children in care today and lists staff without families', () => {
    const children = [
      aChild({ id: 'a', placementStart: '2026-01-01' }),
      aChild({ id: 'b', placementStart: '2026-01-01' }),
      aChild({ id: 'ended', placementStart: '2025-01-01', placementEndedOn: '2026-10-01' }),
      aChild({ id: 'future', placementStart: '2026-12-01' }),
    ];
    const staff = [
      aStaffMember({ id: 'anna' }),
      aStaffMember({ id: 'part', activeFrom: '2026-01-01' }),
      aStaffMember({ id: 'gone', activeTo: '2026-06-01' }),
    ];
    const assignments = [
      anAssignment('a', 'contactPerson', 'anna', '2026-01-01'),
      anAssignment('a', 'mentor', 'anna', '2026-01-01'),
      anAssignment('b', 'contactPerson', 'anna', '2026-01-01'),
      anAssignment('b', 'backup', 'part', '2026-01-01'),
      anAssignment('ended', 'contactPerson', 'part', '2025-01-01'),
      anAssignment('future', 'contactPerson', 'part', '2026-12-01'),
    ];
    const loads = caseloadPerStaff(assignments, children, staff, '2026-11-24');
    expect(loads).toEqual([
      { staffId: 'anna', contactPerson: 2, mentor: 1, backup: 0, families: 2 },
      { staffId: 'part', contactPerson: 0, mentor: 0, backup: 1, families: 1 },
    ]);
  });
});

describe('staff leaving', () => {
  const children = [
    aChild({ id: 'a', name: 'Zoë' }),
    aChild({ id: 'b', name: 'Amir' }),
    aChild({ id: 'ended', name: 'Eva', placementEndedOn: '2026-10-01' }),
  ];
  const leaver = aStaffMember({ id: 'leaver', activeTo: '2026-11-20' });
  const assignments = [
    anAssignment('a', 'contactPerson', 'leaver', '2026-01-05'),
    anAssignment('b', 'backup', 'leaver', '2026-01-05', '2026-12-31'),
    anAssignment('b', 'mentor', 'leaver', '2026-01-05', '2026-11-20'),
    anAssignment('ended', 'contactPerson', 'leaver', '2025-01-05'),
  ];

  it('lists open assignments running past the last working day, children in care only, by name', () => {
    const open = assignmentsToReassign(leaver, assignments, children, '2026-11-24');
    expect(open.map(({ child, assignment }) => `${child.id}:${assignment.role}`)).toEqual([
      'b:backup',
      'a:contactPerson',
    ]);
  });

  it('lists departed staff with open assignments only', () => {
    const staff = [
      leaver,
      aStaffMember({ id: 'stays' }),
      aStaffMember({ id: 'goneClean', activeTo: '2026-01-01' }),
    ];
    const list = departedWithOpenAssignments(staff, assignments, children, '2026-11-24');
    expect(list.map((entry) => entry.member.id)).toEqual(['leaver']);
    // Not departed yet on their last day.
    expect(departedWithOpenAssignments(staff, assignments, children, '2026-11-20')).toEqual([]);
  });

  it('lists staff whose end date is set, still ahead or passed, soonest first, when they hold families', () => {
    const later = aStaffMember({ id: 'later', activeTo: '2027-03-31' });
    const staff = [later, aStaffMember({ id: 'stays' }), leaver];
    const withLater = [...assignments, anAssignment('a', 'mentor', 'later', '2026-02-01')];
    const list = leavingWithOpenAssignments(staff, withLater, children, '2026-11-01');
    expect(list.map((entry) => entry.member.id)).toEqual(['leaver', 'later']);
    expect(list[0]!.open.map(({ child, assignment }) => `${child.id}:${assignment.role}`)).toEqual([
      'b:backup',
      'a:contactPerson',
    ]);
    // Once every family is handed over, nobody is listed.
    const handedOver = withLater.map((assignment) => ({ ...assignment, to: '2026-11-20' }));
    expect(leavingWithOpenAssignments(staff, handedOver, children, '2026-11-01')).toEqual([]);
  });
});
