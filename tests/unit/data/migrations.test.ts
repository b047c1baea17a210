// Stored homes survive schema changes: frozen homes of every earlier version open, migrate and keep
// every record field by field; a migration is all or nothing, runs once, and resumes after a crash.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../../src/data/audit';
import { ENCRYPTED_FIELD, LEGACY_ENCRYPTED_FIELD } from '../../../src/data/crypto';
import { homeDbName } from '../../../src/data/db';
import { pendingMigrations, runMigrations } from '../../../src/data/migrate';
import { CONTENT_MIGRATIONS, migrationKey, type ContentMigration } from '../../../src/data/migrations';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../src/data/migrations/schema';
import { LockedHome, type Session } from '../../../src/data/session';
import { currentStores } from '../../../src/data/tables';
import { holderOn } from '../../../src/domain/assignments';
import type { Child, StaffMember } from '../../../src/domain/types';
import { loadFrozenHome, type FrozenHome } from './versionFixtures';

async function signIn(home: FrozenHome): Promise<Session> {
  const result = await new LockedHome(home.homeId).signIn(home.staffId, home.password);
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return result.session;
}

const byId = <T extends Record<string, unknown>>(records: T[]) =>
  [...records].sort((a, b) => String(a.id).localeCompare(String(b.id)));

/** What a record must still say after migrating: the old fields, plus only the fields a migration adds. */
const ADDED_BY_MIGRATIONS: Record<string, string[]> = { staff: ['keySlotId'], auditLog: ['seq', 'chain'] };
const withoutAdded = (table: string) => (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([name]) => !ADDED_BY_MIGRATIONS[table]?.includes(name)));
/** Fields a migration moves to another table (checked there): the child's school card (0004). */
const MOVED_BY_MIGRATIONS: Record<string, string[]> = { children: ['school'] };
const withoutMoved = (table: string) => (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([name]) => !MOVED_BY_MIGRATIONS[table]?.includes(name)));

/** Every child's school card of the frozen home is on a school record of that child, word for word. */
async function expectSchoolCardsMoved(session: Session, home: FrozenHome) {
  const schools = await session.db.schools.toArray();
  const cards = (home.expected.children as { id: string; school?: Record<string, string> }[]).filter(
    (child) => child.school,
  );
  expect(cards.length).toBeGreaterThan(0);
  for (const child of cards) {
    const school = schools.find((record) => record.childId === child.id);
    expect(school, child.id).toMatchObject({
      name: child.school!.name,
      contactNote: child.school!.contact,
      notes: child.school!.contactRules,
    });
  }
}

/** Every content record as the frozen version's code read it, and an intact audit chain. */
async function expectFrozenRecords(session: Session, home: FrozenHome) {
  for (const [table, records] of Object.entries(home.expected)) {
    if (table === 'keySlots' || table === 'auditLog' || table === 'meta') continue;
    const now = (await session.db.table(table).toArray()) as Record<string, unknown>[];
    expect(byId(now), table).toEqual(byId(records).map(withoutMoved(table)));
  }
  await expectSchoolCardsMoved(session, home);
  expect(await verifyAuditLog(session.db)).toMatchObject({ intact: true });
}

function rawStore(homeId: string, table: string): Promise<Record<string, unknown>[]> {
  const db = new Dexie(homeDbName(homeId));
  return db.open().then(async () => {
    const rows = (await db.table(table).toArray()) as Record<string, unknown>[];
    db.close();
    return rows;
  });
}

describe('schema versions', () => {
  it('declares the registry as the newest schema version', () => {
    expect(SCHEMA_VERSIONS.map((version) => version.version)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(SCHEMA_VERSIONS.at(-1)!.stores).toEqual(currentStores());
    expect(CURRENT_SCHEMA_VERSION).toBe(7);
  });

  it('opens the frozen version-1 home before sign-in without the key (schema upgrade only)', async () => {
    const home = await loadFrozenHome('v1');
    const locked = new LockedHome(home.homeId);
    const names = await locked.signInNames();
    expect(names.map((name) => name.staffId)).toContain(home.staffId);
    expect(locked.db.verno).toBe(CURRENT_SCHEMA_VERSION);
    locked.close();
  });

  it('opens the frozen version-6 home (schools, roster, reports) with nothing to migrate, every record intact and the version-7 indexes built', async () => {
    const home = await loadFrozenHome('v6');
    const session = await signIn(home);
    expect(await session.hasPendingMigrations()).toBe(false);
    for (const [table, records] of Object.entries(home.expected)) {
      if (table === 'keySlots' || table === 'auditLog' || table === 'meta') continue;
      expect(byId((await session.db.table(table).toArray()) as Record<string, unknown>[]), table).toEqual(
        byId(records),
      );
    }
    expect(await verifyAuditLog(session.db)).toMatchObject({ intact: true });
    // The frozen home holds the newest tables' records, so the comparison above covered them.
    for (const table of ['reportReactions', 'schoolRules', 'staffPatterns', 'roleAssignments'])
      expect((await session.db.table(table).toArray()).length, table).toBeGreaterThan(0);
    // Version 7's `[childId+status]` indexes are built from the clear fields the version-6 records
    // already had: each finds exactly the records of that child with that status.
    for (const [table, status] of [
      ['agreements', 'agreed'],
      ['goals', 'active'],
    ] as const) {
      const records = home.expected[table] as unknown as { id: string; childId: string; status: string }[];
      const childId = records.find((record) => record.status === status)!.childId;
      const found = await session.db
        .table(table)
        .where('[childId+status]')
        .equals([childId, status])
        .toArray();
      expect(found.map((record: { id: string }) => record.id).sort(), table).toEqual(
        records
          .filter((record) => record.childId === childId && record.status === status)
          .map((record) => record.id)
          .sort(),
      );
      expect(found.length, table).toBeGreaterThan(0);
    }
    session.lock();
  });

  it('migrates the frozen version-3 home: school records, the role fields become assignments, every record kept', async () => {
    const home = await loadFrozenHome('v3');
    const session = await signIn(home);
    expect(await pendingMigrations(session.db)).toMatchObject([{ id: '0004-school' }, { id: '0005-roster' }]);
    await session.migrate();
    expect(await session.hasPendingMigrations()).toBe(false);
    // Nothing lost: every frozen record reads back field by field, the old fields on the child included.
    await expectFrozenRecords(session, home);

    const children = home.expected.children as unknown as Child[];
    const staff = home.expected.staff as unknown as StaffMember[];
    const assignments = await session.db.roleAssignments.toArray();
    const expected = children.flatMap((child) => {
      const member = (id: string) => staff.find((candidate) => candidate.id === id)!;
      const from = (id: string) =>
        member(id).activeFrom > child.placementStart ? member(id).activeFrom : child.placementStart;
      const to = (id: string) =>
        [child.placementEndedOn, member(id).activeTo].filter((day) => day !== undefined).sort()[0];
      return [
        ...child.mentorAssignments.map((mentor) => ({ childId: child.id, role: 'mentor', ...mentor })),
        ...(child.contactPersonId
          ? [
              {
                childId: child.id,
                role: 'contactPerson',
                staffId: child.contactPersonId,
                from: from(child.contactPersonId),
                to: to(child.contactPersonId),
              },
            ]
          : []),
        ...(child.backupContactPersonId
          ? [
              {
                childId: child.id,
                role: 'backup',
                staffId: child.backupContactPersonId,
                from: from(child.backupContactPersonId),
                to: to(child.backupContactPersonId),
              },
            ]
          : []),
      ];
    });
    const key = (a: { childId: string; role: string; staffId: string }) =>
      `${a.childId}:${a.role}:${a.staffId}`;
    const sorted = <T extends { childId: string; role: string; staffId: string }>(list: T[]) =>
      [...list].sort((a, b) => key(a).localeCompare(key(b)));
    expect(
      sorted(assignments).map(({ childId, role, staffId, from, to }) => ({
        childId,
        role,
        staffId,
        from,
        to,
      })),
    ).toEqual(sorted(expected).map((item) => ({ to: undefined, ...item })));
    expect(assignments.every((assignment) => assignment.migrated === true)).toBe(true);
    // The fixture has a contact person and a backup for most children, and an ended placement.
    expect(assignments.filter((a) => a.role === 'contactPerson')).toHaveLength(4);
    expect(assignments.filter((a) => a.role === 'backup')).toHaveLength(3);
    const ended = children.find((child) => child.placementEndedOn)!;
    expect(assignments.find((a) => a.childId === ended.id && a.role === 'contactPerson')?.to).toBe(
      ended.placementEndedOn,
    );
    // Today's holder per child is what the old field said.
    for (const child of children) {
      const today = child.placementEndedOn ?? '2026-11-24';
      expect(holderOn(assignments, child.id, 'contactPerson', today)?.staffId).toBe(child.contactPersonId);
    }
    const meta = await session.db.meta.get(migrationKey('0005-roster'));
    expect(meta?.value).toMatchObject({ version: 5, ranBy: home.staffId, counts: { roleAssignments: 12 } });
    session.lock();
  });

  it('runs the roster migration once: a second run adds no assignments', async () => {
    const home = await loadFrozenHome('v3');
    const session = await signIn(home);
    await session.migrate();
    const count = await session.db.roleAssignments.count();
    await session.db.meta.delete(migrationKey('0005-roster'));
    await session.migrate();
    expect(await session.db.roleAssignments.count()).toBe(count);
    session.lock();
  });

  it('opens the frozen version-3 home as the current version: empty report tables, every old record field by field', async () => {
    const home = await loadFrozenHome('v3');
    const session = await signIn(home);
    expect(session.db.verno).toBe(CURRENT_SCHEMA_VERSION);
    await session.migrate();
    for (const table of ['reports', 'reportVersions', 'reportReactions'])
      expect(await session.db.table(table).count(), table).toBe(0);
    await expectFrozenRecords(session, home);
    // The new tables take records next to the old ones, encrypted like every per-child table.
    const child = (home.expected.children as { id: string }[])[0]!;
    await session.db.reports.add({
      id: 'report-after-upgrade',
      childId: child.id,
      status: 'draft',
      version: 1,
      shares: [],
      kind: 'progress',
      periodFrom: '2026-01-01',
      periodTo: '2026-03-31',
      facts: 'Feiten na de upgrade.',
      youthView: '',
      parentsViews: [],
      interpretation: '',
      nextSteps: '',
      goals: [],
      authorId: home.staffId,
      createdAt: '2026-04-01T09:00:00.000Z',
      updatedAt: '2026-04-01T09:00:00.000Z',
      createdBy: home.staffId,
      updatedBy: home.staffId,
    });
    expect((await session.db.reports.where('childId').equals(child.id).first())?.facts).toBe(
      'Feiten na de upgrade.',
    );
    const raw = await rawStore(home.homeId, 'reports');
    expect(JSON.stringify(raw)).not.toContain('Feiten na de upgrade');
    await expectFrozenRecords(session, home);
    session.lock();
  });

  it('migrates the frozen version-2 home to the current version, every record field by field', async () => {
    const home = await loadFrozenHome('v2');
    const session = await signIn(home);
    expect(await session.hasPendingMigrations()).toBe(true);
    await session.migrate();
    expect(await session.hasPendingMigrations()).toBe(false);
    // Version 3 stores each contact's open-follow-up flag for its index (and never returns it).
    const withOpen = (home.expected.contacts as { id: string; followUps: { done: boolean }[] }[]).filter(
      (c) => c.followUps.some((f) => !f.done),
    );
    expect(withOpen.length).toBeGreaterThan(0);
    const flagged = await rawStore(home.homeId, 'contacts');
    expect(
      flagged
        .filter((row) => row.hasOpenFollowUp === 1)
        .map((row) => row.id)
        .sort(),
    ).toEqual(withOpen.map((c) => c.id).sort());
    await expectFrozenRecords(session, home);
    session.lock();
  });

  it('migrates the frozen version-1 home to format v2, keeping every record field by field', async () => {
    const home = await loadFrozenHome('v1');
    const session = await signIn(home);
    expect(await session.hasPendingMigrations()).toBe(true);
    const progress: string[] = [];
    await session.migrate(({ done, total }) => progress.push(`${done}/${total}`));
    expect(progress.at(-1)).toBe('14/14');
    expect(await session.hasPendingMigrations()).toBe(false);

    for (const [table, records] of Object.entries(home.expected)) {
      if (table === 'keySlots') continue;
      const now = (await session.db.table(table).toArray()) as Record<string, unknown>[];
      if (table === 'auditLog') {
        // The sign-in and the migration itself were logged after the frozen entries.
        const old = now.filter((entry) => records.some((frozen) => frozen.id === entry.id));
        expect(byId(old).map(withoutAdded(table))).toEqual(byId(records));
        expect(now.map((entry) => entry.action)).toEqual(expect.arrayContaining(['signIn', 'migration']));
        continue;
      }
      expect(byId(now).map(withoutAdded(table)), table).toEqual(byId(records).map(withoutMoved(table)));
    }
    await expectSchoolCardsMoved(session, home);
    // The staff member's record now names the slot they sign in with.
    const staff = await session.db.staff.get(home.staffId);
    const slot = await session.db.keySlots.where('staffId').equals(home.staffId).first();
    expect(staff?.keySlotId).toBe(slot?.id);
    // The version-1 log is now a chain: every old entry has its place, and the whole log verifies.
    expect(await verifyAuditLog(session.db)).toMatchObject({ intact: true });
    expect((await session.db.auditLog.toArray()).every((entry) => typeof entry.seq === 'number')).toBe(true);
    const meta = await session.db.meta.get(migrationKey('0002-record-format-v2'));
    expect(meta?.value).toMatchObject({
      version: 2,
      ranBy: home.staffId,
      counts: { contacts: 69, children: 5 },
    });
    session.lock();

    // On disk: every record in format v2, none left in format v1.
    for (const table of ['children', 'contacts', 'agreements', 'auditLog']) {
      const rows = await rawStore(home.homeId, table);
      expect(
        rows.every((row) => ENCRYPTED_FIELD in row && !(LEGACY_ENCRYPTED_FIELD in row)),
        table,
      ).toBe(true);
    }
  });

  it('rolls a migration that fails half-way back completely, then reruns it exactly once', async () => {
    const home = await loadFrozenHome('v1');
    const session = await signIn(home);
    const real = CONTENT_MIGRATIONS[0]!;
    let tablesBeforeCrash = 0;
    const crashing: ContentMigration = {
      ...real,
      run: (context) =>
        real.run({
          ...context,
          tableDone: (table) => {
            context.tableDone(table);
            if (++tablesBeforeCrash === 4) throw new Error('power cut');
          },
        }),
    };
    const input = {
      db: session.db,
      staffId: session.staffId,
      dataKey: new Uint8Array(),
      now: () => new Date(),
    };
    const dataKey = (session as unknown as { dataKeyForRewrap(): Uint8Array }).dataKeyForRewrap();
    await expect(runMigrations({ ...input, dataKey, migrations: [crashing] })).rejects.toThrow(
      'migration 0002-record-format-v2 failed',
    );
    // Nothing half-changed: every record still in format v1, the migration not recorded.
    expect(await pendingMigrations(session.db)).toHaveLength(CONTENT_MIGRATIONS.length);
    const children = await rawStore(home.homeId, 'children');
    expect(children.every((row) => LEGACY_ENCRYPTED_FIELD in row && !(ENCRYPTED_FIELD in row))).toBe(true);

    await session.migrate();
    await session.migrate();
    const audit = await session.db.auditLog.toArray();
    expect(audit.filter((entry) => entry.action === 'migration')).toHaveLength(CONTENT_MIGRATIONS.length);
    expect(await session.db.children.count()).toBe(home.expected.children!.length);
    session.lock();
  });

  it('waits for an older connection of another window to close before upgrading, and says so', async () => {
    const home = await loadFrozenHome('v1');
    const old = new Dexie(homeDbName(home.homeId));
    old.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
    old.on('versionchange', () => false); // an old window that does not give way by itself
    await old.open();
    const { onDatabaseEvent } = await import('../../../src/data/dbEvents');
    const events: string[] = [];
    const stop = onDatabaseEvent((event) => events.push(event.kind));
    const locked = new LockedHome(home.homeId);
    const names = locked.signInNames();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).toContain('blocked');
    old.close();
    expect((await names).length).toBeGreaterThan(0);
    expect(events).toContain('ready');
    stop();
    locked.close();
  });

  it('closes itself and says so when another window opens a newer version', async () => {
    const home = await loadFrozenHome('v1');
    const locked = new LockedHome(home.homeId);
    await locked.signInNames();
    const { onDatabaseEvent } = await import('../../../src/data/dbEvents');
    const events: string[] = [];
    const stop = onDatabaseEvent((event) => events.push(event.kind));
    const newer = new Dexie(homeDbName(home.homeId));
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ ...currentStores(), extra: 'id' });
    await newer.open();
    expect(events).toContain('closedForUpgrade');
    expect(locked.db.isOpen()).toBe(false);
    newer.close();
    stop();
  });
});
