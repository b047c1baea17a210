// Version 1 of every home database: the tables of the first release. Never edit after release.
export const VERSION_1 = {
  version: 1,
  stores: {
    staff: 'id',
    keySlots: 'id, staffId, kind',
    children: 'id',
    familyMembers: 'id, childId',
    agreements: 'id, childId, status, reviewOn',
    agreementRevisions: 'id, agreementId, childId',
    goals: 'id, childId, status',
    contacts: 'id, childId, at',
    evaluations: 'id, childId, heldOn',
    handovers: 'id, childId',
    auditLog: 'id, at, action, entity',
  },
} as const;
