// Making a backup: the stored rows as they are (no decryption), key slots without sign-in names, a
// manifest and a hash; and verifying the file as it was read back from where it was saved.
import type { HomeEntry, Id } from '../../domain/types';
import type { KeySlot } from '../crypto';
import type { HomeDb } from '../db';
import { CURRENT_SCHEMA_VERSION } from '../migrations/schema';
import {
  BackupFormatError,
  backupFileName,
  decodeBackup,
  encodeBackup,
  FORMAT_VERSION,
  type BackupManifest,
  type BackupReason,
  type StoredRow,
} from './format';
import { readStoredHome } from './storedHome';

export interface BackupProgress {
  /** Steps done: each table read, then each table written to the file. */
  done: number;
  total: number;
}

export interface CreateBackupInput {
  home: HomeEntry;
  /** Staff id of whoever makes it; null when nobody is signed in (a safety backup). */
  createdBy: Id | null;
  reason: BackupReason;
  appVersion: string;
  now?: Date;
  onProgress?: (progress: BackupProgress) => void;
}

export interface CreatedBackup {
  bytes: Uint8Array;
  manifest: BackupManifest;
  fileName: string;
}

/** Key slots carry sign-in names in the clear; the file carries none (they return on restore). */
function withoutNames(slot: StoredRow): StoredRow {
  const { label: _name, ...rest } = slot as unknown as KeySlot & StoredRow;
  return rest;
}

export async function createBackup(input: CreateBackupInput): Promise<CreatedBackup> {
  const now = input.now ?? new Date();
  const report = input.onProgress ?? (() => undefined);
  let done = 0;
  let total = 0;
  const stored = await readStoredHome(input.home.id, () => report({ done: ++done, total: total || done }));
  const names = Object.keys(stored.tables).sort();
  total = names.length * 2;
  report({ done, total });
  const tables: Record<string, StoredRow[]> = {
    ...stored.tables,
    keySlots: (stored.tables.keySlots ?? []).map(withoutNames),
  };
  const manifest: BackupManifest = {
    app: 'gedeeld',
    format: FORMAT_VERSION,
    appVersion: input.appVersion,
    schemaVersion: stored.schemaVersion,
    home: {
      id: input.home.id,
      name: input.home.name,
      kind: input.home.kind,
      createdAt: input.home.createdAt,
    },
    createdAt: now.toISOString(),
    createdBy: input.createdBy,
    reason: input.reason,
    tables: names.map((name) => ({ name, count: tables[name]!.length })),
  };
  const bytes = await encodeBackup({ manifest, tables }, () => report({ done: ++done, total }));
  const iso = now.toISOString();
  const fileName = backupFileName(input.home.name, iso.slice(0, 10), {
    reason: input.reason,
    time: iso.slice(11, 19),
  });
  return { bytes, manifest, fileName };
}

/**
 * Decodes the file as read back from disk and checks it is the backup just made: hash (inside
 * `decodeBackup`), home, moment and every table's count. Throws BackupFormatError('corrupt') if not.
 */
export async function verifyBackup(readBack: Uint8Array, expected: BackupManifest): Promise<void> {
  const { manifest } = await decodeBackup(readBack, CURRENT_SCHEMA_VERSION);
  const same =
    manifest.home.id === expected.home.id &&
    manifest.createdAt === expected.createdAt &&
    manifest.tables.length === expected.tables.length &&
    manifest.tables.every(
      (entry, i) => entry.name === expected.tables[i]!.name && entry.count === expected.tables[i]!.count,
    );
  if (!same) throw new BackupFormatError('corrupt');
}

/** The clear `meta` record of the last verified backup made by hand (date and who; no names). */
export interface LastBackup {
  at: string;
  by: Id | null;
}

const LAST_BACKUP_KEY = 'backup:lastVerified';

export async function recordVerifiedBackup(db: HomeDb, backup: LastBackup): Promise<void> {
  await db.meta.put({ key: LAST_BACKUP_KEY, value: backup });
}

export async function lastVerifiedBackup(db: HomeDb): Promise<LastBackup | null> {
  const record = await db.meta.get(LAST_BACKUP_KEY);
  const value = record?.value as Partial<LastBackup> | undefined;
  return typeof value?.at === 'string' ? { at: value.at, by: value.by ?? null } : null;
}

export interface SavedBackup {
  saved: true;
  fileName: string;
  manifest: BackupManifest;
}

export interface MakeBackupInput extends CreateBackupInput {
  /** Where it goes (a Platform method); must return the bytes as read back from there. */
  save: (
    fileName: string,
    bytes: Uint8Array,
  ) => Promise<{ saved: true; fileName: string; readBack: Uint8Array } | { saved: false }>;
}

/** Makes a backup, saves it and verifies what was read back; `{ saved: false }` when the user cancelled. */
export async function makeVerifiedBackup(input: MakeBackupInput): Promise<SavedBackup | { saved: false }> {
  const backup = await createBackup(input);
  const result = await input.save(backup.fileName, backup.bytes);
  if (!result.saved) return result;
  await verifyBackup(result.readBack, backup.manifest);
  return { saved: true, fileName: result.fileName, manifest: backup.manifest };
}
