// The translations: one JSON file per language and namespace, each its own chunk loaded on demand, so the
// start-up scripts carry no texts at all and a session loads only its own language (and Dutch, the
// fallback). The Dutch files type the translation keys; those imports are types only.
import type { BackendModule, ResourceKey } from 'i18next';

type Texts<T> = T extends { default: infer D } ? D : T;

export interface Resources {
  common: Texts<typeof import('../locales/nl/common.json')>;
  homes: Texts<typeof import('../locales/nl/homes.json')>;
  signin: Texts<typeof import('../locales/nl/signin.json')>;
  staff: Texts<typeof import('../locales/nl/staff.json')>;
  children: Texts<typeof import('../locales/nl/children.json')>;
  settings: Texts<typeof import('../locales/nl/settings.json')>;
  audit: Texts<typeof import('../locales/nl/audit.json')>;
  export: Texts<typeof import('../locales/nl/export.json')>;
  family: Texts<typeof import('../locales/nl/family.json')>;
  agreements: Texts<typeof import('../locales/nl/agreements.json')>;
  goals: Texts<typeof import('../locales/nl/goals.json')>;
  contacts: Texts<typeof import('../locales/nl/contacts.json')>;
  evaluations: Texts<typeof import('../locales/nl/evaluations.json')>;
  dashboard: Texts<typeof import('../locales/nl/dashboard.json')>;
  documents: Texts<typeof import('../locales/nl/documents.json')>;
  backup: Texts<typeof import('../locales/nl/backup.json')>;
  retention: Texts<typeof import('../locales/nl/retention.json')>;
  reports: Texts<typeof import('../locales/nl/reports.json')>;
  school: Texts<typeof import('../locales/nl/school.json')>;
  roster: Texts<typeof import('../locales/nl/roster.json')>;
}

export type Namespace = keyof Resources;
export type Language = 'nl' | 'en';

/** Every namespace of the app's screens (the Electron menu's `shell` texts live in the main process). */
export const NAMESPACES = [
  'common',
  'homes',
  'signin',
  'staff',
  'children',
  'settings',
  'audit',
  'export',
  'family',
  'agreements',
  'goals',
  'contacts',
  'evaluations',
  'dashboard',
  'documents',
  'backup',
  'retention',
  'reports',
  'school',
  'roster',
] as const satisfies readonly Namespace[];

/** What the screens before sign-in say (welcome, new home, sign-in, error screens): loaded at start. */
export const STARTUP_NAMESPACES: readonly Namespace[] = ['common', 'homes', 'signin', 'backup'];

const files = import.meta.glob<ResourceKey>(['../locales/*/*.json', '!../locales/*/shell.json'], {
  import: 'default',
});

/** One language's texts of one namespace. */
export function loadTexts(language: string, namespace: string): Promise<ResourceKey> {
  const load = files[`../locales/${language}/${namespace}.json`];
  if (!load) return Promise.reject(new Error(`No texts for ${language}/${namespace}`));
  return load();
}

/** i18next's backend: namespaces arrive as their chunks are loaded. */
export const lazyTexts: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    loadTexts(language, namespace).then(
      (texts) => callback(null, texts),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};
