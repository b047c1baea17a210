// Electron main process: one instance, the app:// renderer, hardened windows, menu, IPC and settings.
// It never reads a home's data and logs nothing; crash reporting is never started (a minidump would
// hold decrypted personal data from memory).
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, powerMonitor, protocol, shell } from 'electron';
import { IPC_EVENTS } from '../../src/platform/ipcContract';
import type { Language } from '../../src/platform/settings';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, serveRenderer } from './appProtocol';
import { backupPathFromArgv, createBackupInbox, readReceivedBackup } from './backupFile';
import { saveBackupWithDialog, saveSafetyBackup } from './backups';
import { openWithDialog, saveWithDialog } from './files';
import { createIpcHandlers, MAX_BACKUP_BYTES } from './ipc';
import { menuTemplate } from './menu';
import { broadcast, lockOnPowerEvents } from './powerLock';
import { applyGuards, isTrustedSender, refusedSwitch, shellPolicy } from './security';
import { createSettingsService, openElectronStore } from './settings';
import { createMainWindow, rendererDir } from './window';

// Must happen before `ready`: the scheme's privileges are fixed when Chromium starts.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

const mainDir = import.meta.dirname;
const policy = shellPolicy(app.isPackaged, process.env);
const openExternal = (url: string) => shell.openExternal(url);
const windows = () => BrowserWindow.getAllWindows().map((window) => window.webContents);
const backups = createBackupInbox((intent) => broadcast(windows(), IPC_EVENTS.backupOpened, intent));
const backupFiles = {
  size: async (path: string) => (await stat(path)).size,
  read: async (path: string) => new Uint8Array(await readFile(path)),
};
let mainWindow: BrowserWindow | null = null;

const applyMenu = (language: Language) =>
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ language, packaged: app.isPackaged })));

if (app.isPackaged && refusedSwitch((name) => app.commandLine.hasSwitch(name))) {
  // A release started with a debugging switch: stop before any window or data exists.
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  // Two instances would open the same databases at once; the first one stays in charge.
  app.quit();
} else {
  backups.receive(backupPathFromArgv(process.argv, process.cwd()));

  app.on('second-instance', (_event, argv, workingDirectory) => {
    backups.receive(backupPathFromArgv(argv, workingDirectory));
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // macOS hands a double-clicked file over in an event instead of the command line.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    backups.receive(path);
  });

  app.on('web-contents-created', (_event, contents) => {
    applyGuards(contents, {
      origin: policy.origin,
      contentSecurityPolicy: policy.contentSecurityPolicy,
      openExternal: (url) => void openExternal(url),
    });
  });

  app.whenReady().then(async () => {
    const root = rendererDir(mainDir);
    protocol.handle(APP_SCHEME, (request) => serveRenderer(request, { root, readFile }));
    const settings = createSettingsService(await openElectronStore());
    applyMenu((await settings.getSettings()).language);
    const handlers = createIpcHandlers({
      settings: {
        ...settings,
        setSettings: async (patch) => {
          const next = await settings.setSettings(patch);
          applyMenu(next.language);
          return next;
        },
      },
      saveFile: (name, bytes, filters) => saveWithDialog(mainWindow!, name, bytes, filters),
      openFile: (filters) => openWithDialog(mainWindow!, filters),
      saveBackup: (name, bytes) => saveBackupWithDialog(mainWindow!, name, bytes),
      saveSafetyBackup: (homeId, name, bytes) =>
        saveSafetyBackup(join(app.getPath('userData'), 'backups'), homeId, name, bytes),
      openExternal,
      appVersion: () => app.getVersion(),
      takePendingBackup: () => backups.takePending(),
      readOpenedBackup: (intent) =>
        readReceivedBackup(backups.lastPath(), intent, backupFiles, MAX_BACKUP_BYTES),
      isTrustedSender: (url) => isTrustedSender(url, policy.origin),
    });
    for (const [channel, handler] of Object.entries(handlers)) ipcMain.handle(channel, handler);
    lockOnPowerEvents(powerMonitor, windows);
    mainWindow = createMainWindow(mainDir, { devTools: policy.devTools }, policy.devServerUrl);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  app.on('window-all-closed', () => app.quit());
}
