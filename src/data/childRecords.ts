// Every record of one child, table by table, as the registry lists the per-child tables.
import type { Id } from '../domain/types';
import type { HomeDb } from './db';
import { PER_CHILD_TABLES, type PerChildTableName, type RecordOf } from './tables';

export type ChildRecords = { [N in PerChildTableName]: RecordOf<N>[] };

/** Reads through the childId index of each per-child table; call inside a transaction for one snapshot. */
export async function readChildRecords(db: HomeDb, childId: Id): Promise<ChildRecords> {
  const lists = await Promise.all(
    PER_CHILD_TABLES.map((name) => db.table(name).where('childId').equals(childId).toArray()),
  );
  return Object.fromEntries(PER_CHILD_TABLES.map((name, i) => [name, lists[i]])) as ChildRecords;
}
