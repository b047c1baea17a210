// Role assignments per child (mentor, vaste contactpersoon, backup) with from–to dates and the reason
// for each change, so a change of contact person keeps its history instead of overwriting it.
import { addDays, daysBetween } from './dates';
import { isPlacementActive } from './placements';
import type { Child, Id, IsoDate, RecordMeta, StaffMember } from './types';

export const ASSIGNMENT_ROLES = ['mentor', 'contactPerson', 'backup'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

/** Why a role changed hands: the one leaving leaves, the caseload is rebalanced, the parents asked. */
export const CHANGE_REASONS = ['leaving', 'caseload', 'parentsWish', 'other'] as const;
export type ChangeReason = (typeof CHANGE_REASONS)[number];

export interface RoleAssignment extends RecordMeta {
  childId: Id;
  role: AssignmentRole;
  staffId: Id;
  from: IsoDate;
  /** Last day (inclusive); none while it runs. */
  to?: IsoDate;
  /** Why this assignment replaced the previous one; none for the first. */
  reason?: ChangeReason;
  reasonNote?: string;
  /** Made by the migration from a child's single contact-person fields (the start date is a best guess). */
  migrated?: boolean;
}

export type RoleAssignmentDraft = Omit<RoleAssignment, keyof RecordMeta>;

export function assignmentCoversDate(
  assignment: Pick<RoleAssignment, 'from' | 'to'>,
  date: IsoDate,
): boolean {
  return assignment.from <= date && (assignment.to === undefined || assignment.to >= date);
}

/** Whether the assignment still runs on or after `today` (open, or ending today or later). */
export function isOpenAssignment(assignment: Pick<RoleAssignment, 'to'>, today: IsoDate): boolean {
  return assignment.to === undefined || assignment.to >= today;
}

// Per-child index of a list of assignments, built once per list (figures ask per child, per contact).
const byChildIndex = new WeakMap<readonly RoleAssignment[], Map<Id, RoleAssignment[]>>();

/** The assignments of one child, from an index kept per list (the list is never mutated). */
export function assignmentsOfChild(
  assignments: readonly RoleAssignment[],
  childId: Id,
): readonly RoleAssignment[] {
  let index = byChildIndex.get(assignments);
  if (!index) {
    index = new Map();
    for (const assignment of assignments) {
      const list = index.get(assignment.childId);
      if (list) list.push(assignment);
      else index.set(assignment.childId, [assignment]);
    }
    byChildIndex.set(assignments, index);
  }
  return index.get(childId) ?? [];
}

/**
 * The assignment of `role` for the child on `date`. When two overlap (a handover week) the one that
 * started last wins, because that person is taking over.
 */
export function holderOn(
  assignments: readonly RoleAssignment[],
  childId: Id,
  role: AssignmentRole,
  date: IsoDate,
): RoleAssignment | undefined {
  let current: RoleAssignment | undefined;
  for (const assignment of assignmentsOfChild(assignments, childId)) {
    if (assignment.role !== role) continue;
    if (!assignmentCoversDate(assignment, date)) continue;
    if (current === undefined || assignment.from >= current.from) current = assignment;
  }
  return current;
}

/** One role's assignments of a child, oldest first. */
export function roleHistory(
  assignments: readonly RoleAssignment[],
  childId: Id,
  role: AssignmentRole,
): RoleAssignment[] {
  return assignments
    .filter((assignment) => assignment.childId === childId && assignment.role === role)
    .sort((a, b) =>
      a.from < b.from ? -1 : a.from > b.from ? 1 : (a.to ?? '9999') < (b.to ?? '9999') ? -1 : 1,
    );
}

/** The familiar staff of a family on `date`, in order of preference: contact person, then backup. */
export function familiarStaffOn(
  assignments: readonly RoleAssignment[],
  childId: Id,
  date: IsoDate,
): { staffId: Id; role: 'contactPerson' | 'backup' }[] {
  const familiar: { staffId: Id; role: 'contactPerson' | 'backup' }[] = [];
  for (const role of ['contactPerson', 'backup'] as const) {
    const holder = holderOn(assignments, childId, role, date);
    if (holder && !familiar.some((item) => item.staffId === holder.staffId))
      familiar.push({ staffId: holder.staffId, role });
  }
  return familiar;
}

export interface RoleChange {
  childId: Id;
  role: AssignmentRole;
  staffId: Id;
  from: IsoDate;
  reason?: ChangeReason;
  reasonNote?: string;
}

export type RoleChangeError = 'sameStaff' | 'beforeCurrentStart' | 'reasonRequired';

/**
 * What a change of role holder does: the running assignment ends the day before `from`, a new one
 * starts on `from`. A change of an existing holder needs a reason; the first assignment does not.
 */
export function planRoleChange(
  assignments: readonly RoleAssignment[],
  change: RoleChange,
):
  | { ok: true; end?: { id: Id; to: IsoDate }; create: RoleAssignmentDraft }
  | { ok: false; error: RoleChangeError } {
  const current = holderOn(assignments, change.childId, change.role, change.from);
  if (current && current.staffId === change.staffId) return { ok: false, error: 'sameStaff' };
  if (current && change.from <= current.from) return { ok: false, error: 'beforeCurrentStart' };
  if (current && change.reason === undefined) return { ok: false, error: 'reasonRequired' };
  const create: RoleAssignmentDraft = {
    childId: change.childId,
    role: change.role,
    staffId: change.staffId,
    from: change.from,
    ...(current && change.reason && { reason: change.reason }),
    ...(current && change.reasonNote && { reasonNote: change.reasonNote }),
  };
  return current
    ? { ok: true, end: { id: current.id, to: addDays(change.from, -1) }, create }
    : { ok: true, create };
}

/** Runs of the same person in a role, with consecutive or overlapping assignments merged. */
function holderRuns(history: readonly RoleAssignment[]): { staffId: Id; from: IsoDate; to?: IsoDate }[] {
  const runs: { staffId: Id; from: IsoDate; to?: IsoDate }[] = [];
  for (const assignment of history) {
    const last = runs[runs.length - 1];
    const continues =
      last !== undefined &&
      last.staffId === assignment.staffId &&
      (last.to === undefined || addDays(last.to, 1) >= assignment.from);
    if (last && continues) {
      last.to =
        last.to === undefined || assignment.to === undefined
          ? undefined
          : assignment.to > last.to
            ? assignment.to
            : last.to;
    } else {
      runs.push({
        staffId: assignment.staffId,
        from: assignment.from,
        ...(assignment.to && { to: assignment.to }),
      });
    }
  }
  return runs;
}

/**
 * How often the contact person changed hands during the placement: each new person after the first
 * counts once; a record re-entered for the same person does not.
 */
export function contactPersonChanges(
  assignments: readonly RoleAssignment[],
  child: Pick<Child, 'id' | 'placementStart' | 'placementEndedOn'>,
): number {
  const end = child.placementEndedOn ?? '9999-12-31';
  const during = roleHistory(assignments, child.id, 'contactPerson').filter(
    (assignment) =>
      assignment.from <= end && (assignment.to === undefined || assignment.to >= child.placementStart),
  );
  return Math.max(0, holderRuns(during).length - 1);
}

/** Days since today's contact person took over (their uninterrupted run); undefined without one. */
export function daysSinceContactPersonStarted(
  assignments: readonly RoleAssignment[],
  childId: Id,
  today: IsoDate,
): number | undefined {
  const current = holderOn(assignments, childId, 'contactPerson', today);
  if (!current) return undefined;
  const runs = holderRuns(roleHistory(assignments, childId, 'contactPerson').filter((a) => a.from <= today));
  const run = [...runs]
    .reverse()
    .find((candidate) => candidate.staffId === current.staffId && candidate.from <= today);
  return daysBetween(run?.from ?? current.from, today);
}

export interface Caseload {
  staffId: Id;
  contactPerson: number;
  mentor: number;
  backup: number;
  /** Distinct families this person holds any role for. */
  families: number;
}

/** Families per staff member on `today` (active placements only); every active staff member listed. */
export function caseloadPerStaff(
  assignments: readonly RoleAssignment[],
  children: readonly Pick<Child, 'id' | 'placementStart' | 'placementEndedOn'>[],
  staff: readonly Pick<StaffMember, 'id' | 'activeFrom' | 'activeTo'>[],
  today: IsoDate,
): Caseload[] {
  const active = new Set(
    children.filter((child) => isPlacementActive(child, today)).map((child) => child.id),
  );
  const loads = new Map<Id, Caseload & { childIds: Set<Id> }>();
  const loadOf = (staffId: Id) => {
    let load = loads.get(staffId);
    if (!load) {
      load = { staffId, contactPerson: 0, mentor: 0, backup: 0, families: 0, childIds: new Set() };
      loads.set(staffId, load);
    }
    return load;
  };
  for (const member of staff) {
    if (member.activeFrom <= today && (member.activeTo === undefined || member.activeTo >= today))
      loadOf(member.id);
  }
  for (const childId of active) {
    for (const role of ASSIGNMENT_ROLES) {
      const holder = holderOn(assignments, childId, role, today);
      if (!holder) continue;
      const load = loadOf(holder.staffId);
      load[role] += 1;
      load.childIds.add(childId);
    }
  }
  return [...loads.values()].map(({ childIds, ...load }) => ({ ...load, families: childIds.size }));
}

export interface OpenAssignment {
  assignment: RoleAssignment;
  child: Child;
}

/**
 * Assignments of a staff member that still run past their last working day, for reassignment when
 * they leave: only children still in care; the departed person's past records keep their name.
 */
export function assignmentsToReassign(
  member: Pick<StaffMember, 'id' | 'activeTo'>,
  assignments: readonly RoleAssignment[],
  children: readonly Child[],
  today: IsoDate,
): OpenAssignment[] {
  const lastDay = member.activeTo ?? today;
  const childrenById = new Map(children.map((child) => [child.id, child]));
  const open: OpenAssignment[] = [];
  for (const assignment of assignments) {
    if (assignment.staffId !== member.id) continue;
    if (assignment.to !== undefined && assignment.to <= lastDay) continue;
    const child = childrenById.get(assignment.childId);
    if (!child || child.placementEndedOn !== undefined) continue;
    open.push({ assignment, child });
  }
  return open.sort((a, b) => (a.child.name < b.child.name ? -1 : 1));
}

/** Staff whose end date has passed and who still hold assignments: the coordinator's to-do list. */
export function departedWithOpenAssignments(
  staff: readonly StaffMember[],
  assignments: readonly RoleAssignment[],
  children: readonly Child[],
  today: IsoDate,
): { member: StaffMember; open: OpenAssignment[] }[] {
  return staff
    .filter((member) => member.activeTo !== undefined && member.activeTo < today)
    .map((member) => ({ member, open: assignmentsToReassign(member, assignments, children, today) }))
    .filter((entry) => entry.open.length > 0);
}

/**
 * Staff with an end date (passed or still ahead) who hold assignments running past it, soonest
 * leaver first: a coordinator can hand their families over before the last day, not only after.
 */
export function leavingWithOpenAssignments(
  staff: readonly StaffMember[],
  assignments: readonly RoleAssignment[],
  children: readonly Child[],
  today: IsoDate,
): { member: StaffMember; open: OpenAssignment[] }[] {
  return staff
    .filter((member) => member.activeTo !== undefined)
    .sort((a, b) => (a.activeTo! < b.activeTo! ? -1 : a.activeTo! > b.activeTo! ? 1 : 0))
    .map((member) => ({ member, open: assignmentsToReassign(member, assignments, children, today) }))
    .filter((entry) => entry.open.length > 0);
}
