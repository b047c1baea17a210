// The encryption middleware: transparent for the app, opaque on disk, bound to its record and home.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DecryptionError,
  encryptionMiddleware,
  ENCRYPTED_FIELD,
  LockedError,
  type KeyHolder,
} from '../../../src/data/crypto';

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

function encryptedDb(name: string, keyHolder: KeyHolder) {
  const db = new Dexie(name);
  db.version(1).stores(SCHEMA);
  db.use(encryptionMiddleware({ dbName: name, keyHolder, clearTables: ['keySlots'] }));
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
});

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

  it('uses a fresh IV for every write of the same record', async () => {
    const name = `iv-${crypto.randomUUID()}`;
    const db = encryptedDb(name, holder());
    await db.table('children').put(sanne);
    const first = (await rawDb(name).table('children').get('c1'))[ENCRYPTED_FIELD] as Uint8Array;
    await db.table('children').put(sanne);
    const second = (await rawDb(name).table('children').get('c1'))[ENCRYPTED_FIELD] as Uint8Array;
    expect(Buffer.from(first.subarray(0, 12)).equals(Buffer.from(second.subarray(0, 12)))).toBe(false);
  });

  it('detects a ciphertext copied to another record', async () => {
    const name = `swap-${crypto.randomUUID()}`;
    const db = encryptedDb(name, holder());
    await db
      .table('children')
      .bulkPut([sanne, { id: 'c2', name: 'Daan Visser', placementStart: '2025-03-01' }]);
    const raw = rawDb(name);
    const a = await raw.table('children').get('c1');
    await raw
      .table('children')
      .put({ ...(await raw.table('children').get('c2')), [ENCRYPTED_FIELD]: a[ENCRYPTED_FIELD] });
    await expect(db.table('children').get('c2')).rejects.toBeInstanceOf(DecryptionError);
    await expect(db.table('children').toArray()).rejects.toBeInstanceOf(DecryptionError);
    expect((await db.table('children').get('c1')).name).toBe('Sanne de Vries');
  });

  it('detects tampering with a single byte', async () => {
    const name = `tamper-${crypto.randomUUID()}`;
    const db = encryptedDb(name, holder());
    await db.table('children').put(sanne);
    const raw = rawDb(name);
    const stored = await raw.table('children').get('c1');
    const bytes = new Uint8Array(stored[ENCRYPTED_FIELD]);
    bytes[20] = (bytes[20] ?? 0) ^ 0xff;
    await raw.table('children').put({ ...stored, [ENCRYPTED_FIELD]: bytes });
    await expect(db.table('children').get('c1')).rejects.toBeInstanceOf(DecryptionError);
  });

  it('binds ciphertexts to their home: another database name cannot open them', async () => {
    const key = crypto.getRandomValues(new Uint8Array(32));
    const name = `home-a-${crypto.randomUUID()}`;
    await encryptedDb(name, holder(key)).table('children').put(sanne);
    const stored = await rawDb(name).table('children').get('c1');
    const otherName = `home-b-${crypto.randomUUID()}`;
    await rawDb(otherName).table('children').put(stored);
    await expect(encryptedDb(otherName, holder(key)).table('children').get('c1')).rejects.toBeInstanceOf(
      DecryptionError,
    );
  });

  it('rejects reads and writes while locked, and with the wrong key', async () => {
    const name = `locked-${crypto.randomUUID()}`;
    const keys = holder();
    const db = encryptedDb(name, keys);
    await db.table('children').put(sanne);
    keys.drop();
    await expect(db.table('children').get('c1')).rejects.toBeInstanceOf(LockedError);
    await expect(db.table('children').put(sanne)).rejects.toBeInstanceOf(LockedError);
    db.close();
    await expect(encryptedDb(name, holder()).table('children').get('c1')).rejects.toBeInstanceOf(
      DecryptionError,
    );
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
