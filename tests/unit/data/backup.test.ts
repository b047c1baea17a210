// Backup and restore: a home goes through a file and comes back byte for byte in its stored form; bad
// files are refused without changing anything; interrupted restores rerun; concurrent writes stay whole.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  BackupFormatError,
  backupFileName,
  createBackup,
  decodeBackup,
  HomeExistsError,
  readBackupFile,
  restoreBackup,
  storedHomeState,
  unlockBackup,
  verifyBackup,
  type BackupContents,
  type BackupProblem,
} from '../../../src/data/backup';
import { encodeBackup, MAX_RECORDS } from '../../../src/data/backup/format';
import { readStoredHome, writeStoredHome } from '../../../src/data/backup/storedHome';
import { WrongSecretError } from '../../../src/data/crypto';
import { homeDbName } from '../../../src/data/db';
import { authorizeHomeDeletion, deleteHomeSafely } from '../../../src/data/homes';
import { createDemoHome, DEMO_PASSWORD } from '../../../src/data/demo';
import { CURRENT_SCHEMA_VERSION } from '../../../src/data/migrations/schema';
import { createRepositories } from '../../../src/data/repositories';
import { LockedHome } from '../../../src/data/session';
import type { Child, HomeEntry } from '../../../src/domain/types';
import { generateHome } from '../../../src/data/demo/generateHome';
import { newTestHome, TEST_PASSWORD } from './testSession';
import { loadFrozenHome } from './versionFixtures';

const entryFor = (id: string): HomeEntry => ({
  id,
  name: 'Gezinshuis De Linde',
  kind: 'familyHome',
  createdAt: '2025-01-01T00:00:00.000Z',
});

async function backupOf(homeId: string, createdBy: string | null = null) {
  return createBackup({ home: entryFor(homeId), createdBy, reason: 'manual', appVersion: '0.1.0-test' });
}

const decode = (bytes: Uint8Array) => decodeBackup(bytes, CURRENT_SCHEMA_VERSION);

async function problemOf(bytes: Uint8Array): Promise<BackupProblem | 'accepted'> {
  try {
    await decode(bytes);
    return 'accepted';
  } catch (error) {
    if (error instanceof BackupFormatError) return error.problem;
    throw error;
  }
}

async function deleteDatabase(homeId: string) {
  await Dexie.delete(homeDbName(homeId));
}

const byKey = (rows: Record<string, unknown>[]) =>
  [...rows].sort((a, b) =>
    JSON.stringify(a.id ?? a.key ?? a).localeCompare(JSON.stringify(b.id ?? b.key ?? b)),
  );

/** A restored home holds every stored row of the original unchanged, plus only the restore's audit entry. */
function expectSameStoredHome(
  before: Record<string, Record<string, unknown>[]>,
  after: Record<string, Record<string, unknown>[]>,
) {
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  for (const [table, rows] of Object.entries(before)) {
    const restored = after[table]!;
    if (table === 'auditLog') {
      const ids = new Set(rows.map((row) => row.id));
      const extra = restored.filter((row) => !ids.has(row.id));
      expect(extra).toHaveLength(1);
      expect(byKey(restored.filter((row) => ids.has(row.id)))).toEqual(byKey(rows));
    } else {
      expect(byKey(restored), table).toEqual(byKey(rows));
    }
  }
}

async function demoHome(children: number) {
  const data = generateHome({ seed: 11, children, staff: Math.max(4, Math.round(children / 4)) });
  const home = await createDemoHome('Gezinshuis De Linde', data);
  return { home, data };
}

describe('backup round trip', () => {
  it('restores a 100× home into a fresh profile, every stored row equal byte for byte', async () => {
    const { home, data } = await demoHome(200);
    const before = (await readStoredHome(home.id)).tables;
    const progress: string[] = [];
    const backup = await createBackup({
      home,
      createdBy: data.staff[0]!.id,
      reason: 'manual',
      appVersion: '0.1.0-test',
      onProgress: ({ done, total }) => progress.push(`${done}/${total}`),
    });
    expect(progress.at(-1)).toBe(`${Object.keys(before).length * 2}/${Object.keys(before).length * 2}`);
    expect(backup.manifest.tables.find((entry) => entry.name === 'contacts')!.count).toBe(
      data.contacts.length,
    );
    await verifyBackup(backup.bytes, backup.manifest);

    await deleteDatabase(home.id);
    const contents = await decode(backup.bytes);
    const unlocked = await unlockBackup(contents, DEMO_PASSWORD);
    const steps = new Set<string>();
    const result = await restoreBackup({
      contents,
      unlocked,
      replaceExisting: false,
      onProgress: ({ step }) => steps.add(step),
    });
    expect(result.damaged).toEqual([]);
    expect(result.migrated).toBe(false);
    expect(result.createdByName).toBe(data.staff[0]!.name);
    expect(steps).toEqual(new Set(['writing', 'checking']));
    expectSameStoredHome(before, (await readStoredHome(home.id)).tables);

    const signIn = await new LockedHome(home.id).signIn(data.staff[0]!.id, DEMO_PASSWORD);
    if (!signIn.ok) throw new Error(signIn.reason);
    const repos = createRepositories(signIn.session);
    expect((await repos.children.list()).length).toBe(200);
    expect((await repos.agreements.list()).length).toBe(data.agreements.length);
    signIn.session.lock();
  }, 120_000);

  it('holds no sign-in name, child name or password in the file, and names the maker by staff id', async () => {
    const { home, data } = await demoHome(5);
    const backup = await backupOf(home.id, data.staff[1]!.id);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(backup.bytes);
    for (const person of [...data.staff, ...data.children]) expect(text).not.toContain(person.name);
    expect(text).not.toContain(DEMO_PASSWORD);
    expect(backup.manifest.createdBy).toBe(data.staff[1]!.id);
    expect(backup.manifest.home).toEqual({
      id: home.id,
      name: 'Gezinshuis De Linde',
      kind: 'familyHome',
      createdAt: '2025-01-01T00:00:00.000Z',
    });
    expect(backup.fileName).toMatch(/^gedeeld-gdl-\d{4}-\d{2}-\d{2}\.gedeeld-backup$/);
  });

  it('opens with the recovery key or any staff password of that backup, and not with a wrong one', async () => {
    const { homeId, session, recoveryKey } = await newTestHome();
    session.lock();
    const contents = await decode((await backupOf(homeId)).bytes);
    expect((await unlockBackup(contents, TEST_PASSWORD)).staffId).toBe(session.staffId);
    expect((await unlockBackup(contents, recoveryKey.toLowerCase().replace(/-/g, ' '))).staffId).toBeNull();
    await expect(unlockBackup(contents, 'niet-het-wachtwoord')).rejects.toThrow(WrongSecretError);
  });

  it('restores an older (version-1) backup, migrates it and opens every record', async () => {
    const frozen = await loadFrozenHome('v1');
    const backup = await backupOf(frozen.homeId);
    expect(backup.manifest.schemaVersion).toBe(1);
    await deleteDatabase(frozen.homeId);
    const contents = await decode(backup.bytes);
    const unlocked = await unlockBackup(contents, frozen.password);
    const result = await restoreBackup({ contents, unlocked, replaceExisting: false });
    expect(result.migrated).toBe(true);
    expect(result.damaged).toEqual([]);
    const signIn = await new LockedHome(frozen.homeId).signIn(frozen.staffId, frozen.password);
    if (!signIn.ok) throw new Error(signIn.reason);
    expect(await signIn.session.hasPendingMigrations()).toBe(false);
    expect(await signIn.session.db.children.count()).toBe(frozen.expected.children!.length);
    signIn.session.lock();
  });
});

describe('refused backup files change nothing', () => {
  async function existingHomeAndBackup() {
    const { homeId, session, repos } = await newTestHome();
    await repos.children.create({
      name: 'Sanne de Vries',
      birthDate: '2012-05-14',
      placementStart: '2026-09-01',
      legalFramework: 'voluntary',
      languages: [],
      mentorAssignments: [],
      contactNormDays: 7,
      evaluationIntervalMonths: 3,
    } as Omit<Child, 'id' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'>);
    const backup = await backupOf(homeId, session.staffId);
    session.lock();
    return { homeId, backup, before: (await readStoredHome(homeId)).tables };
  }

  /** Tries the whole restore path with the file and checks the stored home is exactly as before. */
  async function expectRefused(homeId: string, before: unknown, bytes: Uint8Array, problem: BackupProblem) {
    expect(await problemOf(bytes)).toBe(problem);
    expect((await readStoredHome(homeId)).tables).toEqual(before);
  }

  it('refuses a file with one flipped byte', async () => {
    const { homeId, backup, before } = await existingHomeAndBackup();
    for (const position of [22, Math.floor(backup.bytes.length / 2), backup.bytes.length - 1]) {
      const flipped = backup.bytes.slice();
      flipped[position]! ^= 0x01;
      await expectRefused(homeId, before, flipped, 'corrupt');
    }
  });

  it('refuses a file truncated at half', async () => {
    const { homeId, backup, before } = await existingHomeAndBackup();
    await expectRefused(homeId, before, backup.bytes.slice(0, backup.bytes.length / 2), 'truncated');
    await expectRefused(homeId, before, backup.bytes.slice(0, 10), 'notBackup');
  });

  it("refuses another app's file (a Word document, an empty file, text)", async () => {
    const { homeId, before } = await existingHomeAndBackup();
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Uint8Array(200)]);
    await expectRefused(homeId, before, zip, 'notBackup');
    await expectRefused(homeId, before, new Uint8Array(0), 'notBackup');
    await expectRefused(homeId, before, new TextEncoder().encode('{"app":"gedeeld"}'), 'notBackup');
  });

  it('refuses a bomb-like huge count in the manifest, even with a correct hash', async () => {
    const { homeId, backup, before } = await existingHomeAndBackup();
    const contents = await decode(backup.bytes);
    const huge = (count: number): BackupContents => ({
      ...contents,
      manifest: {
        ...contents.manifest,
        tables: contents.manifest.tables.map((entry) =>
          entry.name === 'children' ? { ...entry, count } : entry,
        ),
      },
    });
    await expectRefused(homeId, before, await encodeBackup(huge(1e12)), 'tooLarge');
    await expectRefused(homeId, before, await encodeBackup(huge(MAX_RECORDS - 100)), 'tooLarge');
    await expectRefused(homeId, before, await encodeBackup(huge(2)), 'corrupt');
  });

  it('refuses a backup with a table this app does not know, or without key slots', async () => {
    const { backup } = await existingHomeAndBackup();
    const contents = await decode(backup.bytes);
    const withTable = (name: string, rows: Record<string, unknown>[]) =>
      encodeBackup({
        manifest: {
          ...contents.manifest,
          tables: [...contents.manifest.tables, { name, count: rows.length }],
        },
        tables: { ...contents.tables, [name]: rows },
      });
    await expect(readBackupFile(await withTable('secrets', [{ id: 'x' }]))).rejects.toThrow(
      BackupFormatError,
    );
    const noSlots = await encodeBackup({
      manifest: {
        ...contents.manifest,
        tables: contents.manifest.tables.map((entry) =>
          entry.name === 'keySlots' ? { ...entry, count: 0 } : entry,
        ),
      },
      tables: { ...contents.tables, keySlots: [] },
    });
    await expect(readBackupFile(noSlots)).rejects.toThrow(BackupFormatError);
    await expect(readBackupFile(backup.bytes)).resolves.toBeDefined();
  });

  it('refuses a backup of a newer schema or file format version', async () => {
    const { homeId, backup, before } = await existingHomeAndBackup();
    const contents = await decode(backup.bytes);
    const newer = await encodeBackup({
      ...contents,
      manifest: { ...contents.manifest, schemaVersion: CURRENT_SCHEMA_VERSION + 1 },
    });
    await expectRefused(homeId, before, newer, 'newerVersion');
    const newerFormat = backup.bytes.slice();
    newerFormat[17] = 2;
    await expectRefused(homeId, before, newerFormat, 'newerVersion');
  });

  it('tells a verified read-back from a different or damaged file', async () => {
    const { homeId, backup } = await existingHomeAndBackup();
    await expect(verifyBackup(backup.bytes, backup.manifest)).resolves.toBeUndefined();
    const other = await backupOf(homeId);
    await expect(verifyBackup(other.bytes, backup.manifest)).rejects.toThrow(BackupFormatError);
    await expect(verifyBackup(backup.bytes.slice(0, -1), backup.manifest)).rejects.toThrow(BackupFormatError);
  });
});

describe('restore faults', () => {
  it('leaves nothing behind when interrupted half-way, and a rerun restores everything', async () => {
    const { home, data } = await demoHome(6);
    const before = (await readStoredHome(home.id)).tables;
    const contents = await decode((await backupOf(home.id)).bytes);
    await deleteDatabase(home.id);
    const unlocked = await unlockBackup(contents, DEMO_PASSWORD);
    const half = Math.floor(contents.manifest.tables.length / 2);
    await expect(
      restoreBackup({ contents, unlocked, replaceExisting: false, failAfterTables: half }),
    ).rejects.toThrow(/interrupted/);
    expect(await storedHomeState(home.id)).toBe('none');

    const result = await restoreBackup({ contents, unlocked, replaceExisting: false });
    expect(result.damaged).toEqual([]);
    expectSameStoredHome(before, (await readStoredHome(home.id)).tables);
    expect(result.opened).toBeGreaterThan(data.contacts.length);
  });

  it('reruns a restore that stopped after writing (before migrating and checking) without asking to replace', async () => {
    const { home } = await demoHome(3);
    const before = (await readStoredHome(home.id)).tables;
    const contents = await decode((await backupOf(home.id)).bytes);
    await deleteDatabase(home.id);
    // The rows went in, then the app stopped: the database is marked as a restore under way.
    await writeStoredHome(home.id, contents.tables);
    expect(await storedHomeState(home.id)).toBe('restorePending');
    const unlocked = await unlockBackup(contents, DEMO_PASSWORD);
    await restoreBackup({ contents, unlocked, replaceExisting: false });
    expect(await storedHomeState(home.id)).toBe('inUse');
    expectSameStoredHome(before, (await readStoredHome(home.id)).tables);
  });

  it('will not restore over a home that exists here unless told to replace it', async () => {
    const { homeId, session, repos } = await newTestHome();
    const backup = await backupOf(homeId, session.staffId);
    const before = (await readStoredHome(homeId)).tables;
    await repos.staff.list();
    const added = await repos.children.create({
      name: 'Na de back-up',
      birthDate: '2013-01-01',
      placementStart: '2026-10-01',
      legalFramework: 'voluntary',
      languages: [],
      mentorAssignments: [],
      contactNormDays: 7,
      evaluationIntervalMonths: 3,
    } as Omit<Child, 'id' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'>);
    session.lock();
    const afterChange = (await readStoredHome(homeId)).tables;
    const contents = await decode(backup.bytes);
    const unlocked = await unlockBackup(contents, TEST_PASSWORD);

    await expect(restoreBackup({ contents, unlocked, replaceExisting: false })).rejects.toThrow(
      HomeExistsError,
    );
    expect((await readStoredHome(homeId)).tables).toEqual(afterChange);

    await restoreBackup({ contents, unlocked, replaceExisting: true });
    const restored = (await readStoredHome(homeId)).tables;
    expectSameStoredHome(before, restored);
    expect(restored.children!.some((row) => row.id === added.id)).toBe(false);
  });
});

describe('backup while another window writes', () => {
  it('takes a consistent snapshot: each child is in it together with its audit entry, or neither', async () => {
    const { homeId, session, repos } = await newTestHome();
    const childrenBefore = await session.db.children.count();
    const auditBefore = await session.db.auditLog.count();
    // Another window: its own connection, writing one child (and its audit entry) per transaction.
    const other = await new LockedHome(homeId).signIn(session.staffId, TEST_PASSWORD);
    if (!other.ok) throw new Error(other.reason);
    const otherRepos = createRepositories(other.session);
    const auditAfterSignIn = await session.db.auditLog.count();
    let writing = true;
    const writes = (async () => {
      let count = 0;
      while (writing || count < 5) {
        await otherRepos.children.create({
          name: `Kind ${count}`,
          birthDate: '2012-01-01',
          placementStart: '2026-01-01',
          legalFramework: 'voluntary',
          languages: [],
          mentorAssignments: [],
          contactNormDays: 7,
          evaluationIntervalMonths: 3,
        } as Omit<Child, 'id' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'>);
        count += 1;
      }
      return count;
    })();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const backup = await backupOf(homeId, session.staffId);
    writing = false;
    const written = await writes;
    const counts = Object.fromEntries(backup.manifest.tables.map((entry) => [entry.name, entry.count]));
    const childrenInBackup = counts.children! - childrenBefore;
    expect(childrenInBackup).toBeGreaterThan(0);
    expect(childrenInBackup).toBeLessThanOrEqual(written);
    expect(counts.auditLog! - auditAfterSignIn).toBe(childrenInBackup);
    expect(auditAfterSignIn).toBeGreaterThan(auditBefore);
    await repos.staff.list();
    other.session.lock();
    session.lock();
  });
});

describe('backup file name', () => {
  it('uses the home initials and the date, without accents or spaces', () => {
    expect(backupFileName('Gezinshuis De Eik', '2026-11-29')).toBe('gedeeld-gde-2026-11-29.gedeeld-backup');
    expect(backupFileName("'t Hûs an 'e Feart", '2026-01-02')).toBe(
      'gedeeld-thaef-2026-01-02.gedeeld-backup',
    );
    expect(backupFileName('!!!', '2026-01-02')).toBe('gedeeld-huis-2026-01-02.gedeeld-backup');
    expect(backupFileName('De Eik', '2026-01-02', { reason: 'beforeDelete', time: '10:15:30' })).toBe(
      'gedeeld-de-2026-01-02-101530-voor-verwijderen.gedeeld-backup',
    );
  });
});

describe('safe deletion of a home', () => {
  it('needs a coordinator password, makes a verified safety backup, then deletes', async () => {
    const { homeId, session, repos } = await newTestHome();
    const code = await session.issueOneTimeCode(
      await repos.staff.create({ name: 'Femke', role: 'careWorker', activeFrom: '2026-01-01' } as never),
    );
    const careWorker = (await repos.staff.list()).find((member) => member.name === 'Femke')!;
    session.lock();
    const firstSignIn = await new LockedHome(homeId).signIn(careWorker.id, code);
    if (!firstSignIn.ok) throw new Error(firstSignIn.reason);
    await firstSignIn.session.setPassword('femke-wachtwoord');
    firstSignIn.session.lock();

    expect(await authorizeHomeDeletion(homeId, session.staffId, 'fout-wachtwoord')).toEqual({
      ok: false,
      reason: 'wrongSecret',
    });
    expect(await authorizeHomeDeletion(homeId, careWorker.id, 'femke-wachtwoord')).toEqual({
      ok: false,
      reason: 'notCoordinator',
    });
    const authorized = await authorizeHomeDeletion(homeId, session.staffId, TEST_PASSWORD);
    expect(authorized).toEqual({ ok: true, staffId: session.staffId });

    const failing = async () => {
      throw new Error('disk full');
    };
    const input = { home: entryFor(homeId), staffId: session.staffId, appVersion: 'test' };
    await expect(deleteHomeSafely({ ...input, saveSafetyBackup: failing })).rejects.toThrow('disk full');
    expect(await storedHomeState(homeId)).toBe('inUse');

    let saved: Uint8Array | null = null;
    const deletion = await deleteHomeSafely({
      ...input,
      saveSafetyBackup: async (fileName, bytes) => {
        saved = bytes;
        return { saved: true, fileName, readBack: bytes.slice() };
      },
    });
    expect(deletion).toMatchObject({ homeId, deletedBy: session.staffId });
    expect(await Dexie.exists(homeDbName(homeId))).toBe(false);
    const contents = await decode(saved!);
    expect(contents.manifest.reason).toBe('beforeDelete');
    await restoreBackup({
      contents,
      unlocked: await unlockBackup(contents, TEST_PASSWORD),
      replaceExisting: false,
    });
    expect(await storedHomeState(homeId)).toBe('inUse');
  });
});
