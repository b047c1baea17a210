// The settings schema: defaults, validation per field, and a damaged home registry.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  effectiveAutoLockMinutes,
  parseHomes,
  parseSettings,
  withAutoLockCap,
} from '../../../src/platform/settings';

describe('settings schema', () => {
  it('uses Dutch and a 10-minute auto-lock by default', () => {
    expect(parseSettings(undefined)).toEqual({ language: 'nl', autoLockMinutes: 10, autoLockCaps: {} });
    expect(DEFAULT_SETTINGS).toEqual({ language: 'nl', autoLockMinutes: 10, autoLockCaps: {} });
  });

  it('keeps valid values and falls back field by field for invalid ones', () => {
    expect(parseSettings({ language: 'en', autoLockMinutes: 5 })).toEqual({
      language: 'en',
      autoLockMinutes: 5,
      autoLockCaps: {},
    });
    expect(parseSettings({ language: 'de', autoLockMinutes: 5 })).toEqual({
      language: 'nl',
      autoLockMinutes: 5,
      autoLockCaps: {},
    });
    expect(parseSettings({ language: 'en', autoLockMinutes: 0 })).toEqual({
      language: 'en',
      autoLockMinutes: 10,
      autoLockCaps: {},
    });
    expect(parseSettings({ autoLockMinutes: 2.5 }).autoLockMinutes).toBe(10);
    expect(parseSettings({ autoLockMinutes: 121 }).autoLockMinutes).toBe(10);
    expect(parseSettings('junk')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a coordinator cap per home id and drops malformed ones', () => {
    expect(
      parseSettings({
        autoLockCaps: { a1b2: 5, 'h-2': 120, '../x': 5, h3: 0, h4: 2.5, h5: '5', 'Naam Kind': 5 },
      }).autoLockCaps,
    ).toEqual({ a1b2: 5, 'h-2': 120 });
    expect(parseSettings({ autoLockCaps: [5] }).autoLockCaps).toEqual({});
    expect(parseSettings({ autoLockCaps: 'junk' }).autoLockCaps).toEqual({});
  });

  it('never lets the personal auto-lock time go above the home cap', () => {
    const settings = parseSettings({ autoLockMinutes: 30, autoLockCaps: { eik: 5, linde: 60 } });
    expect(effectiveAutoLockMinutes(settings, 'eik')).toBe(5);
    expect(effectiveAutoLockMinutes(settings, 'linde')).toBe(30);
    expect(effectiveAutoLockMinutes(settings, 'beuk')).toBe(30);
    expect(effectiveAutoLockMinutes(settings, null)).toBe(30);
  });

  it('sets and clears one home cap without touching the others', () => {
    expect(withAutoLockCap({ eik: 5 }, 'linde', 15)).toEqual({ eik: 5, linde: 15 });
    expect(withAutoLockCap({ eik: 5, linde: 15 }, 'eik', 10)).toEqual({ eik: 10, linde: 15 });
    expect(withAutoLockCap({ eik: 5, linde: 15 }, 'eik', null)).toEqual({ linde: 15 });
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
