// Dexie DBCore middleware: every non-indexed property is sealed into one blob on write and opened on
// read. A record that fails to open is skipped and reported, never thrown through a whole list.
import type {
  DBCore,
  DBCoreCursor,
  Middleware,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTableSchema,
} from 'dexie';
import { legacyRecordAad, openLegacyRecord, openRecord, recordAadEncoder, sealRecord } from './fieldCipher';

/** Where a record-format-v2 blob is stored. */
export const ENCRYPTED_FIELD = '_sealed';
/** Where schema version 1 stored its format-v1 blob (read only by the migration to format v2). */
export const LEGACY_ENCRYPTED_FIELD = '_enc';

export interface KeyHolder {
  current(): Uint8Array | null;
}

export class LockedError extends Error {
  constructor() {
    super('home is locked');
    this.name = 'LockedError';
  }
}

type Row = Record<string, unknown>;
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const DAMAGED = Symbol('damaged');

/** Top-level properties that must stay readable because the primary key or an index uses them. */
function clearProperties(schema: DBCoreTableSchema): Set<string> {
  const paths = [schema.primaryKey.keyPath, ...schema.indexes.map((index) => index.keyPath)];
  const names = paths.flatMap((path) => (path === null ? [] : Array.isArray(path) ? path : [path]));
  return new Set(names.map((name) => name.split('.')[0]!));
}

function primaryKeyOf(schema: DBCoreTableSchema, row: Row, explicit: unknown): unknown {
  const path = schema.primaryKey.keyPath;
  if (typeof path === 'string') return row[path];
  if (Array.isArray(path)) return path.map((part) => row[part]);
  return explicit;
}

function encryptedTable(table: DBCoreTable, options: EncryptionOptions): DBCoreTable {
  const { dbName, keyHolder } = options;
  const clear = clearProperties(table.schema);
  const derived = Object.entries(options.derived?.[table.name] ?? {}) as [string, (row: Row) => unknown][];
  const derivedNames = new Set(derived.map(([field]) => field));
  const recordAad = recordAadEncoder(dbName, table.name);
  const key = () => {
    const current = keyHolder.current();
    if (!current) throw new LockedError();
    return current;
  };

  const seal = (row: Row, explicitKey: unknown): Row => {
    const kept: Row = {};
    const hidden: Row = {};
    for (const [name, value] of Object.entries(row)) {
      if (name === ENCRYPTED_FIELD || name === LEGACY_ENCRYPTED_FIELD || value === undefined) continue;
      if (derivedNames.has(name)) continue;
      (clear.has(name) ? kept : hidden)[name] = value;
    }
    // Derived index fields are computed here, on every write, so no writer can forget or fake them.
    for (const [field, compute] of derived) {
      const value = compute(row);
      if (value !== undefined) kept[field] = value;
    }
    const aad = recordAad(primaryKeyOf(table.schema, row, explicitKey), kept);
    return { ...kept, [ENCRYPTED_FIELD]: sealRecord(key(), aad, encoder.encode(JSON.stringify(hidden))) };
  };

  // Every record a screen shows passes here: no copies of the row, and no `delete` on the result
  // (which would turn it into a slow dictionary-mode object for everything that reads it later).
  const openV2 = (row: Row, explicitKey: unknown): Row => {
    // The additional data covers every stored field but the blob, derived index fields included.
    const aad = recordAad(primaryKeyOf(table.schema, row, explicitKey), row, ENCRYPTED_FIELD);
    const record = JSON.parse(decoder.decode(openRecord(key(), aad, row[ENCRYPTED_FIELD]))) as Row;
    // The clear fields win over the opened ones, as `{ ...hidden, ...clear }` would; derived ones are left out.
    for (const name of Object.keys(row)) {
      if (name !== ENCRYPTED_FIELD && !derivedNames.has(name)) record[name] = row[name];
    }
    for (const name of derivedNames) if (name in record) delete record[name];
    return record;
  };

  const openV1 = (row: Row, explicitKey: unknown): Row => {
    const { [LEGACY_ENCRYPTED_FIELD]: sealed, ...kept } = row;
    const aad = legacyRecordAad(dbName, table.name, primaryKeyOf(table.schema, row, explicitKey));
    const hidden = JSON.parse(decoder.decode(openLegacyRecord(key(), aad, sealed))) as Row;
    return { ...hidden, ...kept };
  };

  /** The plain record, `undefined` for none, or DAMAGED (reported) when it cannot be opened. */
  const open = (row: unknown, explicitKey?: unknown): unknown => {
    if (row === undefined) return undefined;
    const current = key();
    try {
      if (!row || typeof row !== 'object') throw new Error('not a record');
      const stored = row as Row;
      if (ENCRYPTED_FIELD in stored) return openV2(stored, explicitKey);
      // A row without a ciphertext in an encrypted table was not written by us: never return it.
      if (LEGACY_ENCRYPTED_FIELD in stored && options.acceptLegacy?.()) return openV1(stored, explicitKey);
      throw new Error('no ciphertext');
    } catch (error) {
      if (keyHolder.current() !== current) throw new LockedError();
      const id =
        row && typeof row === 'object' ? primaryKeyOf(table.schema, row as Row, explicitKey) : explicitKey;
      options.onDamaged?.(table.name, id, error);
      return DAMAGED;
    }
  };

  const visible = (value: unknown) => (value === DAMAGED ? undefined : value);

  const wrapCursor = (cursor: DBCoreCursor): DBCoreCursor => {
    let cachedFor: unknown = Symbol('none');
    let cached: unknown;
    const current = () => {
      // Cursors are read several times per step (filters, then the result): open once per record.
      if (cachedFor !== cursor.primaryKey) {
        cached = open(cursor.value, cursor.primaryKey);
        cachedFor = cursor.primaryKey;
      }
      return cached;
    };
    return Object.create(cursor, {
      key: { get: () => cursor.key },
      primaryKey: { get: () => cursor.primaryKey },
      value: { get: () => visible(current()) },
      start: {
        value: (onNext: () => void) =>
          cursor.start(() => {
            // A damaged record is stepped over: the caller sees only records that open.
            if (current() === DAMAGED) cursor.continue();
            else onNext();
          }),
      },
    }) as DBCoreCursor;
  };

  return {
    ...table,
    mutate(req: DBCoreMutateRequest) {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      try {
        const values = req.values.map((value, i) => seal(value as Row, req.keys?.[i]));
        return table.mutate({ ...req, values });
      } catch (error) {
        return Promise.reject(error);
      }
    },
    get: (req) => table.get(req).then((value) => visible(open(value, req.key))),
    getMany: (req) =>
      table.getMany(req).then((values) => values.map((value, i) => visible(open(value, req.keys[i])))),
    query: (req) =>
      table.query(req).then((response) => {
        if (!req.values) return response;
        const result = response.result.map((value) => open(value)).filter((value) => value !== DAMAGED);
        return { ...response, result };
      }),
    openCursor: (req) =>
      table.openCursor(req).then((cursor) => (cursor && req.values !== false ? wrapCursor(cursor) : cursor)),
  };
}

export interface EncryptionOptions {
  dbName: string;
  keyHolder: KeyHolder;
  /** Tables stored as they are (key slots, meta, damage reports): read before anyone has signed in. */
  clearTables: readonly string[];
  /** Whether format-v1 blobs may still be opened: only until the migration to format v2 has run. */
  acceptLegacy?: () => boolean;
  /** Per table: clear fields computed from the record on write (for indexes), left out on read. */
  derived?: Readonly<Record<string, Readonly<Record<string, (record: never) => unknown>>>>;
  /** Told about every record that fails to open (table and key only; never its content). */
  onDamaged?: (table: string, primaryKey: unknown, error: unknown) => void;
}

export function encryptionMiddleware(options: EncryptionOptions): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'gedeeld-encryption',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name: string) {
          const table = down.table(name);
          return options.clearTables.includes(name) ? table : encryptedTable(table, options);
        },
      };
    },
  };
}
