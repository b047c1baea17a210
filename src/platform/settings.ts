// App settings schema: defaults and validation shared by the Electron store and the browser adapter.
import type { HomeEntry } from '../domain/types';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A deleted home, kept so the deletion can be explained later: ids and a date, no personal data. */
export interface HomeDeletion {
  homeId: string;
  deletedAt: string;
  /** Staff id of the coordinator who signed in to delete it. */
  deletedBy: string;
}

export interface AppSettings {
  language: Language;
  /** Minutes of inactivity before the app locks itself. */
  autoLockMinutes: number;
  /** Homes deleted on this computer (absent until the first deletion). */
  deletedHomes?: HomeDeletion[];
}

const ID = /^[a-z0-9-]{1,64}$/;

function parseDeletions(raw: unknown): HomeDeletion[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item): HomeDeletion[] => {
    const entry = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const { homeId, deletedAt, deletedBy } = entry;
    if (typeof homeId !== 'string' || !ID.test(homeId)) return [];
    if (typeof deletedBy !== 'string' || !ID.test(deletedBy)) return [];
    if (typeof deletedAt !== 'string' || Number.isNaN(Date.parse(deletedAt))) return [];
    return [{ homeId, deletedAt, deletedBy }];
  });
}

export const DEFAULT_SETTINGS: AppSettings = { language: 'nl', autoLockMinutes: 10 };
export const AUTO_LOCK_RANGE = { min: 1, max: 120 } as const;

/** Turns whatever was stored (or sent) into valid settings, falling back to defaults field by field. */
export function parseSettings(raw: unknown): AppSettings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const language = LANGUAGES.includes(value.language as Language)
    ? (value.language as Language)
    : DEFAULT_SETTINGS.language;
  const minutes = value.autoLockMinutes;
  const autoLockMinutes =
    typeof minutes === 'number' &&
    Number.isInteger(minutes) &&
    minutes >= AUTO_LOCK_RANGE.min &&
    minutes <= AUTO_LOCK_RANGE.max
      ? minutes
      : DEFAULT_SETTINGS.autoLockMinutes;
  const deletedHomes = parseDeletions(value.deletedHomes);
  return { language, autoLockMinutes, ...(deletedHomes.length > 0 ? { deletedHomes } : {}) };
}

const HOME_KINDS = new Set(['smallScale', 'familyHome', 'other']);

/** Keeps only well-formed home entries; a damaged registry must not stop the app from starting. */
export function parseHomes(raw: unknown): HomeEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item): HomeEntry[] => {
    if (typeof item !== 'object' || item === null) return [];
    const home = item as Record<string, unknown>;
    if (typeof home.id !== 'string' || !/^[a-z0-9-]{1,64}$/.test(home.id)) return [];
    if (typeof home.name !== 'string' || home.name.trim() === '') return [];
    if (typeof home.kind !== 'string' || !HOME_KINDS.has(home.kind)) return [];
    if (typeof home.createdAt !== 'string') return [];
    return [
      {
        id: home.id,
        name: home.name,
        kind: home.kind as HomeEntry['kind'],
        createdAt: home.createdAt,
        ...(home.demo === true ? { demo: true } : {}),
      },
    ];
  });
}
