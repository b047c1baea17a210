// The one contract between the renderer and its host (Electron preload bridge or plain browser).
import type { HomeEntry, Id } from '../domain/types';
import type { AppSettings } from './settings';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export type SaveResult = { saved: true; fileName: string } | { saved: false };

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
  /** Only `mailto:` URLs are accepted. */
  openExternal(mailtoUrl: string): Promise<void>;
  appVersion(): Promise<string>;
}
