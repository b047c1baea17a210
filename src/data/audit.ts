// The audit log: who did what to which entity, when; written in the same transaction as the change.
import type { AuditAction, AuditEntry, Id } from '../domain/types';
import type { HomeDb } from './db';
import { newId } from './ids';

export interface AuditInput {
  action: AuditAction;
  entity: string;
  entityId?: Id;
  staffId?: Id;
  at?: string;
}

export function auditEntry(input: AuditInput): AuditEntry {
  return {
    id: newId(),
    at: input.at ?? new Date().toISOString(),
    action: input.action,
    entity: input.entity,
    ...(input.entityId ? { entityId: input.entityId } : {}),
    ...(input.staffId ? { staffId: input.staffId } : {}),
  };
}

/** Adds an audit entry; call inside the transaction of the change it records. */
export async function recordAudit(db: HomeDb, input: AuditInput): Promise<void> {
  await db.auditLog.add(auditEntry(input));
}

export interface AuditFilter {
  action?: AuditAction;
  entity?: string;
  staffId?: Id;
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
        (!filter.staffId || entry.staffId === filter.staffId),
    )
    .slice(0, limit);
}

/**
 * Gives audit entries of schema version 1 (written without `seq`) their order in the log, oldest
 * first; entries that already have one keep it.
 */
export function chainLegacyEntries(entries: AuditEntry[], _dataKey: Uint8Array): AuditEntry[] {
  const ordered = [...entries].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  return ordered.map((entry, index) => ({ ...entry, seq: index + 1 }));
}
