// What other features and the app shell use of the backup feature.
export { BackupCard } from './BackupCard';
export { BackupReminder } from './BackupReminder';
export { HomePolicyCard } from './HomePolicyCard';
export { RestoreBackup } from './RestoreBackup';
