// A home's own policy, kept in its clear `meta` table so it travels with the home and its backups:
// who may make backups, when to remind about one, and how long ended placements are kept.
import type { HomeDb } from './db';

export interface HomePolicy {
  /** Besides coordinators, any staff member may make a backup. */
  staffMayBackup: boolean;
  /** Coordinators are reminded when the last verified backup is older than this. */
  backupReminderDays: number;
  /** Jeugdwet 7.3.8: a child's file is kept this many years after the placement ended. */
  retentionYears: number;
}

export const DEFAULT_HOME_POLICY: HomePolicy = {
  staffMayBackup: false,
  backupReminderDays: 7,
  retentionYears: 20,
};
export const BACKUP_REMINDER_RANGE = { min: 1, max: 90 } as const;
export const RETENTION_RANGE = { min: 20, max: 100 } as const;

const POLICY_KEY = 'policy';

const inRange = (value: unknown, range: { min: number; max: number }): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max;

/** Whatever is stored, field by field valid, defaults where not. */
export function parsePolicy(raw: unknown): HomePolicy {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    staffMayBackup: value.staffMayBackup === true,
    backupReminderDays: inRange(value.backupReminderDays, BACKUP_REMINDER_RANGE)
      ? value.backupReminderDays
      : DEFAULT_HOME_POLICY.backupReminderDays,
    retentionYears: inRange(value.retentionYears, RETENTION_RANGE)
      ? value.retentionYears
      : DEFAULT_HOME_POLICY.retentionYears,
  };
}

export async function readHomePolicy(db: HomeDb): Promise<HomePolicy> {
  return parsePolicy((await db.meta.get(POLICY_KEY))?.value);
}

export async function updateHomePolicy(db: HomeDb, patch: Partial<HomePolicy>): Promise<HomePolicy> {
  return db.transaction('rw', db.meta, async () => {
    const next = parsePolicy({ ...(await readHomePolicy(db)), ...patch });
    await db.meta.put({ key: POLICY_KEY, value: next });
    return next;
  });
}
