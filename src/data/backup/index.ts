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
import { TABLE_NAMES } from '../tables';
import { BackupFormatError as FormatError, decodeBackup, type BackupContents } from './format';

/** Reads and checks a backup file for this version of the app: newer versions and unknown tables are refused. */
export async function readBackupFile(bytes: Uint8Array): Promise<BackupContents> {
  const contents = await decodeBackup(bytes, CURRENT_SCHEMA_VERSION);
  const known = new Set<string>(TABLE_NAMES);
  if (!contents.manifest.tables.every((entry) => known.has(entry.name))) throw new FormatError('corrupt');
  if (!contents.tables.keySlots?.length) throw new FormatError('corrupt');
  return contents;
}
