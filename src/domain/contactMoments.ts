// Fixed contact moments (vaste contactmomenten) per family, and who on the roster does each one:
// the contact person when on shift, then the backup, else a colleague (flagged ahead of time).
import { familiarStaffOn, type RoleAssignment } from './assignments';
import { addDays, addMonths, daysBetween } from './dates';
import { nextEvaluationDue } from './evaluations';
import { isoWeekday, isRosterPlanned, staffOnShift, type Absence, type Shift, type WallTime } from './roster';
import type { Child, ContactChannel, Evaluation, Id, IsoDate, RecordMeta } from './types';

export interface ContactMoment extends RecordMeta {
  childId: Id;
  /** ISO weekday: Monday 1 … Sunday 7. */
  weekday: number;
  time: WallTime;
  durationMinutes: number;
  channel: ContactChannel;
  /** The family members the moment is with. */
  familyMemberIds: Id[];
  /** Every week (1) or every other week (2), counted from `from`. */
  everyWeeks: 1 | 2;
  from: IsoDate;
  to?: IsoDate;
  /** In the family's words, e.g. "beeldbellen met moeder". */
  note?: string;
}

export interface PlannedContact {
  moment: ContactMoment;
  childId: Id;
  date: IsoDate;
  time: WallTime;
}

/** Whether a fixed moment falls on `date`. */
export function momentFallsOn(moment: ContactMoment, date: IsoDate): boolean {
  if (date < moment.from || (moment.to !== undefined && date > moment.to)) return false;
  if (isoWeekday(date) !== moment.weekday) return false;
  const weeks = Math.floor(daysBetween(moment.from, date) / 7);
  return weeks % moment.everyWeeks === 0;
}

/** The planned contacts from `from` to `to` (inclusive), by date and time. */
export function plannedContactsBetween(
  moments: readonly ContactMoment[],
  from: IsoDate,
  to: IsoDate,
): PlannedContact[] {
  const planned: PlannedContact[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    for (const moment of moments) {
      if (momentFallsOn(moment, date))
        planned.push({ moment, childId: moment.childId, date, time: moment.time });
    }
  }
  return planned.sort((a, b) =>
    a.date + a.time < b.date + b.time ? -1 : a.date + a.time > b.date + b.time ? 1 : 0,
  );
}

/**
 * contactPerson / backup: that familiar person is on shift; colleague: only others are (flagged);
 * nobody: no one is on shift then (flagged); notPlanned: nobody is rostered that day at all, so the
 * roster says nothing (the app works without a roster).
 */
export type CoverKind = 'contactPerson' | 'backup' | 'colleague' | 'nobody' | 'notPlanned';

export interface PlannedContactCover extends PlannedContact {
  kind: CoverKind;
  /** Who does it: the familiar person on shift, else the first colleague on shift. */
  staffId?: Id;
  onShift: Id[];
  /** True when the parents will not speak to a familiar person unless something changes. */
  flagged: boolean;
}

export interface CoverInput {
  assignments: readonly RoleAssignment[];
  shifts: readonly Shift[];
  absences: readonly Absence[];
}

/** Who is on shift to do a planned contact, preferring the contact person, then the backup. */
export function coverFor(planned: PlannedContact, input: CoverInput): PlannedContactCover {
  const { date, time, childId } = planned;
  if (!isRosterPlanned(input.shifts, date) && !isRosterPlanned(input.shifts, addDays(date, -1)))
    return { ...planned, kind: 'notPlanned', onShift: [], flagged: false };
  const onShift = staffOnShift(input.shifts, input.absences, date, time);
  for (const familiar of familiarStaffOn(input.assignments, childId, date)) {
    if (onShift.includes(familiar.staffId))
      return { ...planned, kind: familiar.role, staffId: familiar.staffId, onShift, flagged: false };
  }
  const colleague = [...onShift].sort()[0];
  if (colleague) return { ...planned, kind: 'colleague', staffId: colleague, onShift, flagged: true };
  return { ...planned, kind: 'nobody', onShift, flagged: true };
}

/** The planned contacts of `from`–`to` with who does them. */
export function plannedContactCover(
  moments: readonly ContactMoment[],
  from: IsoDate,
  to: IsoDate,
  input: CoverInput,
): PlannedContactCover[] {
  return plannedContactsBetween(moments, from, to).map((planned) => coverFor(planned, input));
}

/** Field → code for a contact moment draft; empty when valid. */
export function validateContactMoment(
  draft: Partial<Omit<ContactMoment, keyof RecordMeta>>,
): Partial<
  Record<
    'weekday' | 'time' | 'from' | 'to' | 'durationMinutes',
    'required' | 'invalidTime' | 'endBeforeStart' | 'outOfRange'
  >
> {
  const errors: ReturnType<typeof validateContactMoment> = {};
  if (draft.weekday === undefined) errors.weekday = 'required';
  else if (!Number.isInteger(draft.weekday) || draft.weekday < 1 || draft.weekday > 7)
    errors.weekday = 'outOfRange';
  if (!draft.time) errors.time = 'required';
  else if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(draft.time)) errors.time = 'invalidTime';
  if (!draft.from) errors.from = 'required';
  if (draft.to && draft.from && draft.to < draft.from) errors.to = 'endBeforeStart';
  if (draft.durationMinutes !== undefined && (draft.durationMinutes < 5 || draft.durationMinutes > 240))
    errors.durationMinutes = 'outOfRange';
  return errors;
}

/** The first date on or after `onOrAfter` the moment happens, or undefined when it has ended. */
export function nextOccurrence(moment: ContactMoment, onOrAfter: IsoDate): IsoDate | undefined {
  const start = onOrAfter > moment.from ? onOrAfter : moment.from;
  for (let date = start, step = 0; step < 7 * moment.everyWeeks; date = addDays(date, 1), step++) {
    if (moment.to !== undefined && date > moment.to) return undefined;
    if (momentFallsOn(moment, date)) return date;
  }
  return undefined;
}

/**
 * Evaluation dates for a calendar: the next one due (as planned, even when overdue) and `count - 1`
 * after it at the child's interval, up to the expected end of the placement.
 */
export function upcomingEvaluationDates(
  evaluations: readonly Evaluation[],
  child: Pick<
    Child,
    'id' | 'placementStart' | 'placementEnd' | 'placementEndedOn' | 'evaluationIntervalMonths'
  >,
  count = 4,
): IsoDate[] {
  if (child.placementEndedOn !== undefined) return [];
  const dates: IsoDate[] = [];
  for (let date = nextEvaluationDue(evaluations, child); dates.length < count;) {
    if (child.placementEnd !== undefined && date > child.placementEnd) break;
    dates.push(date);
    date = addMonths(date, child.evaluationIntervalMonths);
  }
  return dates;
}
