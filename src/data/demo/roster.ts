// Generates a home's roster and continuity data: a shift type of its own, two-week patterns planned
// from eight weeks back to two weeks ahead, absences, role assignments with history, fixed contact
// moments, and contacts reshaped so some families see few faces and one family too many.
import type { ChangeReason, RoleAssignment } from '../../domain/assignments';
import type { ContactMoment } from '../../domain/contactMoments';
import { addDays, dateOfDateTime } from '../../domain/dates';
import {
  DEFAULT_SHIFT_TIMES,
  expandPattern,
  startOfWeek,
  type Absence,
  type PatternEntry,
  type Shift,
  type ShiftType,
  type StaffPattern,
} from '../../domain/roster';
import type { Child, Contact, FamilyMember, Id, IsoDate, StaffMember } from '../../domain/types';
import { isActiveOn, meta, momentOn } from './context';
import type { Random } from './random';

export interface RosterData {
  shiftTypes: ShiftType[];
  shifts: Shift[];
  absences: Absence[];
  staffPatterns: StaffPattern[];
  roleAssignments: RoleAssignment[];
  contactMoments: ContactMoment[];
}

interface RosterInput {
  rng: Random;
  today: IsoDate;
  staff: StaffMember[];
  children: Child[];
  familyMembers: FamilyMember[];
  contacts: Contact[];
}

/** The input with contacts and family members grouped per child (the 100× home has 60 000 contacts). */
interface Indexed extends RosterInput {
  contactsOf: (childId: Id) => Contact[];
  familyOf: (childId: Id) => FamilyMember[];
}

function groupBy<T extends { childId: Id }>(records: readonly T[]): (childId: Id) => T[] {
  const groups = new Map<Id, T[]>();
  for (const record of records) {
    const list = groups.get(record.childId);
    if (list) list.push(record);
    else groups.set(record.childId, [record]);
  }
  return (childId) => groups.get(childId) ?? [];
}

const WEEKS_BACK = 8;
const WEEKS_AHEAD = 2;

const entry = (week: number, weekday: number, kind: 'day' | 'evening' | 'sleepIn'): PatternEntry => ({
  week,
  weekday,
  kind,
  ...DEFAULT_SHIFT_TIMES[kind],
});

/** A two-week pattern: full-timers four shifts a week, part-timers two; slots spread over the week. */
function patternFor(rng: Random, slot: number, partTime: boolean): PatternEntry[] {
  const perWeek = partTime ? 2 : 4;
  const kinds = ['day', 'evening', 'sleepIn'] as const;
  const entries: PatternEntry[] = [];
  for (let week = 0; week < 2; week++) {
    const days = new Set<number>();
    for (let index = 0; days.size < perWeek && index < 14; index++)
      days.add(((slot * 2 + week * 3 + index * 2) % 7) + 1);
    for (const weekday of days) entries.push(entry(week, weekday, kinds[(slot + weekday + week) % 3]!));
  }
  return rng.shuffle(entries).sort((a, b) => a.week - b.week || a.weekday - b.weekday);
}

/** Role assignments from the child's fields, with a contact-person change where a colleague left. */
function assignmentsFor(input: RosterInput, child: Child, leaver: StaffMember | undefined): RoleAssignment[] {
  const { rng } = input;
  const actor = input.staff[0]!.id;
  const record = (
    role: RoleAssignment['role'],
    staffId: Id,
    from: IsoDate,
    to?: IsoDate,
    reason?: ChangeReason,
  ): RoleAssignment => ({
    ...meta(rng.id(), momentOn(rng, from), actor),
    childId: child.id,
    role,
    staffId,
    from,
    ...(to && { to }),
    ...(reason && { reason }),
  });
  const list: RoleAssignment[] = child.mentorAssignments.map((mentor, index) =>
    record('mentor', mentor.staffId, mentor.from, mentor.to, index > 0 ? 'caseload' : undefined),
  );
  const lastDay = child.placementEndedOn;
  const current = child.contactPersonId ? input.staff.find((m) => m.id === child.contactPersonId) : undefined;
  if (current) {
    const start = current.activeFrom > child.placementStart ? current.activeFrom : child.placementStart;
    // The colleague who left was the contact person before, for placements that began while they worked.
    if (
      leaver?.activeTo &&
      child.placementStart < leaver.activeTo &&
      start < leaver.activeTo &&
      rng.chance(0.5)
    ) {
      list.push(record('contactPerson', leaver.id, child.placementStart, leaver.activeTo));
      list.push(record('contactPerson', current.id, addDays(leaver.activeTo, 1), lastDay, 'leaving'));
    } else {
      list.push(record('contactPerson', current.id, start, lastDay));
    }
  }
  const backup = child.backupContactPersonId
    ? input.staff.find((m) => m.id === child.backupContactPersonId)
    : undefined;
  if (backup) {
    const start = backup.activeFrom > child.placementStart ? backup.activeFrom : child.placementStart;
    list.push(record('backup', backup.id, start, lastDay));
  }
  return list;
}

const MOMENT_NOTES: Record<string, string> = {
  phone: 'bellen met {wie}',
  videoCall: 'beeldbellen met {wie}',
  visitAtGroup: '{wie} komt op bezoek op de groep',
};

function momentFor(input: Indexed, child: Child, weekday: number): ContactMoment | undefined {
  const { rng } = input;
  const parent = input.familyOf(child.id).find((member) => member.kind === 'parent');
  if (!parent) return undefined;
  const channel = rng.pick(['phone', 'videoCall', 'videoCall', 'visitAtGroup'] as const);
  const who = parent.relation === 'mother' ? 'moeder' : parent.relation === 'father' ? 'vader' : 'ouder';
  const from = addDays(child.placementStart, 14);
  return {
    ...meta(rng.id(), momentOn(rng, from), input.staff[0]!.id),
    childId: child.id,
    weekday,
    time: rng.pick(['18:30', '19:00', '19:30']),
    durationMinutes: channel === 'visitAtGroup' ? 60 : 30,
    channel,
    familyMemberIds: [parent.id],
    everyWeeks: 1,
    from,
    note: MOMENT_NOTES[channel]!.replace('{wie}', who),
  };
}

const parentIdsOf = (input: Indexed, childId: Id) =>
  new Set(
    input
      .familyOf(childId)
      .filter((m) => m.kind === 'parent')
      .map((m) => m.id),
  );

/** Gives a family's recent parent contacts to its contact person or backup (when they worked that day). */
function fewerFaces(input: Indexed, child: Child, assignments: RoleAssignment[], since: IsoDate): void {
  const parents = parentIdsOf(input, child.id);
  const familiarRoles = assignments.filter(
    (a) => a.childId === child.id && (a.role === 'contactPerson' || a.role === 'backup'),
  );
  for (const contact of input.contactsOf(child.id)) {
    if (!contact.familyMemberIds.some((id) => parents.has(id))) continue;
    const on = dateOfDateTime(contact.at);
    if (on < since) continue;
    const familiar = familiarRoles
      .filter((a) => a.from <= on && (a.to ?? on) >= on)
      .map((a) => input.staff.find((m) => m.id === a.staffId)!)
      .filter((member) => member && isActiveOn(member, on));
    if (familiar.length === 0 || input.rng.chance(0.1)) continue;
    const staffId = input.rng.chance(0.75) ? familiar[0]!.id : input.rng.pick(familiar).id;
    Object.assign(contact, { staffId, createdBy: staffId, updatedBy: staffId });
  }
}

/** Spreads one family's parent contacts of the last 30 days over as many colleagues as possible. */
function manyFaces(input: Indexed, child: Child): void {
  const parents = parentIdsOf(input, child.id);
  const recent = input
    .contactsOf(child.id)
    .filter(
      (contact) =>
        contact.familyMemberIds.some((id) => parents.has(id)) &&
        dateOfDateTime(contact.at) > addDays(input.today, -30),
    );
  recent.forEach((contact, index) => {
    const on = dateOfDateTime(contact.at);
    const working = input.staff.filter(
      (m) => isActiveOn(m, on) && (m.role === 'careWorker' || m.role === 'mentor'),
    );
    if (working.length === 0) return;
    const staffId = working[index % working.length]!.id;
    Object.assign(contact, { staffId, createdBy: staffId, updatedBy: staffId });
  });
}

export function generateRoster(plain: RosterInput): RosterData {
  const input: Indexed = {
    ...plain,
    contactsOf: groupBy(plain.contacts),
    familyOf: groupBy(plain.familyMembers),
  };
  const { rng, today, staff, children } = input;
  const actor = staff[0]!.id;
  const firstWeek = addDays(startOfWeek(today), -7 * WEEKS_BACK);
  const lastDay = addDays(startOfWeek(today), 7 * (WEEKS_AHEAD + 1) - 1);
  const shiftTypes: ShiftType[] = [
    {
      ...meta(rng.id(), momentOn(rng, firstWeek), actor),
      name: 'Tussendienst',
      start: '11:00',
      end: '19:00',
    },
  ];
  const leaver = staff.find((member) => member.activeTo !== undefined && member.activeTo < today);
  const inCare = children.filter((child) => child.placementEndedOn === undefined);
  const roleAssignments = children.flatMap((child) => assignmentsFor(input, child, leaver));
  const assignmentsOf = groupBy(roleAssignments);

  // Fixed moments for families in care; the first regular families see few faces, one sees many.
  const contactMoments: ContactMoment[] = [];
  const momentDay = new Map<Id, number>();
  for (const child of inCare) {
    const weekday = rng.int(1, 7);
    const moment = rng.chance(0.85) ? momentFor(input, child, weekday) : undefined;
    if (moment) {
      contactMoments.push(moment);
      momentDay.set(child.id, weekday);
    }
  }
  const regular = inCare.filter(
    (child) => child.contactPersonId && addDays(child.placementStart, 100) < today,
  );
  const crowded = regular.find(
    (child) =>
      input.contactsOf(child.id).filter((c) => dateOfDateTime(c.at) > addDays(today, -30)).length >= 6,
  );
  const calm = new Set(regular.filter((child) => child !== crowded).map((child) => child.id));
  for (const child of inCare) {
    if (calm.has(child.id) || addDays(child.placementStart, 100) >= today)
      fewerFaces(input, child, assignmentsOf(child.id), addDays(today, -120));
  }
  if (crowded) manyFaces(input, crowded);

  // Patterns for the care workers and mentors working now; a contact person works on their family's day.
  const workers = staff.filter(
    (m) => isActiveOn(m, today) && (m.role === 'careWorker' || m.role === 'mentor'),
  );
  const staffPatterns: StaffPattern[] = workers.map((member, slot) => {
    const entries = patternFor(rng, slot, slot % 3 === 2);
    for (const child of inCare) {
      const weekday = momentDay.get(child.id);
      if (weekday === undefined || child.contactPersonId !== member.id || child === crowded) continue;
      for (const week of [0, 1]) {
        const index = entries.findIndex((e) => e.week === week && e.weekday === weekday);
        if (index >= 0) entries.splice(index, 1);
        entries.push(entry(week, weekday, 'evening'));
      }
    }
    return {
      ...meta(rng.id(), momentOn(rng, firstWeek), actor),
      staffId: member.id,
      startsOn: firstWeek,
      cycleWeeks: 2,
      entries: entries.sort((a, b) => a.week - b.week || a.weekday - b.weekday),
    };
  });

  // Absences: a long leave starting this week for a contact person, a training day, an open sick report.
  const absences: Absence[] = [];
  const contactPersons = workers.filter((m) => inCare.some((c) => c.contactPersonId === m.id));
  const onLeave = contactPersons.find((m) =>
    inCare.some((c) => c.contactPersonId === m.id && !c.backupContactPersonId),
  );
  const absence = (staffId: Id, kind: Absence['kind'], from: IsoDate, to?: IsoDate): Absence => ({
    ...meta(rng.id(), momentOn(rng, addDays(from, -10) < today ? addDays(from, -10) : today), actor),
    staffId,
    kind,
    from,
    ...(to && { to }),
  });
  if (onLeave) absences.push(absence(onLeave.id, 'leave', addDays(today, 1), addDays(today, 14)));
  const others = workers.filter((m) => m !== onLeave);
  if (others[0]) absences.push(absence(others[0].id, 'training', addDays(today, -10), addDays(today, -10)));
  if (others[1]) absences.push(absence(others[1].id, 'sick', addDays(today, -2)));

  const shifts: Shift[] = [];
  for (const pattern of staffPatterns) {
    const member = staff.find((m) => m.id === pattern.staffId)!;
    const from = member.activeFrom > firstWeek ? member.activeFrom : firstWeek;
    const mine = absences.filter((a) => a.staffId === member.id);
    for (const draft of expandPattern(pattern, from, lastDay, [], mine)) {
      const planned = draft.date <= today ? addDays(draft.date, -14) : addDays(today, -rng.int(1, 10));
      shifts.push({
        ...draft,
        ...meta(rng.id(), momentOn(rng, planned < firstWeek ? firstWeek : planned), actor),
      });
    }
  }
  // The home's own shift type: a mid-shift on Wednesdays for one colleague, where they are free.
  const mid = workers.find((_, slot) => slot % 3 === 2) ?? workers[0];
  if (mid) {
    for (let date = addDays(firstWeek, 2); date <= lastDay; date = addDays(date, 7)) {
      if (date < mid.activeFrom || shifts.some((s) => s.staffId === mid.id && s.date === date)) continue;
      shifts.push({
        ...meta(rng.id(), momentOn(rng, addDays(date < today ? date : today, -7)), actor),
        staffId: mid.id,
        date,
        kind: 'custom',
        shiftTypeId: shiftTypes[0]!.id,
        start: shiftTypes[0]!.start,
        end: shiftTypes[0]!.end,
      });
    }
  }
  return { shiftTypes, shifts, absences, staffPatterns, roleAssignments, contactMoments };
}
