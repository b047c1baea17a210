// Sandboxed preload: exposes exactly the Platform API as `window.gedeeld`, never ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC, IPC_EVENTS } from '../../src/platform/ipcContract';
import { isShellLockReason, parseBackupOpenIntent, type Platform } from '../../src/platform/Platform';

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
    const unsubscribe = subscribe(IPC_EVENTS.backupOpened, parseBackupOpenIntent, listener);
    // A file the app was started with arrived before anyone listened: the main process kept it.
    void ipcRenderer.invoke(IPC.backupTakePending).then((pending: unknown) => {
      const intent = parseBackupOpenIntent(pending);
      if (intent) listener(intent);
    });
    return unsubscribe;
  },
} satisfies Platform;

contextBridge.exposeInMainWorld('gedeeld', platform);
