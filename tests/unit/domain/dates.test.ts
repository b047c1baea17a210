// Calendar arithmetic on ISO date strings.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  dateOfDateTime,
  daysBetween,
  isIsoDate,
  latestDate,
  toIsoDate,
} from '../../../src/domain/dates';

describe('isIsoDate', () => {
  it('accepts existing calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2026-11-24')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });

  it('rejects impossible dates, other formats and non-strings', () => {
    for (const value of [
      '2026-02-29',
      '2026-13-01',
      '2026-04-31',
      '2026-00-10',
      '24-11-2026',
      '2026-1-5',
      '2026-11-24T10:00',
      '',
      20261124,
      undefined,
      null,
    ]) {
      expect(isIsoDate(value)).toBe(false);
    }
  });
});

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('is not shifted by the daylight saving changes', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
  });

  it('throws on a date that does not exist instead of computing nonsense', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it('keeps the day of the month when it exists', () => {
    expect(addMonths('2026-01-15', 3)).toBe('2026-04-15');
    expect(addMonths('2026-11-24', 2)).toBe('2027-01-24');
    expect(addMonths('2026-03-10', -3)).toBe('2025-12-10');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-05-31', 1)).toBe('2026-06-30');
  });

  it('lands on 29 February in a leap year and 28 February otherwise', () => {
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
  });

  it('treats 2100 as a common year and 2000 as a leap year', () => {
    expect(addMonths('2100-01-31', 1)).toBe('2100-02-28');
    expect(addMonths('2000-01-31', 1)).toBe('2000-02-29');
  });
});

describe('daysBetween', () => {
  it('counts whole days, positive forward, negative backward', () => {
    expect(daysBetween('2026-11-17', '2026-11-24')).toBe(7);
    expect(daysBetween('2026-11-24', '2026-11-17')).toBe(-7);
    expect(daysBetween('2026-11-24', '2026-11-24')).toBe(0);
  });

  it('counts across a leap day and a daylight saving change', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });
});

describe('compareDates and latestDate', () => {
  it('orders dates chronologically', () => {
    expect(['2026-11-24', '2025-12-01', '2026-02-03'].sort(compareDates)).toEqual([
      '2025-12-01',
      '2026-02-03',
      '2026-11-24',
    ]);
    expect(compareDates('2026-01-01', '2026-01-01')).toBe(0);
  });

  it('finds the latest date, skipping missing ones', () => {
    expect(latestDate(['2026-01-02', undefined, '2026-03-01', '2025-12-31'])).toBe('2026-03-01');
    expect(latestDate([])).toBeUndefined();
  });
});

describe('toIsoDate and dateOfDateTime', () => {
  it('gives the local calendar date of a Date', () => {
    expect(toIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(toIsoDate(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });

  it('gives the local date of an ISO moment', () => {
    const moment = new Date(2026, 10, 24, 0, 30);
    expect(dateOfDateTime(moment.toISOString())).toBe('2026-11-24');
    expect(dateOfDateTime(new Date(2026, 10, 24, 23, 59).toISOString())).toBe('2026-11-24');
  });

  it('throws on something that is not a moment', () => {
    expect(() => dateOfDateTime('gisteren')).toThrow(RangeError);
  });
});
