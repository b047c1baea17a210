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

/** Why the shell asks every open home to lock: the system goes to sleep or the screen is locked. */
export type ShellLockReason = 'suspend' | 'lock-screen';
export const SHELL_LOCK_REASONS: readonly ShellLockReason[] = ['suspend', 'lock-screen'];

/**
 * The app was opened with a `.gedeeld-backup` file (double-click, "Open with"): the welcome screen may
 * offer to restore it. Only the bare file name crosses to the renderer; the shell keeps the path.
 */
export interface BackupOpenIntent {
  kind: 'restore';
  fileName: string;
}

/** Stops a subscription. */
export type Unsubscribe = () => void;

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
  /** Electron: system suspend and screen lock. The browser has no such signal (the UI watches visibility). */
  onLockRequest(listener: (reason: ShellLockReason) => void): Unsubscribe;
  /**
   * Electron: a backup file the app was started or activated with, including one that arrived before
   * this subscription. Restoring it is the restore screen's work; the browser never calls back.
   */
  onBackupOpened(listener: (intent: BackupOpenIntent) => void): Unsubscribe;
  /**
   * The contents of the backup file an intent names (the last one the app was opened with), for the
   * restore screen; null when it is gone, too large or no longer the file the shell holds.
   */
  readOpenedBackup(intent: BackupOpenIntent): Promise<OpenedFile | null>;
}

export function isShellLockReason(value: unknown): value is ShellLockReason {
  return SHELL_LOCK_REASONS.includes(value as ShellLockReason);
}

/** Accepts only a well-formed intent with a bare `.gedeeld-backup` file name. */
export function parseBackupOpenIntent(value: unknown): BackupOpenIntent | null {
  const intent = value as Partial<BackupOpenIntent> | null;
  if (typeof intent !== 'object' || intent === null || intent.kind !== 'restore') return null;
  const name = intent.fileName;
  if (typeof name !== 'string' || /[\\/\p{Cc}]/u.test(name) || !/\.gedeeld-backup$/i.test(name)) return null;
  return { kind: 'restore', fileName: name };
}
