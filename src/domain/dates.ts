// Calendar-date arithmetic on `YYYY-MM-DD` strings, done in UTC so daylight saving never shifts a day.
import type { IsoDate, IsoDateTime } from './types';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parse(date: IsoDate): DateParts | undefined {
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function partsOf(date: IsoDate): DateParts {
  const parts = parse(date);
  // Rules must not silently compute with a typo'd date; validation catches user input before this.
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return parts;
}

function utcMs({ year, month, day }: DateParts): number {
  return Date.UTC(year, month - 1, day);
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

function format({ year, month, day }: DateParts): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function fromUtcMs(ms: number): IsoDate {
  const date = new Date(ms);
  return format({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** Whether `value` is an existing calendar date written `YYYY-MM-DD` (so `2026-02-30` is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parse(value) !== undefined;
}

/** The date `days` days after `date` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(utcMs(partsOf(date)) + days * DAY_MS);
}

/** The same day `months` months later, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = partsOf(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return format({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/** Whole days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcMs(partsOf(to)) - utcMs(partsOf(from))) / DAY_MS);
}

/** Sort comparator: negative when `a` is earlier, 0 when equal. Also orders ISO moments that share a zone (all `Z`). */
export function compareDates(a: IsoDate, b: IsoDate): number {
  // Zero-padded ISO dates sort correctly as strings.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The latest of some dates, or undefined when there are none. */
export function latestDate(dates: Iterable<IsoDate | undefined>): IsoDate | undefined {
  let latest: IsoDate | undefined;
  for (const date of dates) {
    if (date !== undefined && (latest === undefined || date > latest)) latest = date;
  }
  return latest;
}

/** The local calendar date of a `Date`: what the person at this computer calls "today". */
export function toIsoDate(date: Date): IsoDate {
  return format({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

/** The local calendar date on which an ISO moment falls (a call at 00:30 in Amsterdam is that day). */
export function dateOfDateTime(dateTime: IsoDateTime): IsoDate {
  const moment = new Date(dateTime);
  if (Number.isNaN(moment.getTime())) throw new RangeError(`Not an ISO date-time: ${dateTime}`);
  return toIsoDate(moment);
}

/** Whether `date` lies in [from, to], both ends included. */
export function isWithin(date: IsoDate, from: IsoDate, to: IsoDate): boolean {
  return date >= from && date <= to;
}

/** Age in whole years on `date` (a birthday counts from the day itself; 29 Feb counts from 1 Mar). */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  const birth = partsOf(birthDate);
  const on = partsOf(date);
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}
