// Damage is contained and nothing outlives a lock: flipped bytes, swapped slots, concurrent wrong
// passwords, a full disk.
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENCRYPTED_FIELD } from '../../../src/data/crypto';
import { homeDbName } from '../../../src/data/db';
import { createRepositories } from '../../../src/data/repositories';
import { LockedHome, type Session } from '../../../src/data/session';
import { newTestHome, TEST_PASSWORD } from './testSession';

const child = (name: string) => ({
  name,
  birthDate: '2012-05-14',
  placementStart: '2026-01-05',
  legalFramework: 'voluntary' as const,
  languages: [],
  mentorAssignments: [],
  contactNormDays: 7,
  evaluationIntervalMonths: 3,
});

async function signIn(homeId: string, staffId: string, secret = TEST_PASSWORD): Promise<Session> {
  const result = await new LockedHome(homeId).signIn(staffId, secret);
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return result.session;
}

/** Runs `change` on the raw database (no middleware): what someone with the files could do. */
async function onDisk(homeId: string, change: (db: Dexie) => Promise<void>) {
  const raw = new Dexie(homeDbName(homeId));
  await raw.open();
  await change(raw);
  raw.close();
}

async function flipByte(raw: Dexie, table: string, id: string) {
  const row = await raw.table(table).get(id);
  const bytes = new Uint8Array(row[ENCRYPTED_FIELD]);
  bytes[40] = (bytes[40] ?? 0) ^ 0x01;
  await raw.table(table).put({ ...row, [ENCRYPTED_FIELD]: bytes });
}

const restores: (() => void)[] = [];
afterEach(() => restores.splice(0).forEach((restore) => restore()));

/** Makes IndexedDB writes to one store fail as a full disk does. */
function fullDiskFor(store: string) {
  const proto = IDBObjectStore.prototype;
  const { add, put } = proto;
  const failing = (original: typeof add) =>
    function (this: IDBObjectStore, ...args: Parameters<typeof add>) {
      if (this.name === store) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
  proto.add = failing(add);
  proto.put = failing(put);
  restores.push(() => {
    proto.add = add;
    proto.put = put;
  });
}

describe('damaged records', () => {
  it('skips a child and a contact with one flipped byte; the others still show; coordinators see them', async () => {
    const { homeId, session, repos } = await newTestHome();
    const [noor, daan] = [
      await repos.children.create(child('Noor')),
      await repos.children.create(child('Daan')),
    ];
    const contact = (childId: string, summary: string) =>
      repos.contacts.create({
        childId,
        at: '2026-11-20T10:00:00.000Z',
        channel: 'phone',
        familyMemberIds: ['mother'],
        staffId: session.staffId,
        summary,
        followUps: [],
      });
    const broken = await contact(noor.id, 'Gebeld met moeder');
    await contact(daan.id, 'Gebeld met vader');
    session.lock();
    await onDisk(homeId, async (raw) => {
      await flipByte(raw, 'children', noor.id);
      await flipByte(raw, 'contacts', broken.id);
    });

    const again = await signIn(homeId, session.staffId);
    const reopened = createRepositories(again);
    expect((await reopened.children.list()).map((c) => c.name)).toEqual(['Daan']);
    expect((await reopened.contacts.list()).map((c) => c.summary)).toEqual(['Gebeld met vader']);
    expect(await reopened.children.get(noor.id)).toBeUndefined();
    await vi.waitFor(async () => expect(await again.damagedRecords()).toHaveLength(2));
    const damaged = await again.damagedRecords();
    expect(damaged.map((record) => `${record.table}:${record.id}`).sort()).toEqual(
      [`children:${noor.id}`, `contacts:${broken.id}`].sort(),
    );
    expect(JSON.stringify(damaged)).not.toContain('Noor');
    // Reading them again does not log them again.
    await reopened.children.list();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const audit = await again.db.auditLog.where('action').equals('damagedRecord').toArray();
    expect(audit.map((entry) => entry.entityId).sort()).toEqual([noor.id, broken.id].sort());
    again.lock();
  });
});

describe('sign-in and lock', () => {
  it('reads a record changed on disk while locked afresh at the next sign-in', async () => {
    const { homeId, session, repos } = await newTestHome();
    const noor = await repos.children.create(child('Noor'));
    expect((await repos.children.get(noor.id))?.name).toBe('Noor');
    session.lock();
    // Another window (or a restore) changes the record meanwhile.
    const other = await signIn(homeId, session.staffId);
    await createRepositories(other).children.update(noor.id, { name: 'Noor Bakker' });
    other.lock();
    const again = await signIn(homeId, session.staffId);
    expect((await createRepositories(again).children.get(noor.id))?.name).toBe('Noor Bakker');
    again.lock();
  });

  it('counts eight wrong passwords sent at once as eight', async () => {
    const { homeId, session } = await newTestHome();
    session.lock();
    const locked = new LockedHome(homeId);
    const now = new Date('2026-11-24T10:00:00Z');
    await Promise.all(
      Array.from({ length: 8 }, () => locked.signIn(session.staffId, 'fout-wachtwoord', now)),
    );
    const slot = await locked.db.keySlots.where('staffId').equals(session.staffId).first();
    expect(slot?.failedAttempts).toBe(8);
    expect(slot?.pendingFailures).toHaveLength(8);
    locked.close();
  });

  it('refuses both people when the staff ids of two key slots are swapped on disk', async () => {
    const { homeId, session, repos } = await newTestHome();
    const { staff: bram, oneTimeCode } = await repos.staff.addWithAccess({
      name: 'Bram',
      role: 'careWorker',
      activeFrom: '2026-01-01',
    });
    const bramSession = await signIn(homeId, bram.id, oneTimeCode);
    await bramSession.setPassword('bram-wachtwoord');
    bramSession.lock();
    session.lock();
    await onDisk(homeId, async (raw) => {
      const slots = await raw.table('keySlots').where('kind').equals('staff').toArray();
      const [a, b] = slots;
      await raw.table('keySlots').bulkPut([
        { ...a, staffId: b.staffId },
        { ...b, staffId: a.staffId },
      ]);
    });
    const locked = new LockedHome(homeId);
    expect(await locked.signIn(session.staffId, 'bram-wachtwoord')).toMatchObject({ ok: false });
    expect(await locked.signIn(bram.id, TEST_PASSWORD)).toMatchObject({ ok: false });
    expect(await locked.signIn(session.staffId, TEST_PASSWORD)).toMatchObject({ ok: false });
    locked.close();
  });
});

describe('a full disk', () => {
  it('leaves nothing half-written when a save fails for lack of space', async () => {
    const { repos } = await newTestHome();
    const noor = await repos.children.create(child('Noor'));
    const before = await repos.audit.list();
    fullDiskFor('agreementRevisions');
    await expect(
      repos.agreements.add(noor.id, {
        topic: 'bedtimes',
        text: 'Om 20:30 naar bed',
        responsible: [{ kind: 'groupStaff' }],
        status: 'agreed',
        agreedOn: '2026-11-01',
        agreedWith: [],
      }),
    ).rejects.toMatchObject({ name: expect.stringMatching(/Quota/) });
    restores.splice(0).forEach((restore) => restore());
    expect(await repos.agreements.byChild(noor.id)).toEqual([]);
    expect(await repos.audit.list()).toHaveLength(before.length);
  });

  it('still signs in when the audit log cannot be written; the failures wait for the next time', async () => {
    const { homeId, session } = await newTestHome();
    session.lock();
    const locked = new LockedHome(homeId);
    await locked.signIn(session.staffId, 'fout-wachtwoord');
    fullDiskFor('auditLog');
    const again = await locked.signIn(session.staffId, TEST_PASSWORD);
    expect(again.ok).toBe(true);
    restores.splice(0).forEach((restore) => restore());
    if (again.ok) again.session.lock();
    const slot = await new LockedHome(homeId).db.keySlots.where('staffId').equals(session.staffId).first();
    expect(slot?.pendingFailures).toHaveLength(1);
  });
});
