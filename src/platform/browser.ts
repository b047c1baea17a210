// Platform for a plain browser (Playwright, `npm run start:web`): localStorage, downloads, file input.
import type { HomeEntry, Id } from '../domain/types';
import type { FileFilter, OpenedFile, Platform, SaveResult, VerifiedSaveResult } from './Platform';
import { DEFAULT_SETTINGS, parseHomes, parseSettings, type AppSettings } from './settings';

const SETTINGS_KEY = 'gedeeld.settings';
const HOMES_KEY = 'gedeeld.homes';

function readJson(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Only a bare, harmless file name reaches the download attribute. */
export function safeFileName(name: string): string {
  const bare = name.split(/[\\/]/).pop() ?? '';
  const cleaned = bare.replace(/[^\p{L}\p{N}._ -]/gu, '_').replace(/^\.+/, '');
  return cleaned || 'document';
}

/** A backup as a download; the bytes of the blob handed to the browser, read back, are verified. */
async function download(suggestedName: string, bytes: Uint8Array): Promise<VerifiedSaveResult> {
  const fileName = safeFileName(suggestedName);
  const blob = new Blob([bytes.slice().buffer as ArrayBuffer]);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true, fileName, readBack: new Uint8Array(await blob.arrayBuffer()) };
}

export function browserPlatform(): Platform {
  const homes = (): HomeEntry[] => parseHomes(readJson(HOMES_KEY));
  const writeHomes = (list: HomeEntry[]) => localStorage.setItem(HOMES_KEY, JSON.stringify(list));
  return {
    kind: 'browser',
    async getSettings(): Promise<AppSettings> {
      return parseSettings(readJson(SETTINGS_KEY) ?? DEFAULT_SETTINGS);
    },
    async setSettings(patch: Partial<AppSettings>): Promise<AppSettings> {
      const next = parseSettings({ ...parseSettings(readJson(SETTINGS_KEY)), ...patch });
      localStorage.setItem(SETTINGS_KEY, JSON.stringify(next));
      return next;
    },
    async listHomes() {
      return homes();
    },
    async saveHome(home: HomeEntry) {
      writeHomes([...homes().filter((h) => h.id !== home.id), home]);
    },
    async removeHome(id: Id) {
      writeHomes(homes().filter((h) => h.id !== id));
    },
    async saveFile(suggestedName: string, bytes: Uint8Array, _filters: FileFilter[]): Promise<SaveResult> {
      const fileName = safeFileName(suggestedName);
      const blob = new Blob([bytes.slice().buffer as ArrayBuffer]);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { saved: true, fileName };
    },
    openFile(filters: FileFilter[]): Promise<OpenedFile | null> {
      return new Promise((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
        input.addEventListener('change', async () => {
          const file = input.files?.[0];
          resolve(file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null);
        });
        input.addEventListener('cancel', () => resolve(null));
        input.click();
      });
    },
    saveBackup(suggestedName: string, bytes: Uint8Array) {
      return download(suggestedName, bytes);
    },
    // A browser has no folder of its own that survives clearing the site's data: a download it is.
    saveSafetyBackup(_homeId: Id, fileName: string, bytes: Uint8Array) {
      return download(fileName, bytes);
    },
    async openExternal(mailtoUrl: string) {
      if (!mailtoUrl.startsWith('mailto:')) throw new Error('only mailto: links');
      window.location.href = mailtoUrl;
    },
    async appVersion() {
      return import.meta.env.VITE_APP_VERSION ?? 'dev';
    },
    // A browser tab gets no suspend or screen-lock signal; the UI locks on its visibility instead.
    onLockRequest: () => () => {},
    // Nothing opens a browser tab with a backup file.
    onBackupOpened: () => () => {},
  } satisfies Platform;
}
