// The audit log: who did what to which entity, when; written in the same transaction as the change,
// each entry hash-chained to the one before it (see auditChain.ts).
import type { AuditAction, AuditEntry, Id } from '../domain/types';
import {
  chainLegacyEntries,
  chainValue,
  deriveAuditKey,
  GENESIS,
  verifyChain,
  type ChainCheck,
} from './auditChain';
import { keyHolderOf, type HomeDb } from './db';
import { newId } from './ids';

export interface AuditInput {
  action: AuditAction;
  entity: string;
  entityId?: Id;
  staffId?: Id;
  /** The child the entry is about (its id only; the Logboek looks the name up when it shows it). */
  childId?: Id;
  at?: string;
}

/** The entry's contents before it takes its place in the chain. */
function auditEntry(input: AuditInput): AuditEntry {
  return {
    id: newId(),
    at: input.at ?? new Date().toISOString(),
    action: input.action,
    entity: input.entity,
    ...(input.entityId ? { entityId: input.entityId } : {}),
    ...(input.staffId ? { staffId: input.staffId } : {}),
    ...(input.childId ? { childId: input.childId } : {}),
  };
}

function auditKey(db: HomeDb): Uint8Array {
  const dataKey = keyHolderOf(db).current();
  if (!dataKey) throw new Error('home is locked');
  return deriveAuditKey(dataKey);
}

/**
 * Adds an audit entry as the next link of the chain; the only way entries are written. Call it inside
 * the transaction of the change it records (that transaction must include `auditLog`); on its own it
 * opens one. Reading the last entry and adding the next happen in one transaction, so concurrent
 * writers are serialised by IndexedDB and never share a seq. Nothing here awaits anything but Dexie.
 */
export async function recordAudit(db: HomeDb, input: AuditInput): Promise<AuditEntry> {
  return db.transaction('rw', db.auditLog, async () => {
    const last = await db.auditLog.orderBy('seq').last();
    const entry = auditEntry(input);
    const seq = (last?.seq ?? 0) + 1;
    const key = auditKey(db);
    const chained: AuditEntry = { ...entry, seq, chain: chainValue(key, last?.chain ?? GENESIS, entry, seq) };
    key.fill(0);
    await db.auditLog.add(chained);
    return chained;
  });
}

/**
 * Gives the entries of a schema-version-1 log their place in the chain (see chainLegacyEntries); for
 * the v1 → v2 content migration, inside its transaction (which must include `auditLog`). Returns how
 * many entries were rewritten; 0 when the log was chained already, so running it twice is harmless.
 */
export async function chainLegacyAuditLog(db: HomeDb): Promise<number> {
  return db.transaction('rw', db.auditLog, async () => {
    const key = auditKey(db);
    const rechained = chainLegacyEntries(await db.auditLog.toArray(), key);
    key.fill(0);
    await db.auditLog.bulkPut(rechained);
    return rechained.length;
  });
}

/** Checks the whole chain of a home's audit log. */
export async function verifyAuditLog(db: HomeDb): Promise<ChainCheck> {
  const entries = await db.auditLog.toArray();
  entries.sort((a, b) => (a.seq ?? Infinity) - (b.seq ?? Infinity));
  const key = auditKey(db);
  try {
    return verifyChain(entries, key);
  } finally {
    key.fill(0);
  }
}

export interface AuditFilter {
  action?: AuditAction;
  entity?: string;
  staffId?: Id;
  childId?: Id;
  from?: string;
  to?: string;
}

/** Newest first, filtered; dates are compared as ISO strings (`to` is inclusive of that day). */
export async function listAudit(db: HomeDb, filter: AuditFilter = {}, limit = 500): Promise<AuditEntry[]> {
  const lower = filter.from ?? '';
  const upper = filter.to ? `${filter.to}\uffff` : '\uffff';
  const entries = await db.auditLog.where('at').between(lower, upper, true, true).reverse().toArray();
  return entries
    .filter(
      (entry) =>
        (!filter.action || entry.action === filter.action) &&
        (!filter.entity || entry.entity === filter.entity) &&
        (!filter.staffId || entry.staffId === filter.staffId) &&
        (!filter.childId || entry.childId === filter.childId),
    )
    .slice(0, limit);
}
