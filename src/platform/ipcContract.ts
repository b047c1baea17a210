// IPC channel names shared by electron/main (handlers) and electron/preload (bridge): one place, typed.
import type { BackupOpenIntent, Platform } from './Platform';

export const IPC = {
  settingsGet: 'settings:get',
  settingsSet: 'settings:set',
  homesList: 'homes:list',
  homesSave: 'homes:save',
  homesRemove: 'homes:remove',
  fileSave: 'file:save',
  fileOpen: 'file:open',
  backupSave: 'backup:save',
  backupSaveSafety: 'backup:saveSafety',
  externalOpen: 'external:open',
  appVersion: 'app:version',
  backupTakePending: 'backup:take-pending',
  backupReadOpened: 'backup:read-opened',
} as const;

export type IpcChannel = (typeof IPC)[keyof typeof IPC];

/** Maps each channel to the Platform method it serves, so main and preload cannot drift apart. */
export interface IpcHandlers {
  [IPC.settingsGet]: Platform['getSettings'];
  [IPC.settingsSet]: Platform['setSettings'];
  [IPC.homesList]: Platform['listHomes'];
  [IPC.homesSave]: Platform['saveHome'];
  [IPC.homesRemove]: Platform['removeHome'];
  [IPC.fileSave]: Platform['saveFile'];
  [IPC.fileOpen]: Platform['openFile'];
  [IPC.backupSave]: Platform['saveBackup'];
  [IPC.backupSaveSafety]: Platform['saveSafetyBackup'];
  [IPC.externalOpen]: Platform['openExternal'];
  [IPC.appVersion]: Platform['appVersion'];
  /** The backup file the app was opened with before the renderer listened, once. */
  [IPC.backupTakePending]: () => Promise<BackupOpenIntent | null>;
  [IPC.backupReadOpened]: Platform['readOpenedBackup'];
}

/** Events the main process sends to the renderer (webContents.send → ipcRenderer.on). */
export const IPC_EVENTS = {
  /** Payload: ShellLockReason. */
  lockRequested: 'shell:lock',
  /** Payload: BackupOpenIntent. */
  backupOpened: 'shell:backup-opened',
} as const;
