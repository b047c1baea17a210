// The home's continuity setting, in its clear `meta` table (it travels with backups): above how many
// different staff in 30 days a family is flagged. Not personal data.
import { DEFAULT_MAX_STAFF_PER_30_DAYS } from '../domain/continuity';
import type { HomeDb } from './db';

export interface ContinuitySettings {
  maxStaffPer30Days: number;
}

export const MAX_STAFF_RANGE = { min: 1, max: 20 } as const;
const KEY = 'continuity';

/** Whatever is stored, valid or the default. */
export function parseContinuitySettings(raw: unknown): ContinuitySettings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const max = value.maxStaffPer30Days;
  const valid =
    typeof max === 'number' &&
    Number.isInteger(max) &&
    max >= MAX_STAFF_RANGE.min &&
    max <= MAX_STAFF_RANGE.max;
  return { maxStaffPer30Days: valid ? max : DEFAULT_MAX_STAFF_PER_30_DAYS };
}

export async function readContinuitySettings(db: HomeDb): Promise<ContinuitySettings> {
  return parseContinuitySettings((await db.meta.get(KEY))?.value);
}

export async function updateContinuitySettings(
  db: HomeDb,
  patch: Partial<ContinuitySettings>,
): Promise<ContinuitySettings> {
  return db.transaction('rw', db.meta, async () => {
    const next = parseContinuitySettings({ ...(await readContinuitySettings(db)), ...patch });
    await db.meta.put({ key: KEY, value: next });
    return next;
  });
}
