// A home's policy lives in its meta table: defaults, validation field by field, and updates that keep the rest.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HOME_POLICY,
  parsePolicy,
  readHomePolicy,
  updateHomePolicy,
} from '../../../src/data/homePolicy';
import { newTestHome } from './testSession';

describe('home policy', () => {
  it('defaults to coordinator-only backups, a 7-day reminder and 20 years of retention', async () => {
    const { session } = await newTestHome();
    expect(await readHomePolicy(session.db)).toEqual({
      staffMayBackup: false,
      backupReminderDays: 7,
      retentionYears: 20,
    });
    session.lock();
  });

  it('never accepts a retention shorter than the law allows, and keeps other fields on update', async () => {
    expect(parsePolicy({ retentionYears: 5, backupReminderDays: 0, staffMayBackup: 'yes' })).toEqual(
      DEFAULT_HOME_POLICY,
    );
    const { session } = await newTestHome();
    await updateHomePolicy(session.db, { staffMayBackup: true });
    expect(await updateHomePolicy(session.db, { backupReminderDays: 14 })).toEqual({
      staffMayBackup: true,
      backupReminderDays: 14,
      retentionYears: 20,
    });
    session.lock();
  });
});
