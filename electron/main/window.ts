// The main window: hardened web preferences (tested in Node) and loading the renderer.
import { join } from 'node:path';
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './appProtocol';

export interface WindowPolicy {
  /** DevTools only for a developer's unpackaged build (`!app.isPackaged`). */
  devTools: boolean;
}

export function windowOptions(preloadPath: string, policy: WindowPolicy): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Gedeeld',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      devTools: policy.devTools,
    },
  };
}

export function rendererDir(mainDir: string): string {
  return join(mainDir, '../renderer');
}

/** The page to load: the dev server in development, otherwise the renderer over app://gedeeld. */
export function entryUrl(devServerUrl: string | undefined): string {
  return devServerUrl || APP_ENTRY_URL;
}

export function createMainWindow(
  mainDir: string,
  policy: WindowPolicy,
  devServerUrl: string | undefined,
): BrowserWindow {
  const window = new BrowserWindow(windowOptions(join(mainDir, '../preload/index.cjs'), policy));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(entryUrl(devServerUrl));
  return window;
}
