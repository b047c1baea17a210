// Destroying a child's file (Jeugdwet 7.3.8–7.3.9): every record of the child in one transaction,
// leaving one audit entry and a clear record of why (categories and dates, never names or content).
import {
  childrenPastRetention,
  isDestructionRequestComplete,
  type DestructionRequest,
} from '../domain/retention';
import type { Child, Id, IsoDate } from '../domain/types';
import { recordAudit } from './audit';
import type { HomeDb } from './db';
import { readHomePolicy } from './homePolicy';
import { PER_CHILD_TABLES } from './tables';

export type DestructionReason =
  { kind: 'retentionExpired' } | { kind: 'request'; request: DestructionRequest };

/** What stays in the clear `meta` table after a destruction: no name, no content. */
export interface DestructionRecord {
  destroyedAt: string;
  destroyedBy: Id;
  reason: 'retentionExpired' | 'request';
  request?: DestructionRequest;
  /** Records removed per table. */
  removed: Record<string, number>;
}

export class DestructionRefused extends Error {
  constructor(readonly why: 'notCoordinator' | 'notFound' | 'retentionNotOver' | 'requestIncomplete') {
    super(`destruction refused: ${why}`);
    this.name = 'DestructionRefused';
  }
}

export interface DestroyInput {
  db: HomeDb;
  childId: Id;
  staffId: Id;
  isCoordinator: boolean;
  reason: DestructionReason;
  today: IsoDate;
  now?: Date;
}

/** Removes the child and every record of the child; all or nothing. */
export async function destroyChildFile(input: DestroyInput): Promise<DestructionRecord> {
  const { db, childId, reason, today } = input;
  if (!input.isCoordinator) throw new DestructionRefused('notCoordinator');
  const policy = await readHomePolicy(db);
  const tables = [db.children, db.auditLog, db.meta, ...PER_CHILD_TABLES.map((name) => db.table(name))];
  return db.transaction('rw', tables, async () => {
    const child = (await db.children.get(childId)) as Child | undefined;
    if (!child) throw new DestructionRefused('notFound');
    if (
      reason.kind === 'retentionExpired' &&
      childrenPastRetention([child], policy.retentionYears, today).length === 0
    ) {
      throw new DestructionRefused('retentionNotOver');
    }
    if (reason.kind === 'request' && !isDestructionRequestComplete(reason.request, today)) {
      throw new DestructionRefused('requestIncomplete');
    }
    const removed: Record<string, number> = {};
    for (const name of PER_CHILD_TABLES) {
      removed[name] = await db.table(name).where('childId').equals(childId).delete();
    }
    await db.children.delete(childId);
    removed.children = 1;
    const entry = await recordAudit(db, {
      action: 'destroy',
      entity: 'children',
      entityId: childId,
      staffId: input.staffId,
      at: (input.now ?? new Date()).toISOString(),
    });
    const record: DestructionRecord = {
      destroyedAt: entry.at,
      destroyedBy: input.staffId,
      reason: reason.kind,
      ...(reason.kind === 'request' ? { request: reason.request } : {}),
      removed,
    };
    await db.meta.put({ key: `destruction:${entry.id}`, value: record });
    return record;
  });
}
