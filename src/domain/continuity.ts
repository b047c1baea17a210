// Continuity (continuïteit): how few different staff a family deals with. Pure figures over the
// contact log and role assignments (the roster only sharpens the alerts), and the alerts they raise.
import {
  caseloadPerStaff,
  contactPersonChanges,
  daysSinceContactPersonStarted,
  familiarStaffOn,
  holderOn,
  isOpenAssignment,
  type Caseload,
  type RoleAssignment,
} from './assignments';
import { plannedContactCover, type ContactMoment, type PlannedContactCover } from './contactMoments';
import { addDays, addMonths, dateOfDateTime } from './dates';
import { isPlacementActive } from './placements';
import { absenceCovers, absenceDays, isRosterPlanned, type Absence, type Shift } from './roster';
import type { Child, Contact, FamilyMember, Id, IsoDate, StaffMember } from './types';

/** Default of the setting: more different staff than this in 30 days raises an alert. */
export const DEFAULT_MAX_STAFF_PER_30_DAYS = 4;
/** An absence longer than this many days leaves the families of a contact person uncovered. */
export const LONG_ABSENCE_DAYS = 7;
/** How far ahead a contact person's leaving date raises an alert. */
export const LEAVING_NOTICE_DAYS = 30;

type ChildDates = Pick<Child, 'id' | 'placementStart' | 'placementEndedOn'>;

/**
 * Contacts with the parents: at least one listed family member is a parent, or no one is listed
 * (older log entries did not record with whom). Contacts without a staff member are left out.
 */
export function parentContacts(
  contacts: readonly Contact[],
  familyMembers: readonly Pick<FamilyMember, 'id' | 'kind'>[],
): Contact[] {
  const parents = new Set(
    familyMembers.filter((member) => member.kind === 'parent').map((member) => member.id),
  );
  return contacts.filter(
    (contact) =>
      Boolean(contact.staffId) &&
      (contact.familyMemberIds.length === 0 || contact.familyMemberIds.some((id) => parents.has(id))),
  );
}

/**
 * The window of the last `days` days up to `today` (today included), within the placement: a child
 * placed mid-period counts from the start; an ended placement looks back from its last day.
 */
export function placementWindow(
  child: ChildDates,
  today: IsoDate,
  days: number,
): { from: IsoDate; to: IsoDate } | undefined {
  const to =
    child.placementEndedOn !== undefined && child.placementEndedOn < today ? child.placementEndedOn : today;
  const windowStart = addDays(to, -(days - 1));
  const from = child.placementStart > windowStart ? child.placementStart : windowStart;
  return from <= to ? { from, to } : undefined;
}

interface DatedContact {
  on: IsoDate;
  contact: Contact;
}

// Per-child index of a list of contacts with each contact's local date, built once per list: the
// figures ask per child and per month, and parsing a date-time is the costly part.
const contactIndex = new WeakMap<readonly Contact[], Map<Id, DatedContact[]>>();

function datedContactsOf(contacts: readonly Contact[], childId: Id): readonly DatedContact[] {
  let index = contactIndex.get(contacts);
  if (!index) {
    index = new Map();
    for (const contact of contacts) {
      const dated = { on: dateOfDateTime(contact.at), contact };
      const list = index.get(contact.childId);
      if (list) list.push(dated);
      else index.set(contact.childId, [dated]);
    }
    contactIndex.set(contacts, index);
  }
  return index.get(childId) ?? [];
}

function datedIn(contacts: readonly Contact[], childId: Id, from: IsoDate, to: IsoDate): DatedContact[] {
  return datedContactsOf(contacts, childId).filter(({ on }) => on >= from && on <= to);
}

function contactsIn(contacts: readonly Contact[], childId: Id, from: IsoDate, to: IsoDate): Contact[] {
  return datedIn(contacts, childId, from, to).map(({ contact }) => contact);
}

/** Different staff in contact with the parents in the last `days` days (0 when none or not placed yet). */
export function distinctStaffInContact(
  parentContactsOfHome: readonly Contact[],
  child: ChildDates,
  today: IsoDate,
  days: number,
): number {
  const window = placementWindow(child, today, days);
  if (!window) return 0;
  return new Set(contactsIn(parentContactsOfHome, child.id, window.from, window.to).map((c) => c.staffId))
    .size;
}

export interface FamiliarShare {
  familiar: number;
  total: number;
  /** familiar / total, undefined without contacts. */
  share?: number;
}

/**
 * Share of parent contacts done by the contact person or backup of the contact's own day (a
 * contact made by last year's contact person counted as familiar then).
 */
export function familiarShare(
  parentContactsOfHome: readonly Contact[],
  assignments: readonly RoleAssignment[],
  child: ChildDates,
  from: IsoDate,
  to: IsoDate,
): FamiliarShare {
  const contacts = contactsIn(parentContactsOfHome, child.id, from, to);
  let familiar = 0;
  for (const contact of contacts) {
    const on = dateOfDateTime(contact.at);
    if (familiarStaffOn(assignments, child.id, on).some((item) => item.staffId === contact.staffId))
      familiar++;
  }
  return {
    familiar,
    total: contacts.length,
    ...(contacts.length > 0 && { share: familiar / contacts.length }),
  };
}

export interface ChildContinuity {
  childId: Id;
  staffLast30: number;
  staffLast90: number;
  /** Over the last 90 days of the placement. */
  familiarShare90: FamiliarShare;
  contactPersonChanges: number;
  contactPersonId?: Id;
  backupId?: Id;
  daysSinceContactPersonStarted?: number;
}

export interface ContinuityInput {
  children: readonly Child[];
  contacts: readonly Contact[];
  familyMembers: readonly Pick<FamilyMember, 'id' | 'kind' | 'childId'>[];
  assignments: readonly RoleAssignment[];
  today: IsoDate;
}

/** Every figure of one child, from a home's parent contacts (see `parentContacts`). */
export function childContinuity(
  child: Child,
  parentContactsOfHome: readonly Contact[],
  assignments: readonly RoleAssignment[],
  today: IsoDate,
): ChildContinuity {
  const window90 = placementWindow(child, today, 90);
  const on = window90?.to ?? today;
  const contactPerson = holderOn(assignments, child.id, 'contactPerson', on);
  const backup = holderOn(assignments, child.id, 'backup', on);
  const days = daysSinceContactPersonStarted(assignments, child.id, on);
  return {
    childId: child.id,
    staffLast30: distinctStaffInContact(parentContactsOfHome, child, today, 30),
    staffLast90: distinctStaffInContact(parentContactsOfHome, child, today, 90),
    familiarShare90: window90
      ? familiarShare(parentContactsOfHome, assignments, child, window90.from, window90.to)
      : { familiar: 0, total: 0 },
    contactPersonChanges: contactPersonChanges(assignments, child),
    ...(contactPerson && { contactPersonId: contactPerson.staffId }),
    ...(backup && { backupId: backup.staffId }),
    ...(days !== undefined && { daysSinceContactPersonStarted: days }),
  };
}

/** A trend point: one calendar month. */
export interface ContinuityPoint {
  /** `YYYY-MM`. */
  month: string;
  /** Different staff in contact with the parents that month (average per family for the home). */
  staff: number;
  /** Parent contacts that month, and how many of them by the contact person or backup. */
  contacts: number;
  familiarContacts: number;
  /** familiarContacts / contacts, 0–1; undefined without contacts. */
  familiarShare?: number;
}

const monthStart = (date: IsoDate) => `${date.slice(0, 7)}-01`;

/** The last `months` calendar months up to today's, oldest first, for one child (within the placement). */
export function childTrend(
  child: ChildDates,
  parentContactsOfHome: readonly Contact[],
  assignments: readonly RoleAssignment[],
  today: IsoDate,
  months = 6,
): ContinuityPoint[] {
  const points: ContinuityPoint[] = [];
  for (let index = months - 1; index >= 0; index--) {
    const first = addMonths(monthStart(today), -index);
    const last = index === 0 ? today : addDays(addMonths(first, 1), -1);
    const from = child.placementStart > first ? child.placementStart : first;
    const end =
      child.placementEndedOn !== undefined && child.placementEndedOn < last ? child.placementEndedOn : last;
    if (from > end) {
      points.push({ month: first.slice(0, 7), staff: 0, contacts: 0, familiarContacts: 0 });
      continue;
    }
    const contacts = contactsIn(parentContactsOfHome, child.id, from, end);
    const { familiar, total, share } = familiarShare(parentContactsOfHome, assignments, child, from, end);
    points.push({
      month: first.slice(0, 7),
      staff: new Set(contacts.map((contact) => contact.staffId)).size,
      contacts: total,
      familiarContacts: familiar,
      ...(share !== undefined && { familiarShare: share }),
    });
  }
  return points;
}

/** The home's trend: average different staff per family in care that month, and the familiar share. */
export function homeTrend(input: ContinuityInput, months = 6): ContinuityPoint[] {
  const contacts = parentContacts(input.contacts, input.familyMembers);
  const perChild = input.children.map((child) => ({
    child,
    points: childTrend(child, contacts, input.assignments, input.today, months),
  }));
  return Array.from({ length: months }, (_, index) => {
    const month = addMonths(monthStart(input.today), index - (months - 1));
    const monthEnd = addDays(addMonths(month, 1), -1);
    const inCare = perChild.filter(
      ({ child }) =>
        child.placementStart <= monthEnd &&
        (child.placementEndedOn === undefined || child.placementEndedOn >= month),
    );
    const points = inCare.map(({ points: childPoints }) => childPoints[index]!);
    const staff = points.length > 0 ? points.reduce((sum, point) => sum + point.staff, 0) / points.length : 0;
    const total = points.reduce((sum, point) => sum + point.contacts, 0);
    const familiar = points.reduce((sum, point) => sum + point.familiarContacts, 0);
    return {
      month: month.slice(0, 7),
      staff,
      contacts: total,
      familiarContacts: familiar,
      ...(total > 0 && { familiarShare: familiar / total }),
    };
  });
}

export interface QuarterChange {
  /** `YYYY-Qn`. */
  quarter: string;
  joined: number;
  left: number;
}

/** Staff who joined and left per calendar quarter, over the last `quarters` quarters up to today's. */
export function staffChangesPerQuarter(
  staff: readonly Pick<StaffMember, 'activeFrom' | 'activeTo'>[],
  today: IsoDate,
  quarters = 4,
): QuarterChange[] {
  const quarterOf = (date: IsoDate) =>
    `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
  const firstMonth = Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1;
  const currentStart = `${today.slice(0, 4)}-${String(firstMonth).padStart(2, '0')}-01`;
  return Array.from({ length: quarters }, (_, index) => {
    const start = addMonths(currentStart, -3 * (quarters - 1 - index));
    const quarter = quarterOf(start);
    const inQuarter = (date: IsoDate | undefined) =>
      date !== undefined && date <= today && quarterOf(date) === quarter;
    return {
      quarter,
      joined: staff.filter((member) => inQuarter(member.activeFrom)).length,
      left: staff.filter((member) => inQuarter(member.activeTo)).length,
    };
  });
}

export interface HomeContinuity {
  children: ChildContinuity[];
  caseload: Caseload[];
  staffChanges: QuarterChange[];
  /** Averages over children in care today. */
  averageStaffLast30: number;
  familiarShare90?: number;
}

/** The home's figures: per child in care, caseload, staff changes, and the averages. */
export function homeContinuity(input: ContinuityInput & { staff: readonly StaffMember[] }): HomeContinuity {
  const contacts = parentContacts(input.contacts, input.familyMembers);
  const inCare = input.children.filter((child) => isPlacementActive(child, input.today));
  const children = inCare.map((child) => childContinuity(child, contacts, input.assignments, input.today));
  const familiar = children.reduce((sum, figures) => sum + figures.familiarShare90.familiar, 0);
  const total = children.reduce((sum, figures) => sum + figures.familiarShare90.total, 0);
  return {
    children,
    caseload: caseloadPerStaff(input.assignments, input.children, input.staff, input.today),
    staffChanges: staffChangesPerQuarter(input.staff, input.today),
    averageStaffLast30:
      children.length > 0
        ? children.reduce((sum, figures) => sum + figures.staffLast30, 0) / children.length
        : 0,
    ...(total > 0 && { familiarShare90: familiar / total }),
  };
}

// ---------------------------------------------------------------- alerts

export type ContinuityAlert =
  | { kind: 'tooManyFaces'; childId: Id; staffCount: number; max: number }
  | {
      kind: 'contactPersonGap';
      staffId: Id;
      reason: 'leaving' | 'absent';
      /** Leaving: the last working day; absent: the absence's first day. */
      date: IsoDate;
      /** Absent: the last day, when known. */
      until?: IsoDate;
      childIds: Id[];
    }
  | {
      kind: 'unfamiliarPlannedContact';
      childId: Id;
      date: IsoDate;
      time: string;
      cover: PlannedContactCover;
    };

export interface AlertInput extends ContinuityInput {
  staff: readonly StaffMember[];
  shifts: readonly Shift[];
  absences: readonly Absence[];
  contactMoments: readonly ContactMoment[];
  maxStaffPer30Days?: number;
}

/** Families in care that saw more than `max` different staff in the last 30 days. */
export function tooManyFacesAlerts(
  input: ContinuityInput,
  max = DEFAULT_MAX_STAFF_PER_30_DAYS,
): ContinuityAlert[] {
  const contacts = parentContacts(input.contacts, input.familyMembers);
  return input.children
    .filter((child) => isPlacementActive(child, input.today))
    .map((child) => ({ child, count: distinctStaffInContact(contacts, child, input.today, 30) }))
    .filter(({ count }) => count > max)
    .sort((a, b) => b.count - a.count)
    .map(({ child, count }) => ({ kind: 'tooManyFaces', childId: child.id, staffCount: count, max }));
}

/**
 * Whether the backup covers the gap from `from` to `to`: assigned, employed and not absent for the
 * whole gap, and — where the roster is used in that period — rostered at least once in it.
 */
function backupCovers(input: AlertInput, childId: Id, from: IsoDate, to: IsoDate): boolean {
  const backup = holderOn(input.assignments, childId, 'backup', from);
  if (!backup) return false;
  const member = input.staff.find((candidate) => candidate.id === backup.staffId);
  if (!member || (member.activeTo !== undefined && member.activeTo < to) || member.activeFrom > to)
    return false;
  const dates: IsoDate[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  const available = dates.filter(
    (date) =>
      !input.absences.some((absence) => absence.staffId === member.id && absenceCovers(absence, date)),
  );
  if (available.length === 0) return false;
  const rosterUsed = dates.some((date) => isRosterPlanned(input.shifts, date));
  if (!rosterUsed) return true;
  return input.shifts.some((shift) => shift.staffId === member.id && available.includes(shift.date));
}

/**
 * Contact persons leaving within `LEAVING_NOTICE_DAYS` (or already gone) or absent for more than
 * `LONG_ABSENCE_DAYS`, who still hold families that have no backup covering the gap.
 */
export function contactPersonGapAlerts(input: AlertInput): ContinuityAlert[] {
  const { today } = input;
  const inCare = input.children.filter((child) => isPlacementActive(child, today));
  const alerts: ContinuityAlert[] = [];
  for (const member of input.staff) {
    const held = (date: IsoDate) =>
      inCare.filter((child) => {
        const holder = holderOn(input.assignments, child.id, 'contactPerson', date);
        return holder?.staffId === member.id && isOpenAssignment(holder, date);
      });
    if (member.activeTo !== undefined && member.activeTo <= addDays(today, LEAVING_NOTICE_DAYS)) {
      // Families whose assignment runs past the last working day (or is still open after it).
      const after = addDays(member.activeTo, 1);
      const check = after > today ? after : today;
      const families = inCare.filter((child) => {
        const holder = holderOn(input.assignments, child.id, 'contactPerson', check);
        return holder?.staffId === member.id && !backupCovers(input, child.id, check, addDays(check, 13));
      });
      if (families.length > 0)
        alerts.push({
          kind: 'contactPersonGap',
          staffId: member.id,
          reason: 'leaving',
          date: member.activeTo,
          childIds: families.map((child) => child.id).sort(),
        });
      continue;
    }
    for (const absence of input.absences) {
      if (absence.staffId !== member.id) continue;
      if (absence.to !== undefined && absence.to < today) continue;
      if (absence.from > addDays(today, 14)) continue;
      // An open sick report counts up to today: it becomes long once it passes the week.
      if (absenceDays(absence, today) <= LONG_ABSENCE_DAYS) continue;
      const from = absence.from > today ? absence.from : today;
      const to = absence.to ?? addDays(from, 13);
      const families = held(from).filter((child) => !backupCovers(input, child.id, from, to));
      if (families.length > 0)
        alerts.push({
          kind: 'contactPersonGap',
          staffId: member.id,
          reason: 'absent',
          date: absence.from,
          ...(absence.to && { until: absence.to }),
          childIds: families.map((child) => child.id).sort(),
        });
    }
  }
  return alerts;
}

/** Planned parent contacts of the coming seven days (today included) with no familiar person on shift. */
export function unfamiliarPlannedContactAlerts(input: AlertInput): ContinuityAlert[] {
  const inCare = new Set(
    input.children.filter((child) => isPlacementActive(child, input.today)).map((child) => child.id),
  );
  const moments = input.contactMoments.filter((moment) => inCare.has(moment.childId));
  return plannedContactCover(moments, input.today, addDays(input.today, 6), input)
    .filter((cover) => cover.flagged)
    .map((cover) => ({
      kind: 'unfamiliarPlannedContact',
      childId: cover.childId,
      date: cover.date,
      time: cover.time,
      cover,
    }));
}

/** Every continuity alert of the home, for the dashboard card. */
export function continuityAlerts(input: AlertInput): ContinuityAlert[] {
  return [
    ...contactPersonGapAlerts(input),
    ...tooManyFacesAlerts(input, input.maxStaffPer30Days ?? DEFAULT_MAX_STAFF_PER_30_DAYS),
    ...unfamiliarPlannedContactAlerts(input),
  ];
}
