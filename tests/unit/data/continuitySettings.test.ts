// The continuity setting: default 4, stored in the clear meta table, invalid values fall back.
import { describe, expect, it } from 'vitest';
import {
  parseContinuitySettings,
  readContinuitySettings,
  updateContinuitySettings,
} from '../../../src/data/continuitySettings';
import { newTestHome } from './testSession';

describe('continuity settings', () => {
  it('defaults to 4 different staff in 30 days and keeps a change', async () => {
    const { session } = await newTestHome();
    expect(await readContinuitySettings(session.db)).toEqual({ maxStaffPer30Days: 4 });
    expect(await updateContinuitySettings(session.db, { maxStaffPer30Days: 6 })).toEqual({
      maxStaffPer30Days: 6,
    });
    expect(await readContinuitySettings(session.db)).toEqual({ maxStaffPer30Days: 6 });
    session.lock();
  });

  it('refuses to store a value outside 1 to 20 and keeps the stored one', async () => {
    const { session } = await newTestHome();
    await updateContinuitySettings(session.db, { maxStaffPer30Days: 7 });
    for (const bad of [0, 21, 2.5])
      await expect(updateContinuitySettings(session.db, { maxStaffPer30Days: bad })).rejects.toThrow(
        RangeError,
      );
    expect(await readContinuitySettings(session.db)).toEqual({ maxStaffPer30Days: 7 });
    session.lock();
  });

  it('ignores values that are not whole numbers from 1 to 20', () => {
    for (const bad of [0, 21, 2.5, '5', null])
      expect(parseContinuitySettings({ maxStaffPer30Days: bad })).toEqual({
        maxStaffPer30Days: 4,
      });
    expect(parseContinuitySettings(undefined)).toEqual({ maxStaffPer30Days: 4 });
  });
});
