// The encryption middleware: transparent for the app, opaque on disk, bound to its record and home.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  encryptionMiddleware,
  ENCRYPTED_FIELD,
  LEGACY_ENCRYPTED_FIELD,
  legacyRecordAad,
  LockedError,
  type KeyHolder,
} from '../../../src/data/crypto';
import { gcm } from '@noble/ciphers/aes.js';

const SCHEMA = { children: 'id, placementStart, [childId+version]', keySlots: 'id, staffId' };
const opened: Dexie[] = [];

function holder(key: Uint8Array | null = crypto.getRandomValues(new Uint8Array(32))) {
  let current = key;
  return {
    current: () => current,
    drop: () => {
      current = null;
    },
  } satisfies KeyHolder & { drop(): void };
}

/** Records reported as damaged by the middleware, as `table:id`. */
let damaged: string[] = [];

function encryptedDb(name: string, keyHolder: KeyHolder, acceptLegacy = false) {
  const db = new Dexie(name);
  db.version(1).stores(SCHEMA);
  db.use(
    encryptionMiddleware({
      dbName: name,
      keyHolder,
      clearTables: ['keySlots'],
      acceptLegacy: () => acceptLegacy,
      onDamaged: (table, id) => damaged.push(`${table}:${String(id)}`),
    }),
  );
  opened.push(db);
  return db;
}

/** The same database without the middleware: what is really on disk. */
function rawDb(name: string) {
  const db = new Dexie(name);
  db.version(1).stores(SCHEMA);
  opened.push(db);
  return db;
}

function everythingStored(values: unknown[]): string {
  return values
    .map((value) =>
      JSON.stringify(value, (_key, v: unknown) =>
        v instanceof Uint8Array ? `${new TextDecoder().decode(v)} ${String.fromCharCode(...v)}` : v,
      ),
    )
    .join('\n');
}

const sanne = { id: 'c1', name: 'Sanne de Vries', notes: 'woont bij oma', placementStart: '2026-01-05' };

afterEach(() => {
  opened.splice(0).forEach((db) => db.close());
  damaged = [];
});

const daan = { id: 'c2', name: 'Daan Visser', placementStart: '2025-03-01' };

/** A home with Sanne and Daan, and the raw view of it. */
async function twoChildren(prefix: string) {
  const name = `${prefix}-${crypto.randomUUID()}`;
  const keys = holder();
  const db = encryptedDb(name, keys);
  await db.table('children').bulkPut([sanne, daan]);
  return { name, keys, db, raw: rawDb(name) };
}

describe('encryption middleware', () => {
  it('round-trips records through put, get, queries, orderBy, modify and bulkPut', async () => {
    const name = `roundtrip-${crypto.randomUUID()}`;
    const db = encryptedDb(name, holder());
    await db.table('children').put(sanne);
    await db.table('children').bulkPut([
      { id: 'c2', name: 'Daan Visser', placementStart: '2025-03-01' },
      { id: 'c3', name: 'Zoë Bakker', placementStart: '2026-06-01' },
    ]);
    expect(await db.table('children').get('c1')).toEqual(sanne);
    const recent = await db.table('children').where('placementStart').above('2026-01-01').toArray();
    expect(recent.map((child) => child.name).sort()).toEqual(['Sanne de Vries', 'Zoë Bakker']);
    const ordered = await db.table('children').orderBy('placementStart').toArray();
    expect(ordered.map((child) => child.id)).toEqual(['c2', 'c1', 'c3']);
    const filtered = await db
      .table('children')
      .filter((child) => child.name.startsWith('Daan'))
      .toArray();
    expect(filtered).toHaveLength(1);
    await db.table('children').where('id').equals('c2').modify({ notes: 'nieuw' });
    expect((await db.table('children').get('c2')).notes).toBe('nieuw');
    expect(await db.table('children').bulkGet(['c3', 'missing'])).toEqual([
      { id: 'c3', name: 'Zoë Bakker', placementStart: '2026-06-01' },
      undefined,
    ]);
  });

  it('stores no personal data in clear: the name appears nowhere in the raw database', async () => {
    const name = `raw-${crypto.randomUUID()}`;
    const db = encryptedDb(name, holder());
    await db.table('children').put(sanne);
    const stored = await rawDb(name).table('children').toArray();
    const text = everythingStored(stored);
    for (const secret of ['Sanne', 'Vries', 'oma']) expect(text).not.toContain(secret);
    expect(stored[0]).toMatchObject({ id: 'c1', placementStart: '2026-01-05' });
    expect(Object.keys(stored[0]).sort()).toEqual([ENCRYPTED_FIELD, 'id', 'placementStart']);
  });

  it('stores format v2: a format byte, a fresh 24-byte nonce per write, ciphertext and tag', async () => {
    const name = `iv-${crypto.randomUUID()}`;
    const db = encryptedDb(name, holder());
    await db.table('children').put(sanne);
    const first = (await rawDb(name).table('children').get('c1'))[ENCRYPTED_FIELD] as Uint8Array;
    await db.table('children').put(sanne);
    const second = (await rawDb(name).table('children').get('c1'))[ENCRYPTED_FIELD] as Uint8Array;
    expect(first[0]).toBe(0x02);
    expect(Buffer.from(first.subarray(1, 25)).equals(Buffer.from(second.subarray(1, 25)))).toBe(false);
  });

  it('skips and reports a ciphertext copied to another record; the rest still reads', async () => {
    const { db, raw } = await twoChildren('swap');
    const a = await raw.table('children').get('c1');
    await raw
      .table('children')
      .put({ ...(await raw.table('children').get('c2')), [ENCRYPTED_FIELD]: a[ENCRYPTED_FIELD] });
    expect(await db.table('children').get('c2')).toBeUndefined();
    expect((await db.table('children').toArray()).map((child) => child.id)).toEqual(['c1']);
    expect((await db.table('children').get('c1')).name).toBe('Sanne de Vries');
    expect(damaged).toContain('children:c2');
  });

  it('skips a record whose clear (indexed) field was changed on disk, in lists, cursors and gets', async () => {
    const { db, raw } = await twoChildren('clear-field');
    const stored = await raw.table('children').get('c1');
    await raw.table('children').put({ ...stored, placementStart: '2020-01-01' });
    expect(await db.table('children').get('c1')).toBeUndefined();
    expect((await db.table('children').orderBy('placementStart').toArray()).map((c) => c.id)).toEqual(['c2']);
    const viaCursor = await db
      .table('children')
      .filter(() => true)
      .toArray();
    expect(viaCursor.map((child) => child.id)).toEqual(['c2']);
    expect(new Set(damaged)).toEqual(new Set(['children:c1']));
  });

  it('skips a record with a clear field added or removed on disk', async () => {
    const { db, raw } = await twoChildren('added-field');
    const stored = await raw.table('children').get('c1');
    await raw.table('children').put({ ...stored, childId: 'c9' });
    const { placementStart: _removed, ...withoutIndex } = await raw.table('children').get('c2');
    await raw.table('children').put(withoutIndex);
    expect(await db.table('children').toArray()).toEqual([]);
    expect(new Set(damaged)).toEqual(new Set(['children:c1', 'children:c2']));
  });

  it('rejects a row without a ciphertext in an encrypted table, never returning it as genuine', async () => {
    const { db, raw } = await twoChildren('plain-row');
    await raw.table('children').put({ id: 'c3', name: 'Ingevoegd', placementStart: '2026-01-01' });
    expect(await db.table('children').get('c3')).toBeUndefined();
    expect((await db.table('children').toArray()).map((child) => child.id).sort()).toEqual(['c1', 'c2']);
    expect(damaged).toContain('children:c3');
  });

  it('skips a record with a single flipped byte', async () => {
    const { db, raw } = await twoChildren('tamper');
    const stored = await raw.table('children').get('c1');
    const bytes = new Uint8Array(stored[ENCRYPTED_FIELD]);
    bytes[30] = (bytes[30] ?? 0) ^ 0xff;
    await raw.table('children').put({ ...stored, [ENCRYPTED_FIELD]: bytes });
    expect(await db.table('children').get('c1')).toBeUndefined();
    expect(await db.table('children').count()).toBe(2);
    expect(new Set(damaged)).toEqual(new Set(['children:c1']));
  });

  it('binds ciphertexts to their home: another database name cannot open them', async () => {
    const key = crypto.getRandomValues(new Uint8Array(32));
    const name = `home-a-${crypto.randomUUID()}`;
    await encryptedDb(name, holder(key)).table('children').put(sanne);
    const stored = await rawDb(name).table('children').get('c1');
    const otherName = `home-b-${crypto.randomUUID()}`;
    await rawDb(otherName).table('children').put(stored);
    expect(await encryptedDb(otherName, holder(key)).table('children').get('c1')).toBeUndefined();
    expect(new Set(damaged)).toEqual(new Set(['children:c1']));
  });

  it('rejects reads and writes while locked; the wrong key opens nothing', async () => {
    const name = `locked-${crypto.randomUUID()}`;
    const keys = holder();
    const db = encryptedDb(name, keys);
    await db.table('children').put(sanne);
    keys.drop();
    await expect(db.table('children').get('c1')).rejects.toBeInstanceOf(LockedError);
    await expect(db.table('children').toArray()).rejects.toBeInstanceOf(LockedError);
    await expect(db.table('children').put(sanne)).rejects.toBeInstanceOf(LockedError);
    db.close();
    expect(await encryptedDb(name, holder()).table('children').get('c1')).toBeUndefined();
  });

  it('opens format-v1 records only while the migration to format v2 accepts them', async () => {
    const key = crypto.getRandomValues(new Uint8Array(32));
    const name = `legacy-${crypto.randomUUID()}`;
    const { id, placementStart, ...hidden } = sanne;
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const sealed = gcm(key, iv, legacyRecordAad(name, 'children', id)).encrypt(
      new TextEncoder().encode(JSON.stringify(hidden)),
    );
    const blob = new Uint8Array([...iv, ...sealed]);
    await rawDb(name)
      .table('children')
      .put({ id, placementStart, [LEGACY_ENCRYPTED_FIELD]: blob });
    expect(await encryptedDb(name, holder(key), true).table('children').get('c1')).toEqual(sanne);
    expect(await encryptedDb(name, holder(key), false).table('children').get('c1')).toBeUndefined();
  });

  it('leaves clear tables (key slots) as they are', async () => {
    const name = `clear-${crypto.randomUUID()}`;
    const keys = holder();
    const db = encryptedDb(name, keys);
    const slot = { id: 's1', staffId: 'st1', label: 'Marieke', salt: new Uint8Array([1, 2]) };
    await db.table('keySlots').put(slot);
    keys.drop();
    expect(await db.table('keySlots').get('s1')).toEqual(slot);
    expect(await rawDb(name).table('keySlots').get('s1')).toEqual(slot);
  });
});
