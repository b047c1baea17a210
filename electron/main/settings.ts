// App settings and the home registry over a small key-value store (electron-store in the app).
import type { HomeEntry, Id } from '../../src/domain/types';
import { parseHomes, parseSettings, type AppSettings } from '../../src/platform/settings';

export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export function createSettingsService(store: KeyValueStore) {
  const homes = () => parseHomes(store.get('homes'));
  return {
    async getSettings(): Promise<AppSettings> {
      return parseSettings(store.get('settings'));
    },
    async setSettings(patch: Partial<AppSettings>): Promise<AppSettings> {
      const next = parseSettings({ ...parseSettings(store.get('settings')), ...patch });
      store.set('settings', next);
      return next;
    },
    async listHomes(): Promise<HomeEntry[]> {
      return homes();
    },
    async saveHome(home: HomeEntry): Promise<void> {
      const [valid] = parseHomes([home]);
      if (!valid) throw new Error('invalid home entry');
      store.set('homes', [...homes().filter((entry) => entry.id !== valid.id), valid]);
    },
    async removeHome(id: Id): Promise<void> {
      store.set(
        'homes',
        homes().filter((entry) => entry.id !== id),
      );
    },
  };
}

/** The real store: only language, auto-lock minutes and the home registry; no personal data. */
export async function openElectronStore(): Promise<KeyValueStore> {
  const { default: Store } = await import('electron-store');
  const store = new Store<Record<string, unknown>>({ name: 'gedeeld-settings' });
  return { get: (key) => store.get(key), set: (key, value) => store.set(key, value) };
}
