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
import { createRepositories, type Repositories } from '../../src/data/repositories';
import { LockedHome } from '../../src/data/session';
import { currentStores, CONTENT_TABLES } from '../../src/data/tables';
import { loadDashboard } from '../../src/features/dashboard/dashboardQuery';
import type { Child, Id } from '../../src/domain/types';
import { generateHome } from '../../src/data/demo/generateHome';

const TODAY = '2026-11-24';

interface Home {
  repos: Repositories;
  plain: Dexie;
  child: Child;
  dbName: string;
}

let home: Home | null = null;

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

/** Raw IndexedDB: every record of the stores, or of one child through the childId index. */
async function rawRead(dbName: string, stores: string[], childId?: Id, staffIds?: Id[]): Promise<number> {
  const db = await rawOpen(dbName);
  const tx = db.transaction(stores, 'readonly');
  const requests = stores.map((store) => {
    const objectStore = tx.objectStore(store);
    if (store === 'staff' && staffIds) return Promise.all(staffIds.map((id) => request(objectStore.get(id))));
    if (childId && store !== 'staff') return request(objectStore.index('childId').getAll(childId));
    return request(objectStore.getAll());
  });
  const results = await Promise.all(requests);
  db.close();
  return results.reduce((sum, list) => sum + (list as unknown[]).length, 0);
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** What the child overview reads today: the child's records and the whole staff list. */
async function childOverview(repos: Repositories, childId: Id) {
  const [family, agreements, goals, contacts, evaluations, staff] = await Promise.all([
    repos.familyMembers.byChild(childId),
    repos.agreements.byChild(childId),
    repos.goals.byChild(childId),
    repos.contacts.byChild(childId),
    repos.evaluations.byChild(childId),
    repos.staff.list(),
  ]);
  return { family, agreements, goals, contacts, evaluations, staff };
}

async function plainChildOverview(plain: Dexie, childId: Id) {
  const byChild = (table: string) => plain.table(table).where('childId').equals(childId).toArray();
  return Promise.all([
    byChild('familyMembers'),
    byChild('agreements'),
    byChild('goals'),
    byChild('contacts'),
    byChild('evaluations'),
    plain.table('staff').toArray(),
  ]);
}

const api = {
  async setup(options: { scale: number; years: number }) {
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
    await plain.transaction('rw', CONTENT_TABLES as unknown as string[], async () => {
      for (const name of CONTENT_TABLES) await plain.table(name).bulkAdd(data[name]);
    });
    // The child with the most contacts among the current placements: the heaviest overview.
    const counts = new Map<Id, number>();
    for (const contact of data.contacts) counts.set(contact.childId, (counts.get(contact.childId) ?? 0) + 1);
    const child = data.children
      .filter((candidate) => !candidate.placementEndedOn)
      .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0))[0]!;
    home = { repos: createRepositories(result.session), plain, child, dbName: homeDbName(created.id) };
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
    const { repos } = current();
    const lists = await Promise.all([
      repos.children.list(),
      repos.contacts.list(),
      repos.agreements.list(),
      repos.evaluations.list(),
      repos.staff.list(),
    ]);
    return lists.reduce((sum, list) => sum + list.length, 0);
  },
  dashboardRaw() {
    return rawRead(current().dbName, ['children', 'contacts', 'agreements', 'evaluations', 'staff']);
  },
  async dashboardPlain() {
    const { plain } = current();
    const lists = await Promise.all(
      ['children', 'contacts', 'agreements', 'evaluations', 'staff'].map((table) =>
        plain.table(table).toArray(),
      ),
    );
    return lists.reduce((sum, list) => sum + list.length, 0);
  },

  async childOverview() {
    const { repos, child } = current();
    const read = await childOverview(repos, child.id);
    return read.contacts.length;
  },
  childOverviewRaw() {
    const { child, dbName } = current();
    const named = [
      child.contactPersonId,
      child.backupContactPersonId,
      ...child.mentorAssignments.map((a) => a.staffId),
    ];
    return rawRead(
      dbName,
      ['familyMembers', 'agreements', 'goals', 'contacts', 'evaluations', 'staff'],
      child.id,
      named.filter((id): id is Id => Boolean(id)),
    );
  },
  async childOverviewPlain() {
    const { plain, child } = current();
    return (await plainChildOverview(plain, child.id)).length;
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
    return ms;
  },

  heapBytes() {
    (globalThis as unknown as { gc?: () => void }).gc?.();
    return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
  },
};

(window as unknown as { gedeeldBench: typeof api }).gedeeldBench = api;
document.getElementById('state')!.textContent = 'ready';
