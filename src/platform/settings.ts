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
  /**
   * Per home id, the most idle minutes a coordinator allows on this computer; the personal setting
   * cannot go above it. Only ids and numbers: no personal data in settings.
   */
  autoLockCaps: Record<string, number>;
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

export const DEFAULT_SETTINGS: AppSettings = { language: 'nl', autoLockMinutes: 10, autoLockCaps: {} };
export const AUTO_LOCK_RANGE = { min: 1, max: 120 } as const;
const HOME_ID = /^[a-z0-9-]{1,64}$/;

function isLockMinutes(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= AUTO_LOCK_RANGE.min &&
    value <= AUTO_LOCK_RANGE.max
  );
}

function parseCaps(raw: unknown): Record<string, number> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  return Object.fromEntries(
    Object.entries(raw).filter(([homeId, minutes]) => HOME_ID.test(homeId) && isLockMinutes(minutes)),
  );
}

/** The idle minutes that apply in a home: the personal setting, never above the home's cap. */
export function effectiveAutoLockMinutes(settings: AppSettings, homeId: string | null | undefined): number {
  const cap = homeId ? settings.autoLockCaps[homeId] : undefined;
  return cap === undefined ? settings.autoLockMinutes : Math.min(settings.autoLockMinutes, cap);
}

/** The caps with one home's cap set, or removed when `minutes` is null. */
export function withAutoLockCap(
  caps: Record<string, number>,
  homeId: string,
  minutes: number | null,
): Record<string, number> {
  const { [homeId]: _previous, ...rest } = caps;
  return minutes === null ? rest : { ...rest, [homeId]: minutes };
}

/** Turns whatever was stored (or sent) into valid settings, falling back to defaults field by field. */
export function parseSettings(raw: unknown): AppSettings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const language = LANGUAGES.includes(value.language as Language)
    ? (value.language as Language)
    : DEFAULT_SETTINGS.language;
  const autoLockMinutes = isLockMinutes(value.autoLockMinutes)
    ? value.autoLockMinutes
    : DEFAULT_SETTINGS.autoLockMinutes;
  const deletedHomes = parseDeletions(value.deletedHomes);
  return {
    language,
    autoLockMinutes,
    autoLockCaps: parseCaps(value.autoLockCaps),
    ...(deletedHomes.length > 0 ? { deletedHomes } : {}),
  };
}

const HOME_KINDS = new Set(['smallScale', 'familyHome', 'other']);

/** Keeps only well-formed home entries; a damaged registry must not stop the app from starting. */
export function parseHomes(raw: unknown): HomeEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item): HomeEntry[] => {
    if (typeof item !== 'object' || item === null) return [];
    const home = item as Record<string, unknown>;
    if (typeof home.id !== 'string' || !HOME_ID.test(home.id)) return [];
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
