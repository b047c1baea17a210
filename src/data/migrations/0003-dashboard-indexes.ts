// Version 3: indexes that let the dashboard read only what decides its items — contacts with an open
// follow-up (a derived clear flag) and each child's latest evaluation. Never edit after release.
import type { ContentMigration } from './index';

export const VERSION_3 = {
  version: 3,
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
    contacts: 'id, childId, at, [childId+at], hasOpenFollowUp',
    evaluations: 'id, childId, heldOn, [childId+heldOn]',
    handovers: 'id, childId',
    auditLog: 'id, &seq, at, action, entity, childId',
  },
} as const;

/** Re-seals every contact, so the write path stores its open-follow-up flag for the new index. */
export const dashboardIndexes: ContentMigration = {
  id: '0003-dashboard-indexes',
  version: 3,
  tables: ['contacts'],
  async run({ db, tableDone }) {
    const contacts = await db.table('contacts').toArray();
    await db.table('contacts').bulkPut(contacts);
    tableDone('contacts');
    return { contacts: contacts.length };
  },
};
