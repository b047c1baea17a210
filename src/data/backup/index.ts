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
  recordVerifiedBackup,
  verifyBackup,
  type BackupProgress,
  type CreatedBackup,
  type LastBackup,
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
