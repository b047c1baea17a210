// A home's rows exactly as IndexedDB stores them (no encryption middleware): read for a backup in one
// read-only transaction, written back for a restore in one read-write transaction.
import Dexie from 'dexie';
import type { Id } from '../../domain/types';
import { homeDbName } from '../db';
import { SCHEMA_VERSIONS } from '../migrations/schema';
import type { StoredRow } from './format';

export interface StoredHome {
  schemaVersion: number;
  tables: Record<string, StoredRow[]>;
}

/** The meta key that marks a restore still under way: such a database may be overwritten by a rerun. */
export const RESTORE_PENDING_KEY = 'restore:pending';

export class NoSuchHomeError extends Error {
  constructor() {
    super('no database for this home');
    this.name = 'NoSuchHomeError';
  }
}

/** Opens an existing database as it is (no version declared, so nothing is upgraded or created). */
async function openAsStored(homeId: Id): Promise<Dexie> {
  const db = new Dexie(homeDbName(homeId), { cache: 'disabled' });
  try {
    await db.open();
  } catch (error) {
    db.close();
    if (error instanceof Dexie.NoSuchDatabaseError) throw new NoSuchHomeError();
    throw error;
  }
  return db;
}

/**
 * Every table's rows in one read-only transaction, so a write from another window lands wholly
 * before or wholly after the snapshot. `onTable` is told as each table has been read.
 */
export async function readStoredHome(
  homeId: Id,
  onTable: (name: string) => void = () => undefined,
): Promise<StoredHome> {
  const db = await openAsStored(homeId);
  try {
    const names = db.tables.map((table) => table.name).sort();
    const tables: Record<string, StoredRow[]> = {};
    await db.transaction('r', names, async () => {
      for (const name of names) {
        tables[name] = (await db.table(name).toArray()) as StoredRow[];
        onTable(name);
      }
    });
    return { schemaVersion: db.verno, tables };
  } finally {
    db.close();
  }
}

/** Whether a database exists for the home and holds any row but a pending restore's. */
export async function storedHomeState(homeId: Id): Promise<'none' | 'restorePending' | 'inUse'> {
  if (!(await Dexie.exists(homeDbName(homeId)))) return 'none';
  const db = await openAsStored(homeId);
  try {
    const names = db.tables.map((table) => table.name);
    if (names.includes('meta') && (await db.table('meta').get(RESTORE_PENDING_KEY))) return 'restorePending';
    for (const name of names) if ((await db.table(name).count()) > 0) return 'inUse';
    return 'none';
  } finally {
    db.close();
  }
}

/** A plain connection at the current schema (creates or upgrades the stores; no middleware). */
function openPlain(homeId: Id): Dexie {
  const db = new Dexie(homeDbName(homeId), { chromeTransactionDurability: 'strict', cache: 'disabled' });
  for (const version of SCHEMA_VERSIONS) db.version(version.version).stores(version.stores);
  return db;
}

export interface WriteOptions {
  onTable?: (name: string) => void;
  /** Tests only: throws after this many tables, inside the transaction, as a crash would. */
  failAfterTables?: number;
}

/**
 * Replaces every row of the home's database by the given stored rows, all or nothing, and marks the
 * database as a restore under way (cleared by `finishRestore`). Rows of an older schema version are
 * written as they are: the content migrations bring them up to date after unlocking.
 */
export async function writeStoredHome(
  homeId: Id,
  tables: Record<string, StoredRow[]>,
  options: WriteOptions = {},
): Promise<void> {
  const db = openPlain(homeId);
  try {
    await db.open();
    const known = new Set(db.tables.map((table) => table.name));
    const unknown = Object.keys(tables).filter((name) => !known.has(name));
    if (unknown.length > 0) throw new Error(`unknown tables in backup: ${unknown.length}`);
    let written = 0;
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) await table.clear();
      await db
        .table('meta')
        .put({ key: RESTORE_PENDING_KEY, value: { startedAt: new Date().toISOString() } });
      for (const [name, rows] of Object.entries(tables)) {
        if (options.failAfterTables !== undefined && written >= options.failAfterTables) {
          throw new Error('restore interrupted (test fault)');
        }
        await db.table(name).bulkAdd(rows);
        written += 1;
        options.onTable?.(name);
      }
    });
  } finally {
    db.close();
  }
}
