// Dates are shown the Dutch way (dd-mm-jjjj) in nl.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/dates';
import { formatDate, formatDayMonth, RELATIVE_DAYS, relativeDay } from '../../../src/i18n/format';

describe('formatDate', () => {
  it('shows dd-mm-jjjj in Dutch', () => {
    expect(formatDate('2026-03-07', 'nl')).toBe('07-03-2026');
    expect(formatDate('2028-02-29', 'nl')).toBe('29-02-2028');
  });

  it('shows a readable English date and nothing for no date', () => {
    expect(formatDate('2026-03-07', 'en')).toBe('7 Mar 2026');
    expect(formatDate(undefined, 'nl')).toBe('');
  });
});

describe('formatDayMonth', () => {
  it('gives a week column the day and the whole month name (never a cut-off full date)', () => {
    expect(formatDayMonth('2026-11-23', 'nl')).toBe('23-11');
    expect(formatDayMonth('2026-11-23', 'en')).toBe('23 Nov');
    expect(formatDayMonth('2026-03-07', 'en')).toBe('7 Mar');
    expect(formatDayMonth('2026-12-31', 'en')).toBe('31 Dec');
  });
});

describe('relativeDay', () => {
  const today = '2026-11-24';

  it('says near days in words, in Dutch', () => {
    expect(relativeDay('2026-11-24', today, 'nl')).toBe('vandaag');
    expect(relativeDay('2026-11-23', today, 'nl')).toBe('gisteren');
    expect(relativeDay('2026-11-25', today, 'nl')).toBe('morgen');
    expect(relativeDay('2026-11-27', today, 'nl')).toBe('over 3 dagen');
    expect(relativeDay('2026-11-19', today, 'nl')).toBe('5 dagen geleden');
    // A moment of today reads as today, never as "0 dagen geleden".
    expect(relativeDay('2026-11-24T08:15:00.000Z', today, 'nl')).toBe('vandaag');
  });

  it('says them in English too, across a month end', () => {
    expect(relativeDay('2026-11-24', today, 'en')).toBe('today');
    expect(relativeDay('2026-11-23', today, 'en')).toBe('yesterday');
    expect(relativeDay('2026-12-01', today, 'en')).toBe('in 7 days');
    expect(relativeDay('2026-11-19', today, 'en')).toBe('5 days ago');
  });

  it('shows the full date further away, and nothing for no date', () => {
    expect(relativeDay(addDays(today, RELATIVE_DAYS), today, 'nl')).toBe(`over ${RELATIVE_DAYS} dagen`);
    expect(relativeDay(addDays(today, RELATIVE_DAYS + 1), today, 'nl')).toBe('08-12-2026');
    expect(relativeDay('2026-01-05', today, 'nl')).toBe('05-01-2026');
    expect(relativeDay(undefined, today, 'nl')).toBe('');
  });
});
