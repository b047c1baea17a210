// Version 4: schools per child (with history), school contact rules per topic and sick days; the content
// migration moves each child's free-text school card onto a new school record. Never edit after release.
import type { SchoolRecord } from '../../domain/schoolTypes';
import type { Child } from '../../domain/types';
import { newId } from '../ids';
import type { ContentMigration } from './index';

export const VERSION_4 = {
  version: 4,
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
    auditLog: 'id, &seq, at, action, entity, childId',
  },
} as const;

const filled = (text: string | undefined): string | undefined => (text?.trim() ? text : undefined);

/**
 * Moves `child.school` (name, contact, contact rules as typed) onto a new school record of that child,
 * word for word: name to name, contact to contactNote, the rules to notes. The child keeps no copy, so
 * there is one place the school lives. Children without any school text get no record.
 */
export const schoolRecords: ContentMigration = {
  id: '0004-school',
  version: 4,
  tables: ['children', 'schools'],
  async run({ db, staffId, now, tableDone }) {
    const children = (await db.table('children').toArray()) as Child[];
    const schools: SchoolRecord[] = [];
    const moved: Child[] = [];
    for (const child of children) {
      if (child.school === undefined) continue;
      const { school, ...rest } = child;
      const name = filled(school.name);
      const contactNote = filled(school.contact);
      const notes = filled(school.contactRules);
      moved.push(rest);
      if (!name && !contactNote && !notes) continue;
      const at = now.toISOString();
      const by = staffId ?? child.updatedBy;
      schools.push({
        id: newId(),
        createdAt: at,
        updatedAt: at,
        createdBy: by,
        updatedBy: by,
        childId: child.id,
        name: name ?? '',
        ...(contactNote && { contactNote }),
        ...(notes && { notes }),
        contacts: [],
        schoolDays: [],
        consents: [],
      });
    }
    await db.table('children').bulkPut(moved);
    tableDone('children');
    await db.table('schools').bulkAdd(schools);
    tableDone('schools');
    return { children: moved.length, schools: schools.length };
  },
};
