// The roster: overnight shifts, DST weeks, copying a week, patterns, absences and who is on shift.
import { describe, expect, it } from 'vitest';
import {
  absenceDays,
  copyWeek,
  expandPattern,
  isoWeekday,
  offeredShiftTypes,
  plannedMinutesInWeek,
  shiftMinutes,
  sortShiftTypes,
  staffOnShift,
  startOfWeek,
  validateShift,
  validatePatternPlan,
  validateShiftType,
  weekOf,
  type ShiftType,
} from '../../../src/domain/roster';
import { aStaffMember } from './builders';
import { aShift, anAbsence, evening } from './rosterBuilders';

const night = (staffId: string, date: string) =>
  aShift(staffId, date, { kind: 'night', start: '23:00', end: '07:30' });

describe('weeks', () => {
  it('numbers weekdays Monday 1 to Sunday 7 and finds the Monday of a week', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(startOfWeek('2026-11-29')).toBe('2026-11-23');
    expect(startOfWeek('2026-11-23')).toBe('2026-11-23');
    // Across a year boundary.
    expect(startOfWeek('2027-01-01')).toBe('2026-12-28');
  });
});

describe('staffOnShift', () => {
  it('counts a night shift that started the evening before, until its end (exclusive)', () => {
    const shifts = [night('anna', '2026-11-23')];
    expect(staffOnShift(shifts, [], '2026-11-23', '23:30')).toEqual(['anna']);
    expect(staffOnShift(shifts, [], '2026-11-24', '05:00')).toEqual(['anna']);
    expect(staffOnShift(shifts, [], '2026-11-24', '07:30')).toEqual([]);
    expect(staffOnShift(shifts, [], '2026-11-23', '22:59')).toEqual([]);
  });

  it('leaves out someone absent on the day their shift starts', () => {
    const shifts = [evening('anna', '2026-11-24'), evening('bram', '2026-11-24')];
    const absences = [anAbsence('anna', '2026-11-24', '2026-11-24', { kind: 'sick' })];
    expect(staffOnShift(shifts, absences, '2026-11-24', '19:00')).toEqual(['bram']);
  });
});

describe('shiftMinutes across daylight saving', () => {
  it('gives an ordinary night shift 8.5 hours', () => {
    expect(shiftMinutes(night('anna', '2026-11-23'))).toBe(510);
  });

  it('makes the night shift into the last Sunday of October an hour longer', () => {
    expect(shiftMinutes(night('anna', '2026-10-24'))).toBe(570);
  });

  it('makes the night shift into the last Sunday of March an hour shorter', () => {
    expect(shiftMinutes(night('anna', '2026-03-28'))).toBe(450);
  });

  it('sums a part-time week in the DST week correctly, leaving out absent days', () => {
    const shifts = [
      aShift('part', '2026-10-19'),
      night('part', '2026-10-24'),
      aShift('part', '2026-10-22'),
      aShift('other', '2026-10-26'),
    ];
    const absences = [anAbsence('part', '2026-10-22', '2026-10-22', { kind: 'training' })];
    const minutes = plannedMinutesInWeek(shifts, absences, '2026-10-19');
    expect(minutes.get('part')).toBe(480 + 570);
    expect(minutes.has('other')).toBe(false);
  });
});

describe('copyWeek', () => {
  const staff = [
    aStaffMember({ id: 'anna', activeFrom: '2020-01-01' }),
    aStaffMember({ id: 'leaver', activeFrom: '2020-01-01', activeTo: '2026-11-27' }),
  ];

  it('plans the same weekdays and times a week later, keeping overnight shifts overnight', () => {
    const shifts = [aShift('anna', '2026-11-16'), night('anna', '2026-11-22')];
    const copied = copyWeek(shifts, '2026-11-16', '2026-11-23', staff);
    expect(copied).toEqual([
      { staffId: 'anna', date: '2026-11-23', kind: 'day', start: '07:30', end: '15:30' },
      { staffId: 'anna', date: '2026-11-29', kind: 'night', start: '23:00', end: '07:30' },
    ]);
  });

  it('skips shifts already planned and staff no longer employed on the new date', () => {
    const shifts = [
      aShift('anna', '2026-11-16'),
      aShift('anna', '2026-11-23'),
      aShift('leaver', '2026-11-17'),
      aShift('leaver', '2026-11-21'),
    ];
    const copied = copyWeek(shifts, '2026-11-16', '2026-11-23', staff);
    expect(copied).toEqual([
      { staffId: 'leaver', date: '2026-11-24', kind: 'day', start: '07:30', end: '15:30' },
    ]);
  });

  it('copies across the DST change on the same wall-clock times', () => {
    const copied = copyWeek([night('anna', '2026-10-17')], '2026-10-12', '2026-10-19', staff);
    expect(copied[0]).toMatchObject({ date: '2026-10-24', start: '23:00', end: '07:30' });
    expect(shiftMinutes(copied[0]!)).toBe(570);
  });
});

describe('expandPattern', () => {
  // Part-time: a two-week cycle, Monday and Tuesday in week one, Thursday evening in week two.
  const pattern = {
    staffId: 'part',
    startsOn: '2026-11-02',
    cycleWeeks: 2,
    entries: [
      { week: 0, weekday: 1, kind: 'day' as const, start: '07:30', end: '15:30' },
      { week: 0, weekday: 2, kind: 'day' as const, start: '07:30', end: '15:30' },
      { week: 1, weekday: 4, kind: 'evening' as const, start: '15:00', end: '23:00' },
    ],
  };

  it('repeats the cycle over the weeks asked for', () => {
    const dates = expandPattern(pattern, '2026-11-02', '2026-11-29').map((draft) => draft.date);
    expect(dates).toEqual([
      '2026-11-02',
      '2026-11-03',
      '2026-11-12',
      '2026-11-16',
      '2026-11-17',
      '2026-11-26',
    ]);
  });

  it('starts no earlier than the pattern, stops at its end, and skips planned and absent days', () => {
    const drafts = expandPattern(
      { ...pattern, until: '2026-11-20' },
      '2026-10-01',
      '2026-12-31',
      [aShift('part', '2026-11-03')],
      [anAbsence('part', '2026-11-12', '2026-11-13')],
    );
    expect(drafts.map((draft) => draft.date)).toEqual(['2026-11-02', '2026-11-16', '2026-11-17']);
  });
});

describe('weekOf and absences', () => {
  it("lists one person's week in time order", () => {
    const shifts = [
      evening('anna', '2026-11-25'),
      aShift('anna', '2026-11-23'),
      aShift('bram', '2026-11-23'),
    ];
    expect(weekOf(shifts, 'anna', '2026-11-23').map((shift) => shift.date)).toEqual([
      '2026-11-23',
      '2026-11-25',
    ]);
  });

  it('counts absence days inclusively, an open sick report up to today', () => {
    expect(absenceDays({ from: '2026-11-02', to: '2026-11-13' }, '2026-11-24')).toBe(12);
    expect(absenceDays({ from: '2026-11-20' }, '2026-11-24')).toBe(5);
    expect(absenceDays({ from: '2026-11-30' }, '2026-11-24')).toBe(1);
  });
});

describe('validateShift', () => {
  it('asks for staff, an existing date, times, and a type for a custom shift', () => {
    expect(validateShift({ kind: 'custom', date: '2026-02-30', start: '7:30', end: '25:00' })).toEqual({
      staffId: 'required',
      date: 'invalidDate',
      start: 'invalidTime',
      end: 'invalidTime',
      shiftTypeId: 'required',
    });
    expect(
      validateShift({ staffId: 'a', kind: 'day', date: '2026-11-24', start: '07:30', end: '07:30' }),
    ).toEqual({
      end: 'sameTime',
    });
    expect(
      validateShift({ staffId: 'a', kind: 'night', date: '2026-11-24', start: '23:00', end: '07:00' }),
    ).toEqual({});
  });
});

describe('validateShiftType', () => {
  it('asks for a name and two different valid times; an overnight own type is fine', () => {
    expect(validateShiftType({ name: '  ', start: '9:00', end: '' })).toEqual({
      name: 'required',
      start: 'invalidTime',
      end: 'required',
    });
    expect(validateShiftType({ name: 'Tussendienst', start: '11:00', end: '11:00' })).toEqual({
      end: 'sameTime',
    });
    expect(validateShiftType({ name: 'Late nacht', start: '01:00', end: '09:00' })).toEqual({});
    expect(validateShiftType({ name: 'Weekendslaap', start: '21:00', end: '09:00' })).toEqual({});
  });
});

describe('validatePatternPlan', () => {
  const entry = { week: 0, weekday: 2, kind: 'day' as const, start: '07:30', end: '15:30' };
  it('accepts a pattern of one person applied for two weeks', () => {
    expect(
      validatePatternPlan({ staffId: 'a', entries: [entry], from: '2026-12-07', to: '2026-12-20' }),
    ).toEqual({});
  });

  it('asks for a person, at least one line, valid times per line and a sensible date range', () => {
    expect(validatePatternPlan({ entries: [], from: '2026-12-07', to: '2026-12-06' })).toEqual({
      staffId: 'required',
      entries: 'required',
      to: 'endBeforeStart',
    });
    expect(
      validatePatternPlan({
        staffId: 'a',
        entries: [entry, { ...entry, kind: 'custom', start: '9:00', end: '' }, { ...entry, end: '07:30' }],
        from: '2026-12-07',
        to: '2027-12-07',
      }),
    ).toEqual({
      'entries.1.start': 'invalidTime',
      'entries.1.end': 'required',
      'entries.1.shiftTypeId': 'required',
      'entries.2.end': 'sameTime',
      to: 'tooLong',
    });
  });

  it("accepts a pattern's optional last day from its first week on, and refuses one before it", () => {
    const plan = { staffId: 'a', entries: [entry], from: '2026-12-07', to: '2026-12-20' };
    expect(validatePatternPlan({ ...plan, startsOn: '2026-11-30', until: '2026-11-30' })).toEqual({});
    expect(validatePatternPlan({ ...plan, startsOn: '2026-11-30', until: '2026-11-29' })).toEqual({
      until: 'untilBeforeStart',
    });
    expect(validatePatternPlan({ ...plan, until: '2026-02-30' })).toEqual({ until: 'invalidDate' });
  });
});

describe('own shift types offered when planning', () => {
  const type = (id: string, name: string, archived?: boolean): ShiftType => ({
    id,
    name,
    start: '11:00',
    end: '19:00',
    ...(archived !== undefined && { archived }),
    createdAt: '2026-11-01T10:00:00.000Z',
    createdBy: 'staff-1',
    updatedAt: '2026-11-01T10:00:00.000Z',
    updatedBy: 'staff-1',
  });
  const types = [type('t1', 'Tussendienst'), type('t2', 'Weekenddienst', true), type('t3', 'Avondje', false)];

  it('leaves archived types out of a new shift or pattern', () => {
    expect(offeredShiftTypes(types).map((item) => item.id)).toEqual(['t1', 't3']);
  });

  it('keeps an archived type the edited shift or pattern line already uses', () => {
    expect(offeredShiftTypes(types, ['t2', null, undefined]).map((item) => item.id)).toEqual([
      't1',
      't2',
      't3',
    ]);
    expect(offeredShiftTypes(types, ['t1']).map((item) => item.id)).toEqual(['t1', 't3']);
  });

  it('lists types in use by name, archived ones after them', () => {
    expect(sortShiftTypes(types, 'nl').map((item) => item.name)).toEqual([
      'Avondje',
      'Tussendienst',
      'Weekenddienst',
    ]);
  });
});
