// Continuity figures and alerts: distinct staff per family, familiar share, trends, staff changes,
// planned contacts and who does them, and the three dashboard alerts.
import { describe, expect, it } from 'vitest';
import { coverFor, plannedContactsBetween, validateContactMoment } from '../../../src/domain/contactMoments';
import {
  childContinuity,
  childTrend,
  contactPersonGapAlerts,
  continuityAlerts,
  distinctStaffInContact,
  familiarShare,
  homeContinuity,
  homeTrend,
  parentContacts,
  placementWindow,
  staffChangesPerQuarter,
  tooManyFacesAlerts,
  unfamiliarPlannedContactAlerts,
  type AlertInput,
} from '../../../src/domain/continuity';
import type { FamilyMember } from '../../../src/domain/types';
import { aChild, aContact, aStaffMember } from './builders';
import { aMoment, aShift, anAbsence, anAssignment, evening } from './rosterBuilders';

const TODAY = '2026-11-24'; // a Tuesday
const mother = { id: 'mother', kind: 'parent', childId: 'c' } as FamilyMember;
const grandma = { id: 'grandma', kind: 'network', childId: 'c' } as FamilyMember;
const family = [mother, grandma];
const child = aChild({ id: 'c', placementStart: '2025-06-01' });
const withMother = { familyMemberIds: ['mother'] };

describe('parentContacts', () => {
  it('keeps contacts with a parent or with nobody listed, and drops network-only and staff-less ones', () => {
    const contacts = [
      aContact(child, '2026-11-20', { ...withMother, staffId: 'anna' }),
      aContact(child, '2026-11-20', { familyMemberIds: [], staffId: 'bram' }),
      aContact(child, '2026-11-20', { familyMemberIds: ['grandma'], staffId: 'carla' }),
      aContact(child, '2026-11-20', { ...withMother, staffId: '' }),
    ];
    expect(parentContacts(contacts, family).map((contact) => contact.staffId)).toEqual(['anna', 'bram']);
  });
});

describe('distinctStaffInContact', () => {
  const contacts = parentContacts(
    [
      aContact(child, '2026-11-24', { ...withMother, staffId: 'anna' }),
      aContact(child, '2026-11-10', { ...withMother, staffId: 'anna' }),
      aContact(child, '2026-10-26', { ...withMother, staffId: 'bram' }),
      aContact(child, '2026-10-25', { ...withMother, staffId: 'carla' }),
      aContact(child, '2026-09-01', { ...withMother, staffId: 'dirk' }),
      aContact(child, '2026-08-20', { ...withMother, staffId: 'eva' }),
    ],
    family,
  );

  it('counts different staff over the last 30 and 90 days, today included', () => {
    // 30 days back from 24-11 is 26-10 (inclusive); 25-10 falls outside.
    expect(distinctStaffInContact(contacts, child, TODAY, 30)).toBe(2);
    expect(distinctStaffInContact(contacts, child, TODAY, 90)).toBe(4);
  });

  it('counts a child placed mid-period from the placement start only', () => {
    const placedLate = { ...child, placementStart: '2026-11-01' };
    expect(placementWindow(placedLate, TODAY, 30)).toEqual({ from: '2026-11-01', to: TODAY });
    expect(distinctStaffInContact(contacts, placedLate, TODAY, 30)).toBe(1);
    expect(distinctStaffInContact(contacts, { ...child, placementStart: '2026-12-01' }, TODAY, 30)).toBe(0);
  });

  it('looks back from the last day of an ended placement', () => {
    const ended = { ...child, placementEndedOn: '2026-09-05' };
    expect(placementWindow(ended, TODAY, 30)).toEqual({ from: '2026-08-07', to: '2026-09-05' });
    expect(distinctStaffInContact(contacts, ended, TODAY, 30)).toBe(2);
  });
});

describe('familiarShare', () => {
  it("judges each contact by that day's contact person and backup", () => {
    const assignments = [
      anAssignment('c', 'contactPerson', 'anna', '2025-06-01', '2026-10-31'),
      anAssignment('c', 'contactPerson', 'bram', '2026-11-01', undefined, { reason: 'leaving' }),
      anAssignment('c', 'backup', 'carla', '2025-06-01'),
    ];
    const contacts = [
      aContact(child, '2026-10-20', { staffId: 'anna' }), // contact person then
      aContact(child, '2026-11-10', { staffId: 'anna' }), // no longer
      aContact(child, '2026-11-12', { staffId: 'bram' }),
      aContact(child, '2026-11-13', { staffId: 'carla' }),
      aContact(child, '2026-11-14', { staffId: 'dirk' }),
    ];
    expect(familiarShare(contacts, assignments, child, '2026-10-01', TODAY)).toEqual({
      familiar: 3,
      total: 5,
      share: 0.6,
    });
    expect(familiarShare([], assignments, child, '2026-10-01', TODAY)).toEqual({ familiar: 0, total: 0 });
  });
});

describe('childContinuity and homeContinuity', () => {
  const staff = [
    aStaffMember({ id: 'anna', activeFrom: '2020-01-01' }),
    aStaffMember({ id: 'bram', activeFrom: '2026-08-15' }),
    aStaffMember({ id: 'gone', activeFrom: '2020-01-01', activeTo: '2026-03-31' }),
  ];
  const assignments = [
    anAssignment('c', 'contactPerson', 'gone', '2025-06-01', '2026-03-31'),
    anAssignment('c', 'contactPerson', 'anna', '2026-04-01', undefined, { reason: 'leaving' }),
    anAssignment('c', 'backup', 'bram', '2026-09-01'),
  ];
  const contacts = [
    aContact(child, '2026-11-20', { ...withMother, staffId: 'anna' }),
    aContact(child, '2026-11-13', { ...withMother, staffId: 'bram' }),
    aContact(child, '2026-10-01', { ...withMother, staffId: 'dirk' }),
  ];

  it("gathers one child's figures", () => {
    expect(childContinuity(child, parentContacts(contacts, family), assignments, TODAY)).toEqual({
      childId: 'c',
      staffLast30: 2,
      staffLast90: 3,
      familiarShare90: { familiar: 2, total: 3, share: 2 / 3 },
      contactPersonChanges: 1,
      contactPersonId: 'anna',
      backupId: 'bram',
      daysSinceContactPersonStarted: 237,
    });
  });

  it('averages over children in care and counts staff changes per quarter', () => {
    const ended = aChild({ id: 'x', placementStart: '2025-01-01', placementEndedOn: '2026-02-01' });
    const figures = homeContinuity({
      children: [child, ended],
      contacts,
      familyMembers: family,
      assignments,
      staff,
      today: TODAY,
    });
    expect(figures.children.map((c) => c.childId)).toEqual(['c']);
    expect(figures.averageStaffLast30).toBe(2);
    expect(figures.familiarShare90).toBeCloseTo(2 / 3);
    expect(figures.staffChanges).toEqual([
      { quarter: '2026-Q1', joined: 0, left: 1 },
      { quarter: '2026-Q2', joined: 0, left: 0 },
      { quarter: '2026-Q3', joined: 1, left: 0 },
      { quarter: '2026-Q4', joined: 0, left: 0 },
    ]);
  });

  it('does not count an end date still to come as left', () => {
    const leaving = [aStaffMember({ activeFrom: '2019-01-01', activeTo: '2026-12-15' })];
    expect(staffChangesPerQuarter(leaving, TODAY, 1)).toEqual([{ quarter: '2026-Q4', joined: 0, left: 0 }]);
  });
});

describe('trends', () => {
  it('gives per month the different staff and the familiar share, zero before the placement', () => {
    const placed = { ...child, placementStart: '2026-10-15' };
    const assignments = [anAssignment('c', 'contactPerson', 'anna', '2026-10-15')];
    const contacts = [
      aContact(placed, '2026-10-20', { staffId: 'anna' }),
      aContact(placed, '2026-11-02', { staffId: 'anna' }),
      aContact(placed, '2026-11-09', { staffId: 'bram' }),
    ];
    expect(childTrend(placed, contacts, assignments, TODAY, 3)).toEqual([
      { month: '2026-09', staff: 0, contacts: 0, familiarContacts: 0 },
      { month: '2026-10', staff: 1, contacts: 1, familiarContacts: 1, familiarShare: 1 },
      { month: '2026-11', staff: 2, contacts: 2, familiarContacts: 1, familiarShare: 0.5 },
    ]);
    const home = homeTrend({ children: [placed], contacts, familyMembers: [], assignments, today: TODAY }, 3);
    expect(home).toEqual([
      { month: '2026-09', staff: 0, contacts: 0, familiarContacts: 0 },
      { month: '2026-10', staff: 1, contacts: 1, familiarContacts: 1, familiarShare: 1 },
      { month: '2026-11', staff: 2, contacts: 2, familiarContacts: 1, familiarShare: 0.5 },
    ]);
  });
});

describe('planned contacts and who does them', () => {
  const assignments = [
    anAssignment('c', 'contactPerson', 'anna', '2025-06-01'),
    anAssignment('c', 'backup', 'bram', '2025-06-01'),
  ];
  const moment = aMoment('c'); // every Tuesday 19:00

  it('lists the fixed moments of a period, every other week counted from the start', () => {
    expect(plannedContactsBetween([moment], '2026-11-23', '2026-12-06').map((p) => p.date)).toEqual([
      '2026-11-24',
      '2026-12-01',
    ]);
    const fortnightly = aMoment('c', { everyWeeks: 2, from: '2026-11-17', to: '2026-12-31' });
    expect(plannedContactsBetween([fortnightly], '2026-11-01', '2027-01-31').map((p) => p.date)).toEqual([
      '2026-11-17',
      '2026-12-01',
      '2026-12-15',
      '2026-12-29',
    ]);
  });

  it('prefers the contact person on shift, then the backup, else flags a colleague or nobody', () => {
    const [planned] = plannedContactsBetween([moment], TODAY, TODAY);
    const cover = (shifts: ReturnType<typeof evening>[], absences = [] as ReturnType<typeof anAbsence>[]) =>
      coverFor(planned!, { assignments, shifts, absences });
    expect(cover([evening('anna', TODAY), evening('bram', TODAY)])).toMatchObject({
      kind: 'contactPerson',
      staffId: 'anna',
      flagged: false,
    });
    expect(cover([evening('bram', TODAY), aShift('anna', TODAY)])).toMatchObject({
      kind: 'backup',
      staffId: 'bram',
    });
    expect(
      cover([evening('anna', TODAY), evening('dirk', TODAY)], [anAbsence('anna', TODAY, TODAY)]),
    ).toMatchObject({
      kind: 'colleague',
      staffId: 'dirk',
      flagged: true,
    });
    expect(cover([aShift('anna', TODAY)])).toMatchObject({ kind: 'nobody', flagged: true });
    // Nobody rostered that day: the roster is not used, so nothing is flagged.
    expect(cover([])).toMatchObject({ kind: 'notPlanned', flagged: false });
  });

  it('covers a moment in the small hours by the night shift that began the day before', () => {
    const late = aMoment('c', { weekday: 3, time: '06:00' });
    const [planned] = plannedContactsBetween([late], '2026-11-25', '2026-11-25');
    const night = aShift('bram', TODAY, { kind: 'night', start: '23:00', end: '07:30' });
    expect(coverFor(planned!, { assignments, shifts: [night], absences: [] })).toMatchObject({
      kind: 'backup',
    });
  });

  it('validates a moment at its fields', () => {
    expect(
      validateContactMoment({ weekday: 8, time: '19.00', from: '2026-02-01', to: '2026-01-01' }),
    ).toEqual({
      weekday: 'outOfRange',
      time: 'invalidTime',
      to: 'endBeforeStart',
    });
    expect(
      validateContactMoment({ weekday: 2, time: '19:00', from: '2026-01-01', durationMinutes: 30 }),
    ).toEqual({});
  });
});

describe('alerts', () => {
  const staff = [aStaffMember({ id: 'anna' }), aStaffMember({ id: 'bram' }), aStaffMember({ id: 'dirk' })];
  const base = (over: Partial<AlertInput> = {}): AlertInput => ({
    children: [child],
    contacts: [],
    familyMembers: family,
    assignments: [anAssignment('c', 'contactPerson', 'anna', '2025-06-01')],
    staff,
    shifts: [],
    absences: [],
    contactMoments: [],
    today: TODAY,
    ...over,
  });

  it('flags a family that saw more than N different staff in 30 days, with N as a setting', () => {
    const contacts = ['a', 'b', 'c', 'd', 'e'].map((staffId, index) =>
      aContact(child, `2026-11-${10 + index}`, { ...withMother, staffId }),
    );
    expect(tooManyFacesAlerts(base({ contacts }))).toEqual([
      { kind: 'tooManyFaces', childId: 'c', staffCount: 5, max: 4 },
    ]);
    expect(tooManyFacesAlerts(base({ contacts }), 5)).toEqual([]);
    // An ended placement raises nothing.
    const ended = { ...child, placementEndedOn: '2026-11-20' };
    expect(tooManyFacesAlerts(base({ contacts, children: [ended] }))).toEqual([]);
  });

  it('flags a contact person leaving within a month whose family has no backup', () => {
    const leaving = [aStaffMember({ id: 'anna', activeTo: '2026-12-10' }), ...staff.slice(1)];
    expect(contactPersonGapAlerts(base({ staff: leaving }))).toEqual([
      { kind: 'contactPersonGap', staffId: 'anna', reason: 'leaving', date: '2026-12-10', childIds: ['c'] },
    ]);
    const withBackup = [...base().assignments, anAssignment('c', 'backup', 'bram', '2025-06-01')];
    expect(contactPersonGapAlerts(base({ staff: leaving, assignments: withBackup }))).toEqual([]);
    // Reassigned before the last day: nothing left to flag.
    const reassigned = [
      anAssignment('c', 'contactPerson', 'anna', '2025-06-01', '2026-12-10'),
      anAssignment('c', 'contactPerson', 'bram', '2026-12-11', undefined, { reason: 'leaving' }),
    ];
    expect(contactPersonGapAlerts(base({ staff: leaving, assignments: reassigned }))).toEqual([]);
  });

  it('flags a contact person absent more than a week when the backup is not on the roster then', () => {
    const assignments = [...base().assignments, anAssignment('c', 'backup', 'bram', '2025-06-01')];
    const absences = [anAbsence('anna', '2026-11-23', '2026-12-06', { kind: 'leave' })];
    // The roster is used in that period, but the backup has no shift in it.
    const shifts = [aShift('dirk', '2026-11-25'), aShift('dirk', '2026-11-30')];
    expect(contactPersonGapAlerts(base({ assignments, absences, shifts }))).toEqual([
      {
        kind: 'contactPersonGap',
        staffId: 'anna',
        reason: 'absent',
        date: '2026-11-23',
        until: '2026-12-06',
        childIds: ['c'],
      },
    ]);
    // With a shift for the backup in the period, the family is covered.
    const covered = [...shifts, aShift('bram', '2026-11-26')];
    expect(contactPersonGapAlerts(base({ assignments, absences, shifts: covered }))).toEqual([]);
    // A week or less is not long; without a roster an available backup covers.
    const short = [anAbsence('anna', '2026-11-23', '2026-11-29')];
    expect(contactPersonGapAlerts(base({ absences: short }))).toEqual([]);
    expect(contactPersonGapAlerts(base({ assignments, absences }))).toEqual([]);
  });

  it('flags an open sick report once it passes a week', () => {
    const sick = (from: string) => [anAbsence('anna', from, undefined, { kind: 'sick' })];
    expect(contactPersonGapAlerts(base({ absences: sick('2026-11-20') }))).toEqual([]);
    expect(contactPersonGapAlerts(base({ absences: sick('2026-11-10') }))).toMatchObject([
      { reason: 'absent', staffId: 'anna' },
    ]);
  });

  it('flags planned contacts this week without a familiar person on shift, not when the roster is empty', () => {
    const contactMoments = [aMoment('c')];
    const shifts = [evening('dirk', TODAY), evening('anna', '2026-12-01')];
    expect(unfamiliarPlannedContactAlerts(base({ contactMoments, shifts }))).toMatchObject([
      {
        kind: 'unfamiliarPlannedContact',
        childId: 'c',
        date: TODAY,
        time: '19:00',
        cover: { kind: 'colleague' },
      },
    ]);
    expect(unfamiliarPlannedContactAlerts(base({ contactMoments }))).toEqual([]);
    expect(continuityAlerts(base({ contactMoments, shifts })).map((alert) => alert.kind)).toEqual([
      'unfamiliarPlannedContact',
    ]);
  });
});
