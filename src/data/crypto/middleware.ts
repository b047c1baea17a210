// Dexie DBCore middleware: every non-indexed property is sealed into `_enc` on write and opened on read.
import type {
  DBCore,
  DBCoreCursor,
  Middleware,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTableSchema,
} from 'dexie';
import { openRecord, recordAad, sealRecord } from './fieldCipher';

export const ENCRYPTED_FIELD = '_enc';

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
  const key = () => {
    const current = keyHolder.current();
    if (!current) throw new LockedError();
    return current;
  };

  const seal = (row: Row, explicitKey: unknown): Row => {
    const kept: Row = {};
    const hidden: Row = {};
    for (const [name, value] of Object.entries(row)) {
      if (name === ENCRYPTED_FIELD) continue;
      (clear.has(name) ? kept : hidden)[name] = value;
    }
    const aad = recordAad(dbName, table.name, primaryKeyOf(table.schema, row, explicitKey));
    kept[ENCRYPTED_FIELD] = sealRecord(key(), aad, encoder.encode(JSON.stringify(hidden)));
    return kept;
  };

  const open = (row: unknown, explicitKey?: unknown): unknown => {
    if (!row || typeof row !== 'object' || !(ENCRYPTED_FIELD in row)) return row;
    const { [ENCRYPTED_FIELD]: sealed, ...kept } = row as Row;
    const aad = recordAad(dbName, table.name, primaryKeyOf(table.schema, row as Row, explicitKey));
    const hidden = JSON.parse(decoder.decode(openRecord(key(), aad, sealed as Uint8Array))) as Row;
    return { ...hidden, ...kept };
  };

  const wrapCursor = (cursor: DBCoreCursor): DBCoreCursor => {
    let cachedFor: unknown = Symbol('none');
    let cached: unknown;
    return Object.create(cursor, {
      key: { get: () => cursor.key },
      primaryKey: { get: () => cursor.primaryKey },
      value: {
        get: () => {
          // Cursors are read several times per step (filters, then the result): decrypt once per record.
          if (cachedFor !== cursor.primaryKey) {
            cached = open(cursor.value, cursor.primaryKey);
            cachedFor = cursor.primaryKey;
          }
          return cached;
        },
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
    get: (req) => table.get(req).then((value) => open(value, req.key)),
    getMany: (req) => table.getMany(req).then((values) => values.map((value, i) => open(value, req.keys[i]))),
    query: (req) =>
      table
        .query(req)
        .then((response) =>
          req.values ? { ...response, result: response.result.map((value) => open(value)) } : response,
        ),
    openCursor: (req) =>
      table.openCursor(req).then((cursor) => (cursor && req.values !== false ? wrapCursor(cursor) : cursor)),
  };
}

export interface EncryptionOptions {
  dbName: string;
  keyHolder: KeyHolder;
  /** Tables stored as they are: the key slots, read before anyone has signed in. */
  clearTables: readonly string[];
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
