// Reads for the roster screens and the continuity card: through indexes, only the period that decides
// what they show (contacts of the last 90 days, shifts around the coming weeks, the families of the
// children placed then), never whole histories.
import type { RoleAssignment } from '../domain/assignments';
import type { ContactMoment } from '../domain/contactMoments';
import { addDays } from '../domain/dates';
import type { Absence, Shift } from '../domain/roster';
import type { Child, Contact, FamilyMember, IsoDate, StaffMember } from '../domain/types';
import type { HomeDb } from './db';

/** Days of contacts the figures look back (the 90-day figure), plus a day for time zones. */
export const CONTINUITY_LOOKBACK_DAYS = 91;
/** Days of shifts ahead: the coming week's planned contacts and a leave or absence gap after it. */
export const ROSTER_LOOKAHEAD_DAYS = 45;

export interface ContinuityRecords {
  children: Child[];
  staff: StaffMember[];
  familyMembers: FamilyMember[];
  contacts: Contact[];
  assignments: RoleAssignment[];
  shifts: Shift[];
  absences: Absence[];
  contactMoments: ContactMoment[];
}

/**
 * Everything the continuity figures of the last 90 days and the alerts of the coming weeks need;
 * `lookbackDays` more for a trend (six months: 190).
 */
export async function readContinuityRecords(
  db: HomeDb,
  today: IsoDate,
  lookbackDays = CONTINUITY_LOOKBACK_DAYS,
): Promise<ContinuityRecords> {
  return db.transaction(
    'r',
    [
      db.children,
      db.staff,
      db.familyMembers,
      db.contacts,
      db.roleAssignments,
      db.shifts,
      db.absences,
      db.contactMoments,
    ],
    async () => {
      const since = `${addDays(today, -lookbackDays)}T00:00:00.000Z`;
      const until = `${addDays(today, 2)}T00:00:00.000Z`;
      const lastDay = addDays(today, ROSTER_LOOKAHEAD_DAYS);
      const [children, staff, contacts, shifts, absences] = await Promise.all([
        db.children.toArray(),
        db.staff.toArray(),
        db.contacts.where('at').between(since, until, true, false).toArray(),
        db.shifts.where('date').between(addDays(today, -1), lastDay, true, true).toArray(),
        db.absences.toArray(),
      ]);
      // Families, roles and fixed moments only of the children placed at some time in the period the
      // figures and alerts look at: never those of every child the home ever had.
      const firstDay = addDays(today, -lookbackDays - 1);
      const ids = children
        .filter(
          (child) =>
            child.placementStart <= lastDay &&
            (child.placementEndedOn === undefined || child.placementEndedOn >= firstDay),
        )
        .map((child) => child.id);
      const [familyMembers, assignments, contactMoments] = await Promise.all([
        db.familyMembers.where('childId').anyOf(ids).toArray(),
        db.roleAssignments.where('childId').anyOf(ids).toArray(),
        db.contactMoments.where('childId').anyOf(ids).toArray(),
      ]);
      return { children, staff, familyMembers, contacts, assignments, shifts, absences, contactMoments };
    },
  );
}
