// Date formatting per language: nl shows dd-mm-jjjj, en shows d MMM yyyy.
import { daysBetween } from '../domain/dates';

export function formatDate(iso: string | undefined, language: string): string {
  if (!iso) return '';
  const [year, month, day] = iso.slice(0, 10).split('-');
  if (!year || !month || !day) return iso;
  if (language === 'nl') return `${day}-${month}-${year}`;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Day and month only, for a column over a week: `23-11` in nl, `23 Nov` in en. */
export function formatDayMonth(iso: string, language: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-');
  if (!year || !month || !day) return iso;
  if (language === 'nl') return `${day}-${month}`;
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

/** Date and time of an ISO moment in local time: `24-11-2026 14:05` in nl. */
export function formatDateTime(iso: string | undefined, language: string): string {
  if (!iso) return '';
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
  return `${formatDate(local, language)} ${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}

/** Up to this many days away a date reads as words ("over 3 dagen"); beyond it as the date itself. */
export const RELATIVE_DAYS = 13;

/**
 * A date as people say it when it is near: "vandaag", "gisteren", "morgen", "over 3 dagen",
 * "5 dagen geleden" (and the same in English); further away than `RELATIVE_DAYS` the full date.
 */
export function relativeDay(iso: string | undefined, today: string, language: string): string {
  if (!iso) return '';
  const date = iso.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return iso;
  const days = daysBetween(today, date);
  if (Math.abs(days) > RELATIVE_DAYS) return formatDate(date, language);
  const locale = language === 'nl' ? 'nl' : 'en-GB';
  // "auto" gives the words for today and the days beside it; further away a number reads clearer
  // than "eergisteren" for people reading a list.
  const numeric = Math.abs(days) <= 1 ? 'auto' : 'always';
  return new Intl.RelativeTimeFormat(locale, { numeric }).format(days, 'day');
}
