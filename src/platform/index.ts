// Picks the platform: the Electron bridge when the preload exposed it, the browser one otherwise.
import type { Platform } from './Platform';
import { browserPlatform } from './browser';
import { electronPlatform } from './electron';

export function pickPlatform(): Platform {
  return electronPlatform() ?? browserPlatform();
}

export type {
  Platform,
  FileFilter,
  OpenedFile,
  SaveResult,
  ShellLockReason,
  BackupOpenIntent,
  Unsubscribe,
} from './Platform';
export {
  DEFAULT_SETTINGS,
  AUTO_LOCK_RANGE,
  LANGUAGES,
  effectiveAutoLockMinutes,
  withAutoLockCap,
  type AppSettings,
  type Language,
} from './settings';
