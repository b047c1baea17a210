// Loads everything the Word documents need about one child, in one read transaction: the child, every
// per-child table of the registry, and the staff list.
import type { Id } from '../domain/types';
import { readChildRecords } from './childRecords';
import type { Repositories } from './repositories';
import { PER_CHILD_TABLES } from './tables';

export async function loadChildExportData(repos: Repositories, childId: Id) {
  const db = repos.session.db;
  return db.transaction('r', ['children', 'staff', ...PER_CHILD_TABLES], async () => {
    const [child, records, staff] = await Promise.all([
      repos.children.get(childId),
      readChildRecords(db, childId),
      repos.staff.list(),
    ]);
    if (!child) throw new Error('child not found');
    return { child, ...records, staff, handover: records.handovers[0] ?? null };
  });
}

export type ChildExportData = Awaited<ReturnType<typeof loadChildExportData>>;
