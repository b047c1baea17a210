// Backup and restore of one home: the file format, making and verifying a backup, restoring one.
export {
  BACKUP_EXTENSION,
  BackupFormatError,
  backupFileName,
  decodeBackup,
  type BackupContents,
  type BackupManifest,
  type BackupProblem,
  type BackupReason,
} from './format';
export {
  createBackup,
  lastVerifiedBackup,
  makeVerifiedBackup,
  recordVerifiedBackup,
  verifyBackup,
  type BackupProgress,
  type CreatedBackup,
  type LastBackup,
  type SavedBackup,
} from './backup';
export {
  HomeExistsError,
  restoreBackup,
  unlockBackup,
  type RestoreProgress,
  type RestoreResult,
  type UnlockedBackup,
} from './restore';
export { NoSuchHomeError, storedHomeState } from './storedHome';
export { WrongSecretError } from '../crypto';

import { CURRENT_SCHEMA_VERSION } from '../migrations/schema';
import { decodeBackup, type BackupContents } from './format';

/** Reads and checks a backup file for this version of the app (refuses newer ones). */
export function readBackupFile(bytes: Uint8Array): Promise<BackupContents> {
  return decodeBackup(bytes, CURRENT_SCHEMA_VERSION);
}
