// Electron main process: one instance, hardened windows, IPC handlers and settings; nothing else.
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, shell } from 'electron';
import { saveBackupWithDialog, saveSafetyBackup } from './backups';
import { createIpcHandlers } from './ipc';
import { openWithDialog, saveWithDialog } from './files';
import { appOrigin, applyGuards, isTrustedSender } from './security';
import { createSettingsService, openElectronStore } from './settings';
import { createMainWindow, rendererDir } from './window';

const mainDir = import.meta.dirname;
const origin = appOrigin(process.env.ELECTRON_RENDERER_URL);
const openExternal = (url: string) => shell.openExternal(url);
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // Two instances would open the same databases at once; the first one stays in charge.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    applyGuards(contents, {
      origin,
      rendererDir: rendererDir(mainDir),
      openExternal: (url) => void openExternal(url),
    });
  });

  app.whenReady().then(async () => {
    const settings = createSettingsService(await openElectronStore());
    const handlers = createIpcHandlers({
      settings,
      saveFile: (name, bytes, filters) => saveWithDialog(mainWindow!, name, bytes, filters),
      openFile: (filters) => openWithDialog(mainWindow!, filters),
      saveBackup: (name, bytes) => saveBackupWithDialog(mainWindow!, name, bytes),
      saveSafetyBackup: (homeId, name, bytes) =>
        saveSafetyBackup(join(app.getPath('userData'), 'backups'), homeId, name, bytes),
      openExternal,
      appVersion: () => app.getVersion(),
      isTrustedSender: (url) => isTrustedSender(url, origin, rendererDir(mainDir)),
    });
    for (const [channel, handler] of Object.entries(handlers)) ipcMain.handle(channel, handler);
    mainWindow = createMainWindow(mainDir);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  app.on('window-all-closed', () => app.quit());
}
