// A `.gedeeld-backup` file the app is opened with: found on the command line (Windows, Linux) or in
// macOS's open-file event, kept in the main process, announced to the renderer as a restore intent.
import { basename, isAbsolute, resolve } from 'node:path';
import type { BackupOpenIntent, OpenedFile } from '../../src/platform/Platform';

export const BACKUP_EXTENSION = '.gedeeld-backup';

/** The last argument naming a backup file (switches ignored), made absolute against `cwd`. */
export function backupPathFromArgv(argv: readonly string[], cwd: string): string | null {
  const candidates = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(BACKUP_EXTENSION));
  const last = candidates.at(-1);
  if (!last) return null;
  return isAbsolute(last) ? last : resolve(cwd, last);
}

/** Holds the path in the main process; the renderer gets only the file name and the intent. */
export function createBackupInbox(announce: (intent: BackupOpenIntent) => void) {
  let path: string | null = null;
  let pending: BackupOpenIntent | null = null;
  // The renderer asks for the pending intent when it subscribes; from then on it hears events.
  let listening = false;
  return {
    /** A file arrived: tell a listening renderer, or keep it until the renderer asks. */
    receive(filePath: string | null): void {
      if (!filePath) return;
      path = filePath;
      const intent: BackupOpenIntent = { kind: 'restore', fileName: basename(filePath) };
      if (listening) announce(intent);
      else pending = intent;
    },
    /** The intent that arrived before the renderer listened, handed out once. */
    takePending(): BackupOpenIntent | null {
      listening = true;
      const intent = pending;
      pending = null;
      return intent;
    },
    /** The full path of the last file received (it stays in the main process). */
    lastPath(): string | null {
      return path;
    },
  };
}

/** What reading a received backup needs from the file system (node:fs/promises in the app). */
export interface BackupFileReader {
  size(path: string): Promise<number>;
  read(path: string): Promise<Uint8Array>;
}

/**
 * The bytes of the file an intent names, for the restore screen: only the last file the shell
 * received, only when its name is the intent's, never larger than `maxBytes`; otherwise null.
 */
export async function readReceivedBackup(
  path: string | null,
  intent: BackupOpenIntent,
  files: BackupFileReader,
  maxBytes: number,
): Promise<OpenedFile | null> {
  if (!path || basename(path) !== intent.fileName) return null;
  try {
    if ((await files.size(path)) > maxBytes) return null;
    return { name: intent.fileName, bytes: await files.read(path) };
  } catch {
    // Gone from the USB stick, no permission: the restore screen asks the user to choose it.
    return null;
  }
}
