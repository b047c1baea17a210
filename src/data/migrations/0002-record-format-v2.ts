// Version 2: the clear `meta` and `damagedRecords` tables, audit chain order (`seq`) and child, and the
// per-child contact index. Never edit after release; its content migration re-seals every record.
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
