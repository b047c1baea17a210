// The contact form's values: date and time apart (the app's own fields), joined into one ISO moment.
import type { Contact, Draft, FollowUp } from '../../domain/types';
import { toIsoDate } from '../../domain/dates';

export interface ContactValues extends Omit<Draft<Contact>, 'at' | 'childId' | 'followUps'> {
  date: string;
  time: string;
  followUps: (Omit<FollowUp, 'dueOn'> & { dueOn: string })[];
}

const pad = (n: number) => String(n).padStart(2, '0');

export function contactValues(contact: Contact | undefined, staffId: string, now: Date): ContactValues {
  const at = contact ? new Date(contact.at) : now;
  return {
    date: toIsoDate(at),
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
    familyMemberIds: contact?.familyMemberIds ?? [],
    channel: contact?.channel ?? 'phone',
    staffId: contact?.staffId ?? staffId,
    summary: contact?.summary ?? '',
    followUps: (contact?.followUps ?? []).map((followUp) => ({ ...followUp, dueOn: followUp.dueOn ?? '' })),
  };
}

/** The local moment of a date and a time (`HH:mm`), as an ISO string; '' when the date is missing. */
export function momentOf(date: string, time: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = (time || '12:00').split(':').map(Number) as [number, number];
  return new Date(year, month - 1, day, hours || 0, minutes || 0).toISOString();
}

export function contactDraft(childId: string, values: ContactValues): Draft<Contact> {
  const { date, time, ...rest } = values;
  return {
    ...rest,
    childId,
    at: momentOf(date, time),
    summary: values.summary.trim(),
    followUps: values.followUps.map(({ dueOn, ...followUp }) => ({
      ...followUp,
      text: followUp.text.trim(),
      ...(dueOn ? { dueOn } : {}),
    })),
  };
}
