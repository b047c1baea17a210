// Platform for a plain browser (Playwright, `npm run start:web`): localStorage, downloads, file input.
import type { HomeEntry, Id } from '../domain/types';
import {
  parseBackupOpenIntent,
  type BackupOpenIntent,
  type FileFilter,
  type OpenedFile,
  type Platform,
  type SaveResult,
  type VerifiedSaveResult,
} from './Platform';
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

/**
 * Backup files "opened with the app", the browser's stand-in for the Electron shell's inbox: a file
 * that arrives before anyone listens is kept for the first listener, later ones are announced; only
 * the last file can be read, by its name. Nothing in a browser opens a tab with a file, so only tests
 * (and the dev server's hook below) hand files in.
 */
export function createBrowserBackupInbox() {
  const listeners = new Set<(intent: BackupOpenIntent) => void>();
  let last: OpenedFile | null = null;
  let pending: BackupOpenIntent | null = null;
  return {
    receive(file: OpenedFile): boolean {
      const intent = parseBackupOpenIntent({ kind: 'restore', fileName: file.name });
      if (!intent) return false;
      last = { name: intent.fileName, bytes: file.bytes };
      if (listeners.size === 0) pending = intent;
      for (const listener of listeners) listener(intent);
      return true;
    },
    subscribe(listener: (intent: BackupOpenIntent) => void): () => void {
      listeners.add(listener);
      // Delivered after subscribing returns, to whoever listens then (React mounts twice in development).
      queueMicrotask(() => {
        const early = pending;
        if (!early || listeners.size === 0) return;
        pending = null;
        for (const current of listeners) current(early);
      });
      return () => {
        listeners.delete(listener);
      };
    },
    async read(intent: BackupOpenIntent): Promise<OpenedFile | null> {
      return last && last.name === intent.fileName ? { name: last.name, bytes: last.bytes } : null;
    },
  };
}

/** The dev server's test hook (never in a production build): `window.__gedeeldTest`. */
export interface BrowserTestHook {
  /** As if the app were opened with this backup file (double-click); bytes as base64. */
  openBackupFile(fileName: string, base64: string): boolean;
}

declare global {
  interface Window {
    __gedeeldTest?: BrowserTestHook;
  }
}

function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export function browserPlatform(): Platform {
  const backupInbox = createBrowserBackupInbox();
  if (import.meta.env.DEV && typeof window !== 'undefined') {
    window.__gedeeldTest = {
      openBackupFile: (fileName, base64) =>
        backupInbox.receive({ name: fileName, bytes: fromBase64(base64) }),
    };
  }
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
    // Nothing opens a browser tab with a backup file; tests do, through the inbox's hook.
    onBackupOpened: (listener) => backupInbox.subscribe(listener),
    readOpenedBackup: (intent) => backupInbox.read(intent),
  } satisfies Platform;
}
