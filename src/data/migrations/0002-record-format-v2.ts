// Version 2: the clear `meta` and `damagedRecords` tables, the audit chain's order (`seq`) and child, the
// per-child contact index; and the content migration that re-seals every record in record format v2.
// Never edit after release.
import type { StaffMember } from '../../domain/types';
import type { HomeDb } from '../db';
import type { ContentMigration } from './index';

export const VERSION_2 = {
  version: 2,
  stores: {
    staff: 'id',
    keySlots: 'id, staffId, kind',
    meta: 'key',
    damagedRecords: '[table+id], table',
    children: 'id',
    familyMembers: 'id, childId',
    agreements: 'id, childId, status, reviewOn',
    agreementRevisions: 'id, agreementId, childId',
    goals: 'id, childId, status',
    contacts: 'id, childId, at, [childId+at]',
    evaluations: 'id, childId, heldOn',
    handovers: 'id, childId',
    auditLog: 'id, &seq, at, action, entity, childId',
  },
} as const;

/** The encrypted tables of version 2, in the order they are re-sealed (the audit log last). */
const TABLES_V2 = [
  'staff',
  'children',
  'familyMembers',
  'agreements',
  'agreementRevisions',
  'goals',
  'contacts',
  'evaluations',
  'handovers',
  'auditLog',
] as const;

/** Gives version-1 audit entries (no order, no chain) their place in the chain, inside the transaction. */
export type LegacyAuditChainer = (db: HomeDb) => Promise<number>;

export function recordFormatV2Migration(chainLegacy: LegacyAuditChainer): ContentMigration {
  return {
    id: '0002-record-format-v2',
    version: 2,
    tables: TABLES_V2,
    async run({ db, tableDone }) {
      const counts: Record<string, number> = {};
      const slots = await db.keySlots.where('kind').equals('staff').toArray();
      for (const name of TABLES_V2) {
        // Reading opens format v1; writing the same records back seals them in format v2.
        let records = (await db.table(name).toArray()) as Record<string, unknown>[];
        if (name === 'staff') {
          // Trust on first use: the slot that names a staff member now is recorded on their record.
          records = records.map((staff) => {
            const slot = slots.find(
              (candidate) => candidate.staffId === (staff as unknown as StaffMember).id,
            );
            return slot ? { ...staff, keySlotId: slot.id } : staff;
          });
        }
        await db.table(name).bulkPut(records);
        // The log, now in format v2, gets its order and chain values (HMAC under the data key).
        if (name === 'auditLog') await chainLegacy(db);
        counts[name] = records.length;
        tableDone(name);
      }
      return counts;
    },
  };
}
