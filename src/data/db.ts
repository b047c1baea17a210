// The Dexie schema of one home's database, opened with the encryption middleware.
import Dexie, { type IndexableType, type Table } from 'dexie';
import type { Id } from '../domain/types';
import { encryptionMiddleware, type KeyHolder } from './crypto';
import { emitDatabaseEvent } from './dbEvents';
import { SCHEMA_VERSIONS } from './migrations/schema';
import { CLEAR_TABLES, DERIVED_FIELDS, type RecordOf, type TableName } from './tables';

export const homeDbName = (homeId: Id): string => `gedeeld-home-${homeId}`;

export { CLEAR_TABLES, type TableName } from './tables';

export type HomeDb = Dexie & { [N in TableName]: Table<RecordOf<N>, IndexableType> };

/** A mutable holder for the data key: dropping it locks every table but the clear ones. */
export class MemoryKeyHolder implements KeyHolder {
  private key: Uint8Array | null = null;
  current(): Uint8Array | null {
    return this.key;
  }
  set(key: Uint8Array): void {
    this.key = key;
  }
  drop(): void {
    this.key?.fill(0);
    this.key = null;
  }
}

const keyHolders = new WeakMap<Dexie, KeyHolder>();

/** The key holder a database was opened with (for keys derived from the data key, e.g. the audit chain). */
export function keyHolderOf(db: HomeDb): KeyHolder {
  const holder = keyHolders.get(db);
  if (!holder) throw new Error('database opened without a key holder');
  return holder;
}

export interface OpenOptions {
  /** Whether format-v1 records may still be opened (until the migration to format v2 has run). */
  acceptLegacy?: () => boolean;
  /** Told about every record that fails to open. */
  onDamaged?: (table: string, primaryKey: unknown) => void;
}

export function openHomeDb(homeId: Id, keyHolder: KeyHolder, options: OpenOptions = {}): HomeDb {
  const name = homeDbName(homeId);
  // No query cache: after a lock nothing decrypted may be served again without reading the disk.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict', cache: 'disabled' }) as HomeDb;
  for (const version of SCHEMA_VERSIONS) db.version(version.version).stores(version.stores);
  db.use(
    encryptionMiddleware({
      dbName: name,
      keyHolder,
      clearTables: CLEAR_TABLES,
      derived: DERIVED_FIELDS,
      ...options,
    }),
  );
  keyHolders.set(db, keyHolder);
  // A newer version opened elsewhere: close here so the other window can upgrade, and say so; a write
  // after this fails visibly (DatabaseClosedError) instead of being lost in silence.
  db.on('versionchange', () => {
    db.close();
    emitDatabaseEvent({ kind: 'closedForUpgrade', homeId });
    return false;
  });
  // This window upgrades while another still holds the old version open: it waits until that closes.
  db.on('blocked', () => emitDatabaseEvent({ kind: 'blocked', homeId }));
  db.on('ready', () => emitDatabaseEvent({ kind: 'ready', homeId }));
  return db;
}

/** Deletes a home's whole database. */
export async function deleteHomeDb(homeId: Id): Promise<void> {
  await Dexie.delete(homeDbName(homeId));
}
