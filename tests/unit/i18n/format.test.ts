// Dates are shown the Dutch way (dd-mm-jjjj) in nl.
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/i18n/format';

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
