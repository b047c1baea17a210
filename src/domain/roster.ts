// The roster (rooster): shifts on a local date with wall-clock times, repeating patterns per staff
// member, absences, and who is on shift at a given moment. Times are local wall-clock `HH:MM`.
import { addDays, daysBetween, isIsoDate } from './dates';
import type { Id, IsoDate, RecordMeta, StaffMember } from './types';

/** A wall-clock time, `HH:MM` (24 h). */
export type WallTime = string;

export const BUILT_IN_SHIFT_KINDS = ['day', 'evening', 'night', 'sleepIn'] as const;
export type BuiltInShiftKind = (typeof BUILT_IN_SHIFT_KINDS)[number];
/** A built-in kind, or `custom` with `shiftTypeId` naming one of the home's own shift types. */
export type ShiftKind = BuiltInShiftKind | 'custom';

/** Default times of the built-in shifts; a home can plan other times per shift. */
export const DEFAULT_SHIFT_TIMES: Readonly<Record<BuiltInShiftKind, { start: WallTime; end: WallTime }>> = {
  day: { start: '07:30', end: '15:30' },
  evening: { start: '15:00', end: '23:00' },
  night: { start: '23:00', end: '07:30' },
  sleepIn: { start: '22:00', end: '08:00' },
};

/** A home's own shift type ("tussendienst 11:00–19:00"). */
export interface ShiftType extends RecordMeta {
  name: string;
  start: WallTime;
  end: WallTime;
  archived?: boolean;
}

/** The part of a shift that says when it is: kind and local times. */
export interface ShiftTime {
  kind: ShiftKind;
  shiftTypeId?: Id;
  start: WallTime;
  /** At or before `start` means the shift ends the next day (a night shift). */
  end: WallTime;
}

export interface Shift extends RecordMeta, ShiftTime {
  staffId: Id;
  /** The local date the shift starts on. */
  date: IsoDate;
  note?: string;
}

export type ShiftDraft = Omit<Shift, keyof RecordMeta>;

export const ABSENCE_KINDS = ['leave', 'sick', 'training'] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];

export interface Absence extends RecordMeta {
  staffId: Id;
  kind: AbsenceKind;
  from: IsoDate;
  /** Last day of the absence (inclusive); none while a sick report is open. */
  to?: IsoDate;
  note?: string;
}

/** One shift of a repeating pattern: in week `week` (0-based) of the cycle, on ISO weekday 1–7. */
export interface PatternEntry extends ShiftTime {
  week: number;
  weekday: number;
}

/** A staff member's repeating pattern: a cycle of `cycleWeeks` weeks starting on the Monday `startsOn`. */
export interface StaffPattern extends RecordMeta {
  staffId: Id;
  startsOn: IsoDate;
  cycleWeeks: number;
  entries: PatternEntry[];
  /** Last day the pattern applies (inclusive); none means until changed. */
  until?: IsoDate;
}

const WALL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isWallTime(value: unknown): value is WallTime {
  return typeof value === 'string' && WALL_TIME.test(value);
}

/** ISO weekday of a date: Monday 1 … Sunday 7 (UTC arithmetic, so no time zone can shift it). */
export function isoWeekday(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The Monday of the week `date` falls in. */
export function startOfWeek(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** The seven dates of the week starting on `monday`. */
export function weekDates(monday: IsoDate): IsoDate[] {
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

export function isOvernight(shift: Pick<ShiftTime, 'start' | 'end'>): boolean {
  return shift.end <= shift.start;
}

/** Local start and end of a shift as sortable `YYYY-MM-DDTHH:MM` strings. */
export function shiftSpan(shift: Pick<Shift, 'date' | 'start' | 'end'>): { start: string; end: string } {
  const endDate = isOvernight(shift) ? addDays(shift.date, 1) : shift.date;
  return { start: `${shift.date}T${shift.start}`, end: `${endDate}T${shift.end}` };
}

/** Whether the shift covers the local moment (`date`, `time`): start inclusive, end exclusive. */
export function shiftCovers(
  shift: Pick<Shift, 'date' | 'start' | 'end'>,
  date: IsoDate,
  time: WallTime,
): boolean {
  const { start, end } = shiftSpan(shift);
  const at = `${date}T${time}`;
  return start <= at && at < end;
}

/** Offset of `timeZone` from UTC in minutes at the UTC instant `utcMs`. */
function offsetMinutes(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
}

/** The UTC instant of a local wall-clock moment in `timeZone` (a skipped hour moves forward). */
export function zonedInstant(date: IsoDate, time: WallTime, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle the offset on either side of a daylight-saving change.
  const first = wall - offsetMinutes(wall, timeZone) * 60_000;
  return wall - offsetMinutes(first, timeZone) * 60_000;
}

export const HOME_TIME_ZONE = 'Europe/Amsterdam';

/** Real minutes worked in a shift: a night shift in the autumn DST week lasts an hour longer. */
export function shiftMinutes(
  shift: Pick<Shift, 'date' | 'start' | 'end'>,
  timeZone = HOME_TIME_ZONE,
): number {
  const endDate = isOvernight(shift) ? addDays(shift.date, 1) : shift.date;
  return (
    (zonedInstant(endDate, shift.end, timeZone) - zonedInstant(shift.date, shift.start, timeZone)) / 60_000
  );
}

/** Whether an absence covers `date`. */
export function absenceCovers(absence: Pick<Absence, 'from' | 'to'>, date: IsoDate): boolean {
  return absence.from <= date && (absence.to === undefined || absence.to >= date);
}

export function isAbsentOn(absences: readonly Absence[], staffId: Id, date: IsoDate): boolean {
  return absences.some((absence) => absence.staffId === staffId && absenceCovers(absence, date));
}

/** Length of an absence in days (both ends inclusive); open-ended ones count up to `today`. */
export function absenceDays(absence: Pick<Absence, 'from' | 'to'>, today: IsoDate): number {
  const last = absence.to ?? (today > absence.from ? today : absence.from);
  return daysBetween(absence.from, last) + 1;
}

/**
 * Staff on shift at the local moment (`date`, `time`): a shift that started the day before counts
 * (a night shift at 05:00), and someone absent on the shift's start date is not on shift.
 */
export function staffOnShift(
  shifts: readonly Shift[],
  absences: readonly Absence[],
  date: IsoDate,
  time: WallTime,
): Id[] {
  const ids = new Set<Id>();
  const yesterday = addDays(date, -1);
  for (const shift of shifts) {
    if (shift.date !== date && shift.date !== yesterday) continue;
    if (!shiftCovers(shift, date, time)) continue;
    if (isAbsentOn(absences, shift.staffId, shift.date)) continue;
    ids.add(shift.staffId);
  }
  return [...ids].sort();
}

/** Whether anyone at all is planned on `date` (shifts starting that day): the roster is in use then. */
export function isRosterPlanned(shifts: readonly Shift[], date: IsoDate): boolean {
  return shifts.some((shift) => shift.date === date);
}

/** One staff member's shifts in the week starting `monday`, in order. */
export function weekOf(shifts: readonly Shift[], staffId: Id, monday: IsoDate): Shift[] {
  const sunday = addDays(monday, 6);
  return shifts
    .filter((shift) => shift.staffId === staffId && shift.date >= monday && shift.date <= sunday)
    .sort((a, b) => (a.date + a.start < b.date + b.start ? -1 : 1));
}

function isActiveOn(member: Pick<StaffMember, 'activeFrom' | 'activeTo'>, date: IsoDate): boolean {
  return member.activeFrom <= date && (member.activeTo === undefined || member.activeTo >= date);
}

const sameSlot = (a: ShiftDraft, b: ShiftDraft) =>
  a.staffId === b.staffId && a.date === b.date && a.start === b.start;

/**
 * The shifts of the week `fromMonday` planned again in the week `toMonday`: same weekday and times,
 * skipping what is already planned there and staff not employed on the new date.
 */
export function copyWeek(
  shifts: readonly Shift[],
  fromMonday: IsoDate,
  toMonday: IsoDate,
  staff: readonly Pick<StaffMember, 'id' | 'activeFrom' | 'activeTo'>[],
): ShiftDraft[] {
  const offset = daysBetween(fromMonday, toMonday);
  const sunday = addDays(fromMonday, 6);
  const byId = new Map(staff.map((member) => [member.id, member]));
  const existing = shifts.filter((shift) => shift.date >= toMonday && shift.date <= addDays(toMonday, 6));
  const drafts: ShiftDraft[] = [];
  for (const shift of shifts) {
    if (shift.date < fromMonday || shift.date > sunday) continue;
    const member = byId.get(shift.staffId);
    const date = addDays(shift.date, offset);
    if (!member || !isActiveOn(member, date)) continue;
    const { staffId, kind, shiftTypeId, start, end, note } = shift;
    const draft: ShiftDraft = { staffId, date, kind, start, end };
    if (shiftTypeId) draft.shiftTypeId = shiftTypeId;
    if (note) draft.note = note;
    if (![...existing, ...drafts].some((other) => sameSlot(other, draft))) drafts.push(draft);
  }
  return drafts;
}

/**
 * The shifts a pattern gives from `from` to `to` (inclusive), within its own dates, leaving out
 * days already planned for that person at the same start time and days they are absent.
 */
export function expandPattern(
  pattern: Pick<StaffPattern, 'staffId' | 'startsOn' | 'cycleWeeks' | 'entries' | 'until'>,
  from: IsoDate,
  to: IsoDate,
  existing: readonly Shift[] = [],
  absences: readonly Absence[] = [],
): ShiftDraft[] {
  const first = from > pattern.startsOn ? from : pattern.startsOn;
  const last = pattern.until !== undefined && pattern.until < to ? pattern.until : to;
  const cycle = Math.max(1, pattern.cycleWeeks);
  const anchor = startOfWeek(pattern.startsOn);
  const drafts: ShiftDraft[] = [];
  for (let date = first; date <= last; date = addDays(date, 1)) {
    if (isAbsentOn(absences, pattern.staffId, date)) continue;
    const week = Math.floor(daysBetween(anchor, date) / 7) % cycle;
    const weekday = isoWeekday(date);
    for (const entry of pattern.entries) {
      if (entry.week !== week || entry.weekday !== weekday) continue;
      const draft: ShiftDraft = {
        staffId: pattern.staffId,
        date,
        kind: entry.kind,
        start: entry.start,
        end: entry.end,
      };
      if (entry.shiftTypeId) draft.shiftTypeId = entry.shiftTypeId;
      if (!existing.some((shift) => sameSlot(shift, draft))) drafts.push(draft);
    }
  }
  return drafts;
}

/** Planned minutes per staff member in the week starting `monday` (absent days left out). */
export function plannedMinutesInWeek(
  shifts: readonly Shift[],
  absences: readonly Absence[],
  monday: IsoDate,
  timeZone = HOME_TIME_ZONE,
): Map<Id, number> {
  const sunday = addDays(monday, 6);
  const minutes = new Map<Id, number>();
  for (const shift of shifts) {
    if (shift.date < monday || shift.date > sunday) continue;
    if (isAbsentOn(absences, shift.staffId, shift.date)) continue;
    minutes.set(shift.staffId, (minutes.get(shift.staffId) ?? 0) + shiftMinutes(shift, timeZone));
  }
  return minutes;
}

export type ShiftValidationField = 'date' | 'start' | 'end' | 'staffId' | 'shiftTypeId';

/** Field → code for a shift draft; empty when valid. */
export function validateShift(
  draft: Partial<ShiftDraft>,
): Partial<Record<ShiftValidationField, 'required' | 'invalidDate' | 'invalidTime' | 'sameTime'>> {
  const errors: Partial<
    Record<ShiftValidationField, 'required' | 'invalidDate' | 'invalidTime' | 'sameTime'>
  > = {};
  if (!draft.staffId) errors.staffId = 'required';
  if (!draft.date) errors.date = 'required';
  else if (!isIsoDate(draft.date)) errors.date = 'invalidDate';
  if (!draft.start) errors.start = 'required';
  else if (!isWallTime(draft.start)) errors.start = 'invalidTime';
  if (!draft.end) errors.end = 'required';
  else if (!isWallTime(draft.end)) errors.end = 'invalidTime';
  else if (draft.end === draft.start) errors.end = 'sameTime';
  if (draft.kind === 'custom' && !draft.shiftTypeId) errors.shiftTypeId = 'required';
  return errors;
}

/**
 * The own shift types a form offers: the ones in use (not archived), plus archived ones the record
 * being edited already uses (`keep`), so an old shift or pattern line still shows what it is.
 */
export function offeredShiftTypes(
  shiftTypes: readonly ShiftType[],
  keep: readonly (string | null | undefined)[] = [],
): ShiftType[] {
  return shiftTypes.filter((type) => !type.archived || keep.includes(type.id));
}

/** Own shift types in use first, archived ones after; each group by name. */
export function sortShiftTypes(shiftTypes: readonly ShiftType[], locale: string): ShiftType[] {
  return [...shiftTypes].sort(
    (a, b) => Number(!!a.archived) - Number(!!b.archived) || a.name.localeCompare(b.name, locale),
  );
}

export type ShiftTypeValidationField = 'name' | 'start' | 'end';

/** Field → code for a home's own shift type; empty when valid. */
export function validateShiftType(
  draft: Partial<Pick<ShiftType, 'name' | 'start' | 'end'>>,
): Partial<Record<ShiftTypeValidationField, 'required' | 'invalidTime' | 'sameTime'>> {
  const errors: Partial<Record<ShiftTypeValidationField, 'required' | 'invalidTime' | 'sameTime'>> = {};
  if (!draft.name?.trim()) errors.name = 'required';
  if (!draft.start) errors.start = 'required';
  else if (!isWallTime(draft.start)) errors.start = 'invalidTime';
  if (!draft.end) errors.end = 'required';
  else if (!isWallTime(draft.end)) errors.end = 'invalidTime';
  else if (draft.end === draft.start) errors.end = 'sameTime';
  return errors;
}

/** Longest stretch a pattern is planned in one go (half a year), so a typo in a year plans nothing. */
export const MAX_PATTERN_APPLY_DAYS = 183;

export type PatternPlanError =
  'required' | 'invalidDate' | 'invalidTime' | 'sameTime' | 'endBeforeStart' | 'tooLong' | 'untilBeforeStart';

/**
 * Field → code for a pattern and the dates it is applied to: `staffId`, `entries` (none), per entry
 * `entries.<i>.start|end|shiftTypeId`, `from`/`to`, and the pattern's own `until`. Empty when valid.
 */
export function validatePatternPlan(plan: {
  staffId?: string;
  entries: readonly Partial<PatternEntry>[];
  from?: IsoDate;
  to?: IsoDate;
  /** The pattern's first week's Monday and its optional last day. */
  startsOn?: IsoDate;
  until?: IsoDate;
}): Record<string, PatternPlanError> {
  const errors: Record<string, PatternPlanError> = {};
  if (!plan.staffId) errors.staffId = 'required';
  if (plan.entries.length === 0) errors.entries = 'required';
  plan.entries.forEach((entry, index) => {
    if (!entry.weekday) errors[`entries.${index}.weekday`] = 'required';
    if (!entry.start) errors[`entries.${index}.start`] = 'required';
    else if (!isWallTime(entry.start)) errors[`entries.${index}.start`] = 'invalidTime';
    if (!entry.end) errors[`entries.${index}.end`] = 'required';
    else if (!isWallTime(entry.end)) errors[`entries.${index}.end`] = 'invalidTime';
    else if (entry.end === entry.start) errors[`entries.${index}.end`] = 'sameTime';
    if (entry.kind === 'custom' && !entry.shiftTypeId) errors[`entries.${index}.shiftTypeId`] = 'required';
  });
  if (!plan.from) errors.from = 'required';
  else if (!isIsoDate(plan.from)) errors.from = 'invalidDate';
  if (!plan.to) errors.to = 'required';
  else if (!isIsoDate(plan.to)) errors.to = 'invalidDate';
  else if (plan.from && isIsoDate(plan.from)) {
    if (plan.to < plan.from) errors.to = 'endBeforeStart';
    else if (daysBetween(plan.from, plan.to) >= MAX_PATTERN_APPLY_DAYS) errors.to = 'tooLong';
  }
  if (plan.until) {
    if (!isIsoDate(plan.until)) errors.until = 'invalidDate';
    else if (plan.startsOn && plan.until < plan.startsOn) errors.until = 'untilBeforeStart';
  }
  return errors;
}
