// A staff member's calendar file (.ics) of families' fixed contact moments and evaluation dates:
// children by initials only, times floating (the home's wall clock), one stable UID per item.
import ical, { ICalEventRepeatingFreq, ICalWeekday } from 'ical-generator';
import { nextOccurrence, upcomingEvaluationDates, type ContactMoment } from '../domain/contactMoments';
import type { Child, Evaluation, IsoDate } from '../domain/types';
import { initials } from './fileNames';
import { unescaped, type ExportLanguage, type ExportT } from './translate';

export interface CalendarMoment {
  /** The contact moment's id: the UID, so importing a newer file updates the event. */
  id: string;
  childInitials: string;
  weekday: number;
  time: string;
  durationMinutes: number;
  /** The channel, already translated ("beeldbellen"). */
  channelLabel: string;
  everyWeeks: 1 | 2;
  /** The first date it happens on or after `from` (the builder does no date arithmetic). */
  firstDate: string;
  until?: string;
  note?: string;
}

export interface CalendarEvaluation {
  /** Stable per child and date. */
  id: string;
  childInitials: string;
  date: string;
}

export interface CalendarModel {
  homeName: string;
  moments: CalendarMoment[];
  evaluations: CalendarEvaluation[];
  /** Full names that must never reach the calendar text (the child's, the family's). */
  namesToHide: string[];
  /** Moment of export, for DTSTAMP. */
  exportedAt: Date;
}

const WEEKDAYS = [
  ICalWeekday.MO,
  ICalWeekday.TU,
  ICalWeekday.WE,
  ICalWeekday.TH,
  ICalWeekday.FR,
  ICalWeekday.SA,
  ICalWeekday.SU,
] as const;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Removes every word of the given names from a free text (a note may name the child or a parent). */
export function hideNames(text: string, names: readonly string[]): string {
  const words = names
    .flatMap((name) => name.split(/\s+/))
    .filter((word) => word.length > 2)
    .sort((a, b) => b.length - a.length);
  let result = text;
  for (const word of words)
    result = result.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'giu'), '…');
  return result.replace(/\s{2,}/g, ' ').trim();
}

/**
 * A wall-clock moment for a floating event: ical-generator writes a floating Date with its UTC fields,
 * so the Date is built in UTC and the machine's own time zone never shifts the hour.
 */
function wallClock(date: string, time: string, plusMinutes = 0): Date {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day, hour, minute + plusMinutes));
}

/** The .ics text; `t` gives the summaries in the chosen language. */
export function buildCalendar(model: CalendarModel, translate: ExportT, language: ExportLanguage): string {
  const t = unescaped(translate);
  const calendar = ical({
    name: t('calendar.name', { home: model.homeName }),
    prodId: { company: 'Gedeeld', product: 'Gedeeld', language: language.toUpperCase() },
  });
  for (const moment of model.moments) {
    const note = moment.note ? hideNames(moment.note, model.namesToHide) : '';
    calendar.createEvent({
      id: `${moment.id}@gedeeld`,
      stamp: model.exportedAt,
      floating: true,
      start: wallClock(moment.firstDate, moment.time),
      end: wallClock(moment.firstDate, moment.time, moment.durationMinutes),
      summary: t('calendar.momentSummary', { initials: moment.childInitials, channel: moment.channelLabel }),
      ...(note && { description: note }),
      repeating: {
        freq: ICalEventRepeatingFreq.WEEKLY,
        interval: moment.everyWeeks,
        byDay: [WEEKDAYS[moment.weekday - 1]!],
        ...(moment.until && { until: wallClock(moment.until, '23:59') }),
      },
    });
  }
  for (const evaluation of model.evaluations) {
    calendar.createEvent({
      id: `${evaluation.id}@gedeeld`,
      stamp: model.exportedAt,
      allDay: true,
      start: evaluation.date,
      summary: t('calendar.evaluationSummary', { initials: evaluation.childInitials }),
    });
  }
  return calendar.toString();
}

export interface CalendarFamily {
  child: Child;
  moments: readonly ContactMoment[];
  evaluations: readonly Evaluation[];
  /** Names of the family members, hidden from the notes. */
  familyNames: readonly string[];
}

/** The calendar of some families from `today` on (moments still running, evaluations still to come). */
export function calendarModel(input: {
  homeName: string;
  families: readonly CalendarFamily[];
  today: IsoDate;
  exportedAt: Date;
  channelLabel: (channel: ContactMoment['channel']) => string;
}): CalendarModel {
  const moments: CalendarMoment[] = [];
  const evaluations: CalendarEvaluation[] = [];
  for (const { child, moments: childMoments, evaluations: done } of input.families) {
    const childInitials = initials(child.name);
    for (const moment of childMoments) {
      const firstDate = nextOccurrence(moment, input.today);
      if (!firstDate) continue;
      moments.push({
        id: moment.id,
        childInitials,
        weekday: moment.weekday,
        time: moment.time,
        durationMinutes: moment.durationMinutes,
        channelLabel: input.channelLabel(moment.channel),
        everyWeeks: moment.everyWeeks,
        firstDate,
        ...(moment.to && { until: moment.to }),
        ...(moment.note && { note: moment.note }),
      });
    }
    for (const date of upcomingEvaluationDates(done, child))
      evaluations.push({ id: `evaluation-${child.id}-${date}`, childInitials, date });
  }
  return {
    homeName: input.homeName,
    moments,
    evaluations,
    namesToHide: input.families.flatMap((family) => [family.child.name, ...family.familyNames]),
    exportedAt: input.exportedAt,
  };
}

/** `contactmomenten-ZdV-2026-11-24.ics` for one family, `contactmomenten-2026-11-24.ics` for several. */
export function calendarFileName(
  childNames: readonly string[],
  date: IsoDate,
  language: ExportLanguage,
): string {
  const prefix = language === 'nl' ? 'contactmomenten' : 'contact-moments';
  const only = childNames.length === 1 ? `-${initials(childNames[0]!)}` : '';
  return `${prefix}${only}-${date}.ics`;
}
