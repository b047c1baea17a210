// The home's continuity setting, in its clear `meta` table (it travels with backups): above how many
// different staff in 30 days a family is flagged. Not personal data.
import { DEFAULT_MAX_STAFF_PER_30_DAYS } from '../domain/continuity';
import type { HomeDb } from './db';

export interface ContinuitySettings {
  maxStaffPer30Days: number;
}

export const MAX_STAFF_RANGE = { min: 1, max: 20 } as const;
const KEY = 'continuity';

/** Whether `value` is a whole number within `MAX_STAFF_RANGE` (the form and the store use this one). */
export function isValidMaxStaff(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= MAX_STAFF_RANGE.min &&
    value <= MAX_STAFF_RANGE.max
  );
}

/** Whatever is stored, valid or the default. */
export function parseContinuitySettings(raw: unknown): ContinuitySettings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const max = value.maxStaffPer30Days;
  return { maxStaffPer30Days: isValidMaxStaff(max) ? max : DEFAULT_MAX_STAFF_PER_30_DAYS };
}

export async function readContinuitySettings(db: HomeDb): Promise<ContinuitySettings> {
  return parseContinuitySettings((await db.meta.get(KEY))?.value);
}

export async function updateContinuitySettings(
  db: HomeDb,
  patch: Partial<ContinuitySettings>,
): Promise<ContinuitySettings> {
  // A value out of range is refused, not silently replaced by the default.
  if (patch.maxStaffPer30Days !== undefined && !isValidMaxStaff(patch.maxStaffPer30Days))
    throw new RangeError('maxStaffPer30Days out of range');
  return db.transaction('rw', db.meta, async () => {
    const next = parseContinuitySettings({ ...(await readContinuitySettings(db)), ...patch });
    await db.meta.put({ key: KEY, value: next });
    return next;
  });
}
