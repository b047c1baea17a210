// IPC channel names shared by electron/main (handlers) and electron/preload (bridge): one place, typed.
import type { Platform } from './Platform';

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
}
