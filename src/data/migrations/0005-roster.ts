// Version 5: the roster (shift types, shifts, absences, patterns), role assignments with history and
// fixed contact moments; and the content migration that turns each child's single mentor, contact
// person and backup fields into assignments. The old fields stay on the child. Never edit after release.
import type { RoleAssignment } from '../../domain/assignments';
import type { Child, IsoDate, StaffMember } from '../../domain/types';
import { newId } from '../ids';
import { VERSION_4 } from './0004-school';
import type { ContentMigration } from './index';

export const VERSION_5 = {
  version: 5,
  stores: {
    ...VERSION_4.stores,
    shiftTypes: 'id',
    shifts: 'id, staffId, date, [staffId+date]',
    absences: 'id, staffId, from',
    staffPatterns: 'id, staffId',
    roleAssignments: 'id, childId, staffId, role',
    contactMoments: 'id, childId',
  },
} as const;

const later = (a: IsoDate, b: IsoDate | undefined) => (b !== undefined && b > a ? b : a);

/**
 * The best start date available for a single field: the placement start, or the day the staff member
 * started working when that came later (nobody was contact person before they worked here).
 */
function bestFrom(child: Child, member: StaffMember | undefined): IsoDate {
  return later(child.placementStart, member?.activeFrom);
}

/** The assignments one child's old fields describe (pure, so the test can check every field). */
export function assignmentsFromChild(
  child: Child,
  staffById: ReadonlyMap<string, StaffMember>,
  by: string,
  at: string,
): RoleAssignment[] {
  const meta = () => ({ id: newId(), createdAt: at, updatedAt: at, createdBy: by, updatedBy: by });
  const assignments: RoleAssignment[] = [];
  for (const mentor of child.mentorAssignments ?? []) {
    assignments.push({
      ...meta(),
      childId: child.id,
      role: 'mentor',
      staffId: mentor.staffId,
      from: mentor.from,
      ...(mentor.to !== undefined && { to: mentor.to }),
      migrated: true,
    });
  }
  const single = [
    ['contactPerson', child.contactPersonId],
    ['backup', child.backupContactPersonId],
  ] as const;
  for (const [role, staffId] of single) {
    if (!staffId) continue;
    const member = staffById.get(staffId);
    // An ended placement ends the role with it; so does the staff member's own end date.
    const ends = [child.placementEndedOn, member?.activeTo]
      .filter((d): d is IsoDate => d !== undefined)
      .sort();
    const from = bestFrom(child, member);
    const to = ends[0];
    assignments.push({
      ...meta(),
      childId: child.id,
      role,
      staffId,
      from,
      ...(to !== undefined && to >= from && { to }),
      migrated: true,
    });
  }
  return assignments;
}

export const rosterMigration: ContentMigration = {
  id: '0005-roster',
  version: 5,
  tables: ['roleAssignments'],
  async run({ db, staffId, now, tableDone }) {
    const [children, staff, existing] = await Promise.all([
      db.table('children').toArray() as Promise<Child[]>,
      db.table('staff').toArray() as Promise<StaffMember[]>,
      db.table('roleAssignments').toArray() as Promise<RoleAssignment[]>,
    ]);
    const staffById = new Map(staff.map((member) => [member.id, member]));
    // A child that already has assignments (written by newer code) is left as it is.
    const done = new Set(existing.map((assignment) => assignment.childId));
    const by = staffId ?? 'migration';
    const created = children
      .filter((child) => !done.has(child.id))
      .flatMap((child) => assignmentsFromChild(child, staffById, by, now.toISOString()));
    await db.table('roleAssignments').bulkAdd(created);
    tableDone('roleAssignments');
    return { roleAssignments: created.length, children: children.length };
  },
};
