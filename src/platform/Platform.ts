// The one contract between the renderer and its host (Electron preload bridge or plain browser).
import type { HomeEntry, Id } from '../domain/types';
import type { AppSettings } from './settings';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export type SaveResult = { saved: true; fileName: string } | { saved: false };

/** A saved backup as read back from where it was written, so the app can verify it. */
export type VerifiedSaveResult = { saved: true; fileName: string; readBack: Uint8Array } | { saved: false };

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface Platform {
  readonly kind: 'electron' | 'browser';
  getSettings(): Promise<AppSettings>;
  /** Merges the patch into the stored settings (validated) and returns the result. */
  setSettings(patch: Partial<AppSettings>): Promise<AppSettings>;
  listHomes(): Promise<HomeEntry[]>;
  /** Adds or replaces a home in the registry. */
  saveHome(home: HomeEntry): Promise<void>;
  removeHome(id: Id): Promise<void>;
  /** Electron: save dialog + atomic write; browser: a download. */
  saveFile(suggestedName: string, bytes: Uint8Array, filters: FileFilter[]): Promise<SaveResult>;
  openFile(filters: FileFilter[]): Promise<OpenedFile | null>;
  /** A backup where the user chooses (Electron: save dialog, atomic write, read back; browser: a download). */
  saveBackup(suggestedName: string, bytes: Uint8Array): Promise<VerifiedSaveResult>;
  /**
   * A safety backup before a migration, deletion or restore. Electron: the app's own folder
   * (userData/backups/<home id>, the last 5 per home kept), read back; browser: offered as a download.
   */
  saveSafetyBackup(homeId: Id, fileName: string, bytes: Uint8Array): Promise<VerifiedSaveResult>;
  /** Only `mailto:` URLs are accepted. */
  openExternal(mailtoUrl: string): Promise<void>;
  appVersion(): Promise<string>;
}
