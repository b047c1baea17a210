// Version 6: reports with the parents' own voice — the reports, their frozen versions and the
// reactions on them. New tables only, so nothing to rewrite. Never edit after release.
export const VERSION_6 = {
  version: 6,
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
    schools: 'id, childId',
    schoolRules: 'id, childId, schoolId',
    sickReports: 'id, childId, sickOn, stillSick',
    reports: 'id, childId, status',
    reportVersions: 'id, reportId, childId',
    reportReactions: 'id, reportId, childId',
    auditLog: 'id, &seq, at, action, entity, childId',
  },
} as const;
