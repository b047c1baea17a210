// Backup files the app is opened with (double-click, "Open with"): each one is read through the
// platform and handed to the restore screen as if the user had chosen it there.
import type { OpenedFile, Platform, Unsubscribe } from '../../platform/Platform';

/** A backup file the app was opened with; `file` is null when it could not be read. */
export interface OpenedBackup {
  fileName: string;
  file: OpenedFile | null;
}

export function followOpenedBackups(
  platform: Pick<Platform, 'onBackupOpened' | 'readOpenedBackup'>,
  onOpened: (opened: OpenedBackup) => void,
): Unsubscribe {
  let active = true;
  const unsubscribe = platform.onBackupOpened((intent) => {
    void platform
      .readOpenedBackup(intent)
      .catch(() => null)
      .then((file) => {
        if (active) onOpened({ fileName: intent.fileName, file });
      });
  });
  return () => {
    active = false;
    unsubscribe();
  };
}
