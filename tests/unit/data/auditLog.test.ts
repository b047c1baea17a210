// The audit log on a real (fake-indexeddb) home: every writer extends the chain, tampering on disk is found.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { chainLegacyAuditLog, recordAudit, verifyAuditLog } from '../../../src/data/audit';
import { deriveAuditKey, verifyChain } from '../../../src/data/auditChain';
import { homeDbName, keyHolderOf, type HomeDb } from '../../../src/data/db';
import { VERSION_2 } from '../../../src/data/migrations/0002-record-format-v2';
import { createRepositories } from '../../../src/data/repositories';
import { LockedHome } from '../../../src/data/session';
import type { AuditEntry, Child, Draft } from '../../../src/domain/types';
import { newTestHome, TEST_PASSWORD } from './testSession';

const child = (name: string): Draft<Child> => ({
  name,
  birthDate: '2011-03-02',
  placementStart: '2026-02-01',
  legalFramework: 'voluntary',
  languages: [],
  mentorAssignments: [],
  contactNormDays: 7,
  evaluationIntervalMonths: 3,
});

/** The same database without the encryption middleware: what someone with the files sees. */
function rawDb(homeId: string) {
  const raw = new Dexie(homeDbName(homeId));
  raw.version(VERSION_2.version).stores(VERSION_2.stores);
  return raw;
}

const chainKeyOf = (db: HomeDb) => deriveAuditKey(keyHolderOf(db).current()!);

describe('audit chain on disk', () => {
  it('stays intact over many writes in separate and concurrent transactions', async () => {
    const { repos, session } = await newTestHome();
    for (let i = 0; i < 5; i++) await repos.children.create(child(`Kind ${i}`));
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) => repos.children.create(child(`Tegelijk ${i}`))),
    );
    await Promise.all([
      ...created.slice(0, 5).map((c) => repos.children.update(c.id, { contactNormDays: 14 })),
      ...created.slice(5, 10).map((c) => repos.audit.recordExport('handover', c.id)),
      ...created.slice(10, 15).map((c) => repos.children.remove(c.id)),
    ]);
    const entries = await session.db.auditLog.orderBy('seq').toArray();
    // The coordinator's creation, 25 creates, 5 updates, 5 exports, 5 deletes.
    expect(entries).toHaveLength(41);
    expect(entries.map((entry) => entry.seq)).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
    expect(entries.every((entry) => /^[0-9a-f]{64}$/.test(entry.chain ?? ''))).toBe(true);
    expect(await verifyAuditLog(session.db)).toEqual({ intact: true, count: 41 });
    session.lock();
  });

  it('finds a deleted, an edited and a reordered entry in raw storage, each at its place', async () => {
    const { repos, session, homeId } = await newTestHome();
    for (let i = 0; i < 6; i++) await repos.children.create(child(`Kind ${i}`));
    expect(await verifyAuditLog(session.db)).toEqual({ intact: true, count: 7 });
    const raw = rawDb(homeId);
    const original = await raw.table('auditLog').toArray();
    const atSeq = (seq: number) => original.find((row: AuditEntry) => row.seq === seq) as AuditEntry;
    const restore = async () => {
      // Entries that no longer open are reported (and audited) a moment after the read: let that land.
      await new Promise((resolve) => setTimeout(resolve, 30));
      await raw.table('auditLog').clear();
      await raw.table('auditLog').bulkAdd(original);
      expect(await verifyAuditLog(session.db)).toEqual({ intact: true, count: 7 });
    };

    await raw.table('auditLog').delete(atSeq(4).id);
    expect(await verifyAuditLog(session.db)).toEqual({ intact: false, at: 4, problem: 'deleted' });
    await restore();

    // Record format v2 binds clear fields to the ciphertext: an entry edited on disk no longer opens at
    // all, so the chain misses it at its place.
    await raw.table('auditLog').update(atSeq(5).id, { action: 'export' });
    expect(await verifyAuditLog(session.db)).toEqual({ intact: false, at: 5, problem: 'deleted' });
    await restore();

    await raw.table('auditLog').update(atSeq(2).id, { at: '2020-01-01T00:00:00.000Z' });
    expect(await verifyAuditLog(session.db)).toEqual({ intact: false, at: 2, problem: 'deleted' });
    await restore();

    // Swap two seq values (through a free one: the index is unique).
    await raw.table('auditLog').update(atSeq(3).id, { seq: 1000 });
    await raw.table('auditLog').update(atSeq(4).id, { seq: 3 });
    await raw.table('auditLog').update(atSeq(3).id, { seq: 4 });
    expect(await verifyAuditLog(session.db)).toMatchObject({ intact: false, at: 3 });
    await restore();
    raw.close();
    session.lock();
  });

  it('finds an entry re-put through Dexie with a changed field', async () => {
    const { repos, session } = await newTestHome();
    const created = await repos.children.create(child('Daan'));
    const entry = (await session.db.auditLog.toArray()).find((e) => e.entityId === created.id);
    await session.db.auditLog.put({ ...entry!, entity: 'goals' });
    expect(await verifyAuditLog(session.db)).toEqual({ intact: false, at: entry!.seq, problem: 'edited' });
    session.lock();
  });

  it('uses a chain key that is not the data key and differs per home', async () => {
    const a = await newTestHome();
    const b = await newTestHome();
    const keyA = chainKeyOf(a.session.db);
    expect(Buffer.from(keyA).equals(Buffer.from(keyHolderOf(a.session.db).current()!))).toBe(false);
    expect(Buffer.from(keyA).equals(Buffer.from(chainKeyOf(b.session.db)))).toBe(false);
    const entriesA = await a.session.db.auditLog.orderBy('seq').toArray();
    expect(verifyChain(entriesA, keyA)).toEqual({ intact: true, count: 1 });
    expect(verifyChain(entriesA, chainKeyOf(b.session.db))).toMatchObject({ intact: false, at: 1 });
    a.session.lock();
    b.session.lock();
  });

  it('chains entries written before the chain existed, beside entries written after, once', async () => {
    const { session } = await newTestHome();
    const db = session.db;
    // Entries as schema version 1 wrote them: no seq, no chain.
    await db.auditLog.bulkAdd(
      ['2026-01-05T10:00:00.000Z', '2026-01-04T10:00:00.000Z', '2026-01-06T10:00:00.000Z'].map((at, i) => ({
        id: `legacy-${i}`,
        at,
        action: 'signIn' as const,
        entity: 'staff',
      })),
    );
    await recordAudit(db, { action: 'signIn', entity: 'staff', staffId: session.staffId });
    expect(await verifyAuditLog(db)).toMatchObject({ intact: false });
    expect(await chainLegacyAuditLog(db)).toBe(5);
    expect(await verifyAuditLog(db)).toEqual({ intact: true, count: 5 });
    expect(await chainLegacyAuditLog(db)).toBe(0);
    const order = (await db.auditLog.orderBy('seq').toArray()).map((entry) => entry.id);
    expect(order.slice(0, 3)).toEqual(['legacy-1', 'legacy-0', 'legacy-2']);
    // New entries go on from the end of the migrated chain.
    await recordAudit(db, { action: 'export', entity: 'export:handover', staffId: session.staffId });
    expect(await verifyAuditLog(db)).toEqual({ intact: true, count: 6 });
    session.lock();
  });

  it('chains failed sign-ins when they are flushed at the next sign-in', async () => {
    const { homeId, session } = await newTestHome();
    const staffId = session.staffId;
    session.lock();
    const locked = new LockedHome(homeId);
    const start = new Date();
    for (let i = 0; i < 3; i++) await locked.signIn(staffId, `fout-${i}`, start);
    const result = await locked.signIn(staffId, TEST_PASSWORD, new Date(start.getTime() + 60 * 60_000));
    if (!result.ok) throw new Error(result.reason);
    const entries = await result.session.db.auditLog.orderBy('seq').toArray();
    expect(entries.map((entry) => entry.action)).toEqual([
      'create',
      'signInFailed',
      'signInFailed',
      'signInFailed',
      'signIn',
    ]);
    expect(await createRepositories(result.session).audit.verify()).toEqual({ intact: true, count: 5 });
    result.session.lock();
  });
});

describe('audit entries about a child', () => {
  it('carry the child id for the child itself, its records, its exports and opening its file, and filter by it', async () => {
    const { repos, session } = await newTestHome();
    const daan = await repos.children.create(child('Daan'));
    const zoe = await repos.children.create(child('Zoë'));
    const member = await repos.familyMembers.create({
      childId: daan.id,
      kind: 'parent',
      relation: 'mother',
      name: 'Moeder',
      hasParentalAuthority: true,
      interpreterNeeded: false,
      receivesReports: true,
    });
    await repos.familyMembers.remove(member.id);
    await repos.agreements.add(daan.id, {
      topic: 'bedtimes',
      text: 'Bedtijd',
      responsible: [{ kind: 'bothParents' }],
      status: 'agreed',
      agreedOn: '2026-11-01',
      agreedWith: [],
    });
    await repos.audit.recordExport('handover', daan.id);
    expect(await repos.audit.recordChildViewed(daan.id)).toBe(true);
    expect(await repos.audit.recordChildViewed(daan.id)).toBe(false);
    await repos.audit.recordChildViewed(zoe.id);

    const aboutDaan = await repos.audit.list({ childId: daan.id });
    expect(aboutDaan.map((entry) => `${entry.action} ${entry.entity}`).sort()).toEqual([
      'childViewed children',
      'create agreements',
      'create children',
      'create familyMembers',
      'delete familyMembers',
      'export export:handover',
    ]);
    expect((await repos.audit.list({ childId: zoe.id })).map((entry) => entry.action).sort()).toEqual([
      'childViewed',
      'create',
    ]);
    // The staff member's own creation is about no child.
    expect((await repos.audit.list({ entity: 'staff' }))[0]?.childId).toBeUndefined();
    session.lock();
  });

  it('audits opening a file again after a new sign-in', async () => {
    const { homeId, repos, session } = await newTestHome();
    const daan = await repos.children.create(child('Daan'));
    await repos.audit.recordChildViewed(daan.id);
    await createRepositories(session).audit.recordChildViewed(daan.id);
    session.lock();
    const result = await new LockedHome(homeId).signIn(session.staffId, TEST_PASSWORD);
    if (!result.ok) throw new Error(result.reason);
    const again = createRepositories(result.session);
    expect(await again.audit.recordChildViewed(daan.id)).toBe(true);
    expect(await again.audit.list({ action: 'childViewed' })).toHaveLength(2);
    result.session.lock();
  });
});
