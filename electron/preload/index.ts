// Sandboxed preload: exposes exactly the Platform API as `window.gedeeld`, never ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC, IPC_EVENTS } from '../../src/platform/ipcContract';
import {
  isShellLockReason,
  parseBackupOpenIntent,
  type BackupOpenIntent,
  type Platform,
} from '../../src/platform/Platform';

/** Subscribes to one main → renderer event; the listener only ever sees a validated payload. */
function subscribe<T>(channel: string, parse: (payload: unknown) => T | null, listener: (value: T) => void) {
  const handler = (_event: IpcRendererEvent, payload: unknown) => {
    const value = parse(payload);
    if (value !== null) listener(value);
  };
  ipcRenderer.on(channel, handler);
  return () => {
    ipcRenderer.removeListener(channel, handler);
  };
}

/**
 * The main process hands a pending file out once. It goes to whoever listens when the answer comes;
 * if the listener that asked left meanwhile (React mounts twice in development) and nobody listens,
 * it waits here for the next listener.
 */
const backupListeners = new Set<(intent: BackupOpenIntent) => void>();
let unclaimedBackup: BackupOpenIntent | null = null;

function handOutBackup(intent: BackupOpenIntent) {
  if (backupListeners.size === 0) unclaimedBackup = intent;
  for (const listener of backupListeners) listener(intent);
}

const platform = {
  kind: 'electron',
  getSettings: () => ipcRenderer.invoke(IPC.settingsGet),
  setSettings: (patch) => ipcRenderer.invoke(IPC.settingsSet, patch),
  listHomes: () => ipcRenderer.invoke(IPC.homesList),
  saveHome: (home) => ipcRenderer.invoke(IPC.homesSave, home),
  removeHome: (id) => ipcRenderer.invoke(IPC.homesRemove, id),
  saveFile: (suggestedName, bytes, filters) =>
    ipcRenderer.invoke(IPC.fileSave, suggestedName, bytes, filters),
  openFile: (filters) => ipcRenderer.invoke(IPC.fileOpen, filters),
  saveBackup: (suggestedName, bytes) => ipcRenderer.invoke(IPC.backupSave, suggestedName, bytes),
  saveSafetyBackup: (homeId, fileName, bytes) =>
    ipcRenderer.invoke(IPC.backupSaveSafety, homeId, fileName, bytes),
  openExternal: (mailtoUrl) => ipcRenderer.invoke(IPC.externalOpen, mailtoUrl),
  appVersion: () => ipcRenderer.invoke(IPC.appVersion),
  onLockRequest: (listener) =>
    subscribe(IPC_EVENTS.lockRequested, (reason) => (isShellLockReason(reason) ? reason : null), listener),
  onBackupOpened: (listener) => {
    backupListeners.add(listener);
    const unsubscribe = subscribe(IPC_EVENTS.backupOpened, parseBackupOpenIntent, listener);
    if (unclaimedBackup) {
      const intent = unclaimedBackup;
      unclaimedBackup = null;
      queueMicrotask(() => handOutBackup(intent));
    }
    // A file the app was started with arrived before anyone listened: the main process kept it.
    void ipcRenderer.invoke(IPC.backupTakePending).then((pending: unknown) => {
      const intent = parseBackupOpenIntent(pending);
      if (intent) handOutBackup(intent);
    });
    return () => {
      backupListeners.delete(listener);
      unsubscribe();
    };
  },
  readOpenedBackup: (intent) => ipcRenderer.invoke(IPC.backupReadOpened, intent),
} satisfies Platform;

contextBridge.exposeInMainWorld('gedeeld', platform);
