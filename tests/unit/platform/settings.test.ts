// The settings schema: defaults, validation per field, and a damaged home registry.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseHomes, parseSettings } from '../../../src/platform/settings';

describe('settings schema', () => {
  it('uses Dutch and a 10-minute auto-lock by default', () => {
    expect(parseSettings(undefined)).toEqual({ language: 'nl', autoLockMinutes: 10 });
    expect(DEFAULT_SETTINGS).toEqual({ language: 'nl', autoLockMinutes: 10 });
  });

  it('keeps valid values and falls back field by field for invalid ones', () => {
    expect(parseSettings({ language: 'en', autoLockMinutes: 5 })).toEqual({
      language: 'en',
      autoLockMinutes: 5,
    });
    expect(parseSettings({ language: 'de', autoLockMinutes: 5 })).toEqual({
      language: 'nl',
      autoLockMinutes: 5,
    });
    expect(parseSettings({ language: 'en', autoLockMinutes: 0 })).toEqual({
      language: 'en',
      autoLockMinutes: 10,
    });
    expect(parseSettings({ autoLockMinutes: 2.5 }).autoLockMinutes).toBe(10);
    expect(parseSettings({ autoLockMinutes: 121 }).autoLockMinutes).toBe(10);
    expect(parseSettings('junk')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a log of deleted homes with ids and dates only, dropping anything else', () => {
    const deletion = { homeId: 'a1b2', deletedAt: '2026-11-29T10:00:00.000Z', deletedBy: 'c3d4' };
    expect(parseSettings({ deletedHomes: [deletion] }).deletedHomes).toEqual([deletion]);
    const junk = [{ ...deletion, homeId: '../x' }, { ...deletion, deletedAt: 'gisteren' }, 'x'];
    expect(parseSettings({ deletedHomes: junk })).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ deletedHomes: [{ ...deletion, name: 'Marieke' }] }).deletedHomes).toEqual([
      deletion,
    ]);
  });

  it('drops malformed home entries but keeps the good ones', () => {
    const good = { id: 'a1b2', name: 'De Eik', kind: 'familyHome', createdAt: '2026-11-24T10:00:00.000Z' };
    const homes = parseHomes([
      good,
      { ...good, id: '../escape' },
      { ...good, id: 'x', name: '  ' },
      { ...good, id: 'y', kind: 'castle' },
      null,
      'text',
      { ...good, id: 'demo', demo: true },
    ]);
    expect(homes).toEqual([good, { ...good, id: 'demo', demo: true }]);
    expect(parseHomes({ not: 'an array' })).toEqual([]);
  });
});
