// The bench page (never shipped): builds generated homes in this browser's real IndexedDB and times
// each screen's reads beside their physical baseline, in the same page and run.
import Dexie from 'dexie';
import { createDemoHome, DEMO_PASSWORD } from '../../src/data/demo';
import {
  createDataKey,
  createSlot,
  PRODUCTION_ITERATIONS,
  setTestKdfIterations,
  unlockSlot,
} from '../../src/data/crypto';
import { homeDbName } from '../../src/data/db';
import { readChildOverviewRecords, readDashboardRecords } from '../../src/data/queries';
import { createRepositories, type Repositories } from '../../src/data/repositories';
import { LockedHome } from '../../src/data/session';
import { currentStores, CONTENT_TABLES, DERIVED_FIELDS } from '../../src/data/tables';
import type { HomeDb } from '../../src/data/db';
import { isPlacementActive } from '../../src/domain/placements';
import { isNewPlacement } from '../../src/domain/agreements';
import { contactNormMemberIds, isNormContact } from '../../src/domain/contacts';
import { dateOfDateTime } from '../../src/domain/dates';
import { loadDashboard } from '../../src/features/dashboard/dashboardQuery';
import { Packer, type Document } from 'docx';
import { createBackup, readBackupFile, restoreBackup, unlockBackup } from '../../src/data/backup';
import { loadChildExportData } from '../../src/data/exportData';
import {
  HANDOVER_SECTIONS,
  type Child,
  type Contact,
  type FamilyMember,
  type HomeEntry,
  type Id,
} from '../../src/domain/types';
import { buildHandover, handoverDocument, handoverModel, type ExportT } from '../../src/export';
import { createExportT } from '../../src/i18n/exportTranslator';
import { generateHome } from '../../src/data/demo/generateHome';

const TODAY = '2026-11-24';

interface Home {
  repos: Repositories;
  plain: Dexie;
  child: Child;
  dbName: string;
  /** Children in care today and those among them placed recently (what the dashboard reads by). */
  inCare: Id[];
  newPlacements: Id[];
  /** Per child in care: how far the dashboard's backward contact scans read. */
  scans: Map<Id, ContactScans>;
  /** The ended placement with a handover, its document language and the document built once. */
  handoverChild: Id;
  t: ExportT;
  handoverDoc: Document;
  entry: HomeEntry;
  backupBytes?: Uint8Array;
}

async function handoverBytes(repos: Repositories, childId: Id, t: ExportT, build: boolean) {
  const data = await loadChildExportData(repos, childId);
  const model = handoverModel({
    ...data,
    handover: data.handover!,
    homeName: 'Bench',
    today: TODAY,
    sections: [...HANDOVER_SECTIONS],
    legalGroundConfirmed: {},
  });
  return build ? buildHandover(model, t, 'nl') : handoverDocument(model, t, 'nl');
}

let home: Home | null = null;
let restorePhases: { writtenAt: number; checking: number } | null = null;
let openDashboard: Awaited<ReturnType<typeof loadDashboard>> | null = null;

const current = (): Home => {
  if (!home) throw new Error('no home set up');
  return home;
};

function rawOpen(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** What the child overview page reads: the child's own records, a few contacts and the named staff. */
async function childOverview(db: HomeDb, child: Child) {
  const byChild = (table: string) => db.table(table).where('childId').equals(child.id).toArray();
  const [family, agreements, goals, evaluations, recent] = await Promise.all([
    byChild('familyMembers'),
    byChild('agreements'),
    byChild('goals'),
    byChild('evaluations'),
    readChildOverviewRecords(db, child, TODAY),
  ]);
  return { family, agreements, goals, evaluations, ...recent };
}

/** Raw IndexedDB: the first `count` values of a cursor over `index` from the end of `range`. */
function lastOf(store: IDBObjectStore, index: string, range: IDBKeyRange, count: number): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const values: unknown[] = [];
    const req = store.index(index).openCursor(range, 'prev');
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor || values.length >= count) return resolve(values);
      values.push(cursor.value);
      cursor.continue();
    };
    req.onerror = () => reject(req.error);
  });
}

const childRange = (id: Id) => IDBKeyRange.bound([id, ''], [id, '\uffff']);

/**
 * How many of each child's newest contacts the dashboard's two backward scans open before they stop:
 * the latest contact up to today, and the latest one that counts for the contact norm.
 */
interface ContactScans {
  last: number;
  norm: number;
}

async function contactScans(plain: Dexie, child: Child, family: FamilyMember[]): Promise<ContactScans> {
  const newestFirst = (await plain
    .table('contacts')
    .where('[childId+at]')
    .between([child.id, Dexie.minKey], [child.id, Dexie.maxKey])
    .reverse()
    .toArray()) as Contact[];
  const opened = (found: number) => (found === -1 ? newestFirst.length : found + 1);
  const upToToday = (contact: Contact) => dateOfDateTime(contact.at) <= TODAY;
  const counted = contactNormMemberIds(family, child);
  return {
    last: opened(newestFirst.findIndex(upToToday)),
    norm:
      counted.size === 0
        ? 0
        : opened(newestFirst.findIndex((contact) => upToToday(contact) && isNormContact(contact, counted))),
  };
}

/** The dashboard's records read raw: exactly what readDashboardRecords reads, without opening them. */
async function dashboardRaw(
  dbName: string,
  inCare: Id[],
  newPlacements: Id[],
  scans: Map<Id, ContactScans>,
): Promise<number> {
  const db = await rawOpen(dbName);
  const tx = db.transaction(
    ['children', 'staff', 'familyMembers', 'contacts', 'agreements', 'evaluations', 'goals'],
    'readonly',
  );
  const store = (name: string) => tx.objectStore(name);
  const [children, staff] = await Promise.all([
    request(store('children').getAll()),
    request(store('staff').getAll()),
  ]);
  const family = await Promise.all(
    inCare.map((id) => request(store('familyMembers').index('childId').getAll(id))),
  );
  const lists = await Promise.all([
    ...inCare.map((id) => lastOf(store('contacts'), '[childId+at]', childRange(id), scans.get(id)!.last)),
    request(store('contacts').index('hasOpenFollowUp').getAll(1)),
    request(store('agreements').index('reviewOn').getAll(IDBKeyRange.upperBound(TODAY))),
    ...newPlacements.map((id) => request(store('agreements').index('childId').getAll(id))),
    ...inCare.map((id) => lastOf(store('evaluations'), '[childId+heldOn]', childRange(id), 1)),
    ...inCare.map((id) => lastOf(store('contacts'), '[childId+at]', childRange(id), scans.get(id)!.norm)),
    ...inCare.map((id) => request(store('agreements').index('[childId+status]').getAll([id, 'agreed']))),
    ...inCare.map((id) => request(store('goals').index('[childId+status]').getAll([id, 'active']))),
  ]);
  db.close();
  return [children, staff, ...family, ...lists].reduce((sum, list) => sum + (list as unknown[]).length, 0);
}

/** The child overview's records read raw. */
async function childOverviewRaw(dbName: string, child: Child): Promise<number> {
  const db = await rawOpen(dbName);
  const tx = db.transaction(
    ['familyMembers', 'agreements', 'goals', 'evaluations', 'contacts', 'staff'],
    'readonly',
  );
  const store = (name: string) => tx.objectStore(name);
  const byChild = (name: string) => request(store(name).index('childId').getAll(child.id));
  const recent = await lastOf(store('contacts'), '[childId+at]', childRange(child.id), 5);
  const named = [
    child.contactPersonId,
    child.backupContactPersonId,
    ...child.mentorAssignments.map((a) => a.staffId),
    ...(recent as { staffId: Id }[]).map((contact) => contact.staffId),
  ].filter((id): id is Id => Boolean(id));
  const lists = await Promise.all([
    byChild('familyMembers'),
    byChild('agreements'),
    byChild('goals'),
    byChild('evaluations'),
    Promise.all([...new Set(named)].map((id) => request(store('staff').get(id)))),
  ]);
  db.close();
  return recent.length + lists.reduce((sum, list) => sum + (list as unknown[]).length, 0);
}

const api = {
  async setup(options: { scale: number; years: number }) {
    openDashboard = null;
    if (home) {
      home.repos.session.lock();
      home.plain.close();
      await Dexie.delete(home.dbName);
      await Dexie.delete(home.plain.name);
    }
    setTestKdfIterations(1_000); // setting up is not what is measured; sign-in is measured below
    const data = generateHome({
      seed: 21,
      today: TODAY,
      children: 8 * options.scale,
      staff: Math.max(12, 3 * options.scale),
      historyDays: 365 * options.years,
    });
    const created = await createDemoHome('Bench', { ...data, staff: data.staff });
    const result = await new LockedHome(created.id).signIn(data.staff[0]!.id, DEMO_PASSWORD);
    if (!result.ok) throw new Error('sign-in failed');
    await result.session.migrate();
    const plain = new Dexie(`bench-plain-${created.id}`);
    plain.version(1).stores(currentStores());
    await plain.open();
    // The plain copy stores the same derived index fields as the encrypted home.
    const withDerived = (name: string, records: object[]) => {
      const derived = Object.entries(DERIVED_FIELDS[name] ?? {}) as [string, (record: object) => unknown][];
      return records.map((record) => ({
        ...record,
        ...Object.fromEntries(derived.map(([field, compute]) => [field, compute(record)])),
      }));
    };
    await plain.transaction('rw', CONTENT_TABLES as unknown as string[], async () => {
      for (const name of CONTENT_TABLES) await plain.table(name).bulkAdd(withDerived(name, data[name]));
    });
    // The child with the most contacts among the current placements: the heaviest overview.
    const counts = new Map<Id, number>();
    for (const contact of data.contacts) counts.set(contact.childId, (counts.get(contact.childId) ?? 0) + 1);
    const child = data.children
      .filter((candidate) => !candidate.placementEndedOn)
      .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0))[0]!;
    const inCare = data.children.filter((candidate) => isPlacementActive(candidate, TODAY));
    const scans = new Map<Id, ContactScans>();
    for (const candidate of inCare)
      scans.set(
        candidate.id,
        await contactScans(
          plain,
          candidate,
          data.familyMembers.filter((member) => member.childId === candidate.id),
        ),
      );
    const repos = createRepositories(result.session);
    const handoverChild = data.handovers[0]!.childId;
    const t = await createExportT('nl');
    home = {
      entry: created,
      handoverChild,
      t,
      handoverDoc: (await handoverBytes(repos, handoverChild, t, false)) as Document,
      repos,
      plain,
      child,
      dbName: homeDbName(created.id),
      inCare: inCare.map((candidate) => candidate.id),
      newPlacements: inCare
        .filter((candidate) => isNewPlacement(candidate, TODAY))
        .map((candidate) => candidate.id),
      scans,
    };
    return {
      children: data.children.length,
      contacts: data.contacts.length,
      agreements: data.agreements.length,
    };
  },

  async dashboard() {
    const { repos } = current();
    return (await loadDashboard(repos, TODAY)).items.length;
  },
  /** The dashboard's reads alone (no rules), to compare with plain Dexie. */
  async dashboardReads() {
    const read = await readDashboardRecords(current().repos.session.db, TODAY);
    return read.contacts.length;
  },
  dashboardRaw() {
    const { dbName, inCare, newPlacements, scans } = current();
    return dashboardRaw(dbName, inCare, newPlacements, scans);
  },
  async dashboardPlain() {
    const read = await readDashboardRecords(current().plain as HomeDb, TODAY);
    return read.contacts.length;
  },

  async childOverview() {
    const { repos, child } = current();
    return (await childOverview(repos.session.db, child)).recentContacts.length;
  },
  childOverviewRaw() {
    const { child, dbName } = current();
    return childOverviewRaw(dbName, child);
  },
  async childOverviewPlain() {
    const { plain, child } = current();
    return (await childOverview(plain as HomeDb, child)).recentContacts.length;
  },

  /** The handover as the Documenten tab makes it: collect, model, build and pack. */
  async handoverDocx() {
    const { repos, handoverChild, t } = current();
    return ((await handoverBytes(repos, handoverChild, t, true)) as Uint8Array).length;
  },
  /** Its physical baseline: docx's Packer alone on the same Document. */
  async handoverPack() {
    return (await Packer.toArrayBuffer(current().handoverDoc)).byteLength;
  },

  /** A backup as Instellingen makes it: stored rows encoded, then read back and checked. */
  async backup() {
    const { entry } = current();
    const made = await createBackup({ home: entry, createdBy: null, reason: 'manual', appVersion: 'bench' });
    await readBackupFile(made.bytes);
    current().backupBytes = made.bytes;
    return made.bytes.length;
  },
  /** Its physical baseline: every store of the home read raw. */
  async backupRaw() {
    const db = await rawOpen(current().dbName);
    const names = [...db.objectStoreNames];
    const tx = db.transaction(names, 'readonly');
    const lists = await Promise.all(names.map((name) => request(tx.objectStore(name).getAll())));
    db.close();
    return lists.reduce((sum, list) => sum + list.length, 0);
  },
  /** A restore over the same home (read and check the file, unlock, write, open every record). Locks first. */
  async restore() {
    const state = current();
    state.repos.session.lock();
    const start = performance.now();
    const contents = await readBackupFile(state.backupBytes!);
    const unlocked = await unlockBackup(contents, DEMO_PASSWORD);
    const phases: Record<string, number> = {};
    const result = await restoreBackup({
      contents,
      unlocked,
      replaceExisting: true,
      onProgress: ({ step }) => {
        phases[step] ??= performance.now() - start;
      },
    });
    const ms = performance.now() - start;
    // Read, unlock and write until the first check; opening every record after it.
    restorePhases = { writtenAt: phases.checking ?? ms, checking: ms - (phases.checking ?? ms) };
    return { ms, opened: result.opened };
  },
  /** Its physical baseline: the same stored rows written into an empty database of the same schema, one transaction. */
  async restoreRaw() {
    const contents = await readBackupFile(current().backupBytes!);
    const name = 'bench-restore-raw';
    await Dexie.delete(name);
    const db = new Dexie(name);
    db.version(1).stores(currentStores());
    await db.open();
    const start = performance.now();
    await db.transaction('rw', db.tables, async () => {
      for (const [table, rows] of Object.entries(contents.tables)) await db.table(table).bulkAdd(rows);
    });
    const ms = performance.now() - start;
    db.close();
    return { ms };
  },
  lastRestorePhases() {
    return restorePhases;
  },

  /** One sign-in's key derivation at the shipped iteration count. */
  async signInKdf() {
    setTestKdfIterations(PRODUCTION_ITERATIONS);
    const key = createDataKey();
    const slot = await createSlot(key, 'bench-wachtwoord', { id: 'bench', kind: 'staff', staffId: 'bench' });
    const start = performance.now();
    await unlockSlot(slot, 'bench-wachtwoord');
    const ms = performance.now() - start;
    setTestKdfIterations(1_000);
    return { ms }; // only the unlock is the figure, not making the slot
  },

  /** Opens the dashboard and keeps what it loaded, as the screen does while it is shown. */
  async openDashboard() {
    const { repos } = current();
    openDashboard = await loadDashboard(repos, TODAY);
    return openDashboard.items.length;
  },
  closeDashboard() {
    openDashboard = null;
  },
};

(window as unknown as { gedeeldBench: typeof api }).gedeeldBench = api;
document.getElementById('state')!.textContent = 'ready';
