// Sandboxed preload: exposes exactly the Platform API as `window.gedeeld`, never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC } from '../../src/platform/ipcContract';
import type { Platform } from '../../src/platform/Platform';

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
} satisfies Platform;

contextBridge.exposeInMainWorld('gedeeld', platform);
