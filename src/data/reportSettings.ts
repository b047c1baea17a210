// The home's report setting, kept in its clear `meta` table: how many weeks people have to react.
import { DEFAULT_REACTION_PERIOD_DAYS, REACTION_PERIOD_WEEKS_RANGE } from '../domain/reports';
import type { HomeDb } from './db';

export interface ReportSettings {
  /** From the share date, people have this many weeks to react (default 4). */
  reactionPeriodWeeks: number;
}

export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
  reactionPeriodWeeks: DEFAULT_REACTION_PERIOD_DAYS / 7,
};

const SETTINGS_KEY = 'reportSettings';

/** Whatever is stored, valid or the default. */
export function parseReportSettings(raw: unknown): ReportSettings {
  const weeks = (raw as { reactionPeriodWeeks?: unknown } | undefined)?.reactionPeriodWeeks;
  const valid =
    typeof weeks === 'number' &&
    Number.isInteger(weeks) &&
    weeks >= REACTION_PERIOD_WEEKS_RANGE.min &&
    weeks <= REACTION_PERIOD_WEEKS_RANGE.max;
  return { reactionPeriodWeeks: valid ? weeks : DEFAULT_REPORT_SETTINGS.reactionPeriodWeeks };
}

export async function readReportSettings(db: HomeDb): Promise<ReportSettings> {
  return parseReportSettings((await db.meta.get(SETTINGS_KEY))?.value);
}

export async function updateReportSettings(
  db: HomeDb,
  patch: Partial<ReportSettings>,
): Promise<ReportSettings> {
  return db.transaction('rw', db.meta, async () => {
    const next = parseReportSettings({ ...(await readReportSettings(db)), ...patch });
    await db.meta.put({ key: SETTINGS_KEY, value: next });
    return next;
  });
}
