// Date fields: typed dates are read day first in every accepted form, and impossible dates are refused.
import { describe, expect, it } from 'vitest';
import { dateInputFormat, datePlaceholder, parseTypedDate } from '../../../src/ui/design/dates';

describe('typed dates', () => {
  it('reads dd-mm-jjjj, d-m-jjjj, dd/mm/yyyy, dd.mm.yyyy and ISO', () => {
    expect(parseTypedDate('01-03-2026')).toBe('2026-03-01');
    expect(parseTypedDate('1-3-2026')).toBe('2026-03-01');
    expect(parseTypedDate('01/03/2026')).toBe('2026-03-01');
    expect(parseTypedDate('01.03.2026')).toBe('2026-03-01');
    expect(parseTypedDate(' 2026-03-01 ')).toBe('2026-03-01');
  });

  it('refuses dates that do not exist instead of rolling them over', () => {
    expect(parseTypedDate('31-02-2026')).toBeNull();
    expect(parseTypedDate('29-02-2025')).toBeNull();
    expect(parseTypedDate('29-02-2024')).toBe('2024-02-29');
    expect(parseTypedDate('13/13/2026')).toBeNull();
    expect(parseTypedDate('')).toBeNull();
    expect(parseTypedDate('morgen')).toBeNull();
  });

  it('shows dd-mm-jjjj in Dutch and dd/mm/yyyy in English, whatever the OS', () => {
    expect(dateInputFormat('nl')).toBe('DD-MM-YYYY');
    expect(datePlaceholder('nl')).toBe('dd-mm-jjjj');
    expect(dateInputFormat('en')).toBe('DD/MM/YYYY');
  });
});
