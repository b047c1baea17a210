// IPC handlers from the typed channel map: every call checks its sender and validates its arguments.
import type { IpcMainInvokeEvent } from 'electron';
import { IPC, type IpcChannel } from '../../src/platform/ipcContract';
import {
  parseBackupOpenIntent,
  type BackupOpenIntent,
  type FileFilter,
  type Platform,
} from '../../src/platform/Platform';
import { isAllowedExternalUrl } from './security';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** A backup holds a whole home: years of records, far beyond a document. */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;

export class IpcRejected extends Error {
  constructor(reason: string) {
    super(`ipc rejected: ${reason}`);
    this.name = 'IpcRejected';
  }
}

/** A bare file name: no folders, no control or reserved characters. */
export function sanitizeFileName(name: unknown): string {
  if (typeof name !== 'string') throw new IpcRejected('file name');
  const bare = name.split(/[\\/]/).pop() ?? '';
  const cleaned = bare
    .replace(/[\p{Cc}<>:"|?*]/gu, '_')
    .replace(/^\.+/, '')
    .slice(0, 120);
  return cleaned || 'document';
}

function filters(value: unknown): FileFilter[] {
  if (!Array.isArray(value)) throw new IpcRejected('filters');
  return value.map((filter) => {
    const { name, extensions } = (filter ?? {}) as Partial<FileFilter>;
    if (
      typeof name !== 'string' ||
      !Array.isArray(extensions) ||
      !extensions.every((e) => /^[a-z0-9]{1,10}$/i.test(String(e)))
    ) {
      throw new IpcRejected('filters');
    }
    return { name, extensions: extensions.map(String) };
  });
}

function backupBytes(bytes: unknown): Uint8Array {
  if (!(bytes instanceof Uint8Array) || bytes.byteLength > MAX_BACKUP_BYTES)
    throw new IpcRejected('backup bytes');
  return bytes;
}

export interface IpcDeps {
  settings: Pick<Platform, 'getSettings' | 'setSettings' | 'listHomes' | 'saveHome' | 'removeHome'>;
  saveFile: Platform['saveFile'];
  openFile: Platform['openFile'];
  saveBackup: Platform['saveBackup'];
  saveSafetyBackup: Platform['saveSafetyBackup'];
  openExternal: (url: string) => Promise<void>;
  appVersion: () => string;
  takePendingBackup: () => BackupOpenIntent | null;
  readOpenedBackup: Platform['readOpenedBackup'];
  isTrustedSender: (frameUrl: string) => boolean;
}

type Handler = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, ...args: unknown[]) => Promise<unknown>;

export function createIpcHandlers(deps: IpcDeps): Record<IpcChannel, Handler> {
  const guarded =
    (run: (...args: unknown[]) => Promise<unknown>): Handler =>
    async (event, ...args) => {
      const url = event.senderFrame?.url ?? '';
      if (!deps.isTrustedSender(url)) throw new IpcRejected('untrusted sender');
      return run(...args);
    };
  return {
    [IPC.settingsGet]: guarded(() => deps.settings.getSettings()),
    [IPC.settingsSet]: guarded((patch) => {
      if (typeof patch !== 'object' || patch === null) throw new IpcRejected('settings');
      return deps.settings.setSettings(patch);
    }),
    [IPC.homesList]: guarded(() => deps.settings.listHomes()),
    [IPC.homesSave]: guarded((home) => deps.settings.saveHome(home as never)),
    [IPC.homesRemove]: guarded((id) => {
      if (typeof id !== 'string') throw new IpcRejected('home id');
      return deps.settings.removeHome(id);
    }),
    [IPC.fileSave]: guarded((name, bytes, fileFilters) => {
      if (!(bytes instanceof Uint8Array) || bytes.byteLength > MAX_FILE_BYTES)
        throw new IpcRejected('file bytes');
      return deps.saveFile(sanitizeFileName(name), bytes, filters(fileFilters));
    }),
    [IPC.fileOpen]: guarded((fileFilters) => deps.openFile(filters(fileFilters))),
    [IPC.backupSave]: guarded((name, bytes) => deps.saveBackup(sanitizeFileName(name), backupBytes(bytes))),
    [IPC.backupSaveSafety]: guarded((homeId, name, bytes) => {
      if (typeof homeId !== 'string' || !/^[a-z0-9-]{1,64}$/.test(homeId)) throw new IpcRejected('home id');
      return deps.saveSafetyBackup(homeId, sanitizeFileName(name), backupBytes(bytes));
    }),
    [IPC.externalOpen]: guarded((url) => {
      if (typeof url !== 'string' || !isAllowedExternalUrl(url)) throw new IpcRejected('external url');
      return deps.openExternal(url);
    }),
    [IPC.appVersion]: guarded(async () => deps.appVersion()),
    [IPC.backupTakePending]: guarded(async () => deps.takePendingBackup()),
    [IPC.backupReadOpened]: guarded((intent) => {
      const parsed = parseBackupOpenIntent(intent);
      if (!parsed) throw new IpcRejected('backup intent');
      return deps.readOpenedBackup(parsed);
    }),
  };
}
