// Whether contact with a child's parents keeps to the contact norm, and which follow-ups are open.
import { addDays, compareDates, dateOfDateTime, daysBetween, isWithin } from './dates';
import { isPlacementActive } from './placements';
import {
  CONTACT_CHANNELS,
  type Child,
  type Contact,
  type ContactChannel,
  type FamilyMember,
  type FollowUp,
  type Id,
  type IsoDate,
} from './types';

/**
 * Whether contact with this family member counts for the child's contact norm: parents and carers
 * (with or without authority) do unless someone switched them off for this child; others (network,
 * professionals) only when someone switched them on, e.g. a grandmother who raises the child.
 */
export function countsForContactNorm(
  member: Pick<FamilyMember, 'id' | 'kind'>,
  child: Pick<Child, 'contactNormMembers'>,
): boolean {
  return child.contactNormMembers?.[member.id] ?? member.kind === 'parent';
}

/** The ids of the family members whose contacts count for the child's contact norm. */
export function contactNormMemberIds(
  familyMembers: readonly Pick<FamilyMember, 'id' | 'kind'>[],
  child: Pick<Child, 'contactNormMembers'>,
): Set<Id> {
  return new Set(familyMembers.filter((member) => countsForContactNorm(member, child)).map((m) => m.id));
}

/** Whether a contact was with at least one of the people who count for the norm. */
export function isNormContact(
  contact: Pick<Contact, 'familyMemberIds'>,
  normMemberIds: ReadonlySet<Id>,
): boolean {
  return contact.familyMemberIds.some((id) => normMemberIds.has(id));
}

export type ContactStatusKind = 'onTrack' | 'due' | 'overdue' | 'notApplicable';

export interface ContactStatus {
  status: ContactStatusKind;
  /** Date of the latest contact up to today, if any. */
  lastContactOn?: IsoDate;
  /** The last day on which the next contact keeps to the norm. */
  dueOn: IsoDate;
  /** Days from the latest contact (or the placement start) to today; never negative. */
  daysSinceLast: number;
}

/** A contact is "due" during the last days before the norm runs out: the due day and the two before. */
export const CONTACT_DUE_WARNING_DAYS = 2;

/** The date of the child's latest contact on or before `today` (later ones are not real yet). */
export function lastContactOn(
  contacts: readonly Contact[],
  childId: Id,
  today: IsoDate,
): IsoDate | undefined {
  let latest: IsoDate | undefined;
  for (const contact of contacts) {
    if (contact.childId !== childId) continue;
    const on = dateOfDateTime(contact.at);
    if (on <= today && (latest === undefined || on > latest)) latest = on;
  }
  return latest;
}

/**
 * Where the child stands against the contact norm on `today`. Counting starts at the latest contact,
 * or at the placement start when there is none yet (a contact from before the placement, such as an
 * intake talk, does not push the start back).
 */
export function contactStatus(contacts: readonly Contact[], child: Child, today: IsoDate): ContactStatus {
  const last = lastContactOn(contacts, child.id, today);
  const reference = last !== undefined && last > child.placementStart ? last : child.placementStart;
  const dueOn = addDays(reference, child.contactNormDays);
  const daysSinceLast = Math.max(0, daysBetween(reference, today));
  const base = { ...(last !== undefined && { lastContactOn: last }), dueOn, daysSinceLast };
  if (!isPlacementActive(child, today)) return { status: 'notApplicable', ...base };
  if (today > dueOn) return { status: 'overdue', ...base };
  if (today >= addDays(dueOn, -CONTACT_DUE_WARNING_DAYS)) return { status: 'due', ...base };
  return { status: 'onTrack', ...base };
}

export interface OpenFollowUp {
  contactId: Id;
  childId: Id;
  followUp: FollowUp;
  /** Past its due date (a follow-up due today is not overdue yet). */
  overdue: boolean;
}

/** Follow-ups not done yet: overdue first, then by due date; those without a due date last. */
export function openFollowUps(contacts: readonly Contact[], today: IsoDate): OpenFollowUp[] {
  const open: OpenFollowUp[] = [];
  for (const contact of contacts) {
    for (const followUp of contact.followUps) {
      if (followUp.done) continue;
      const overdue = followUp.dueOn !== undefined && followUp.dueOn < today;
      open.push({ contactId: contact.id, childId: contact.childId, followUp, overdue });
    }
  }
  const dueKey = (item: OpenFollowUp) => item.followUp.dueOn ?? '9999-12-31';
  return open.sort((a, b) => Number(b.overdue) - Number(a.overdue) || compareDates(dueKey(a), dueKey(b)));
}

/** Contacts whose local day lies in [from, to], both ends included. */
export function contactsBetween<T extends Pick<Contact, 'at'>>(
  contacts: readonly T[],
  from: IsoDate,
  to: IsoDate,
): T[] {
  return contacts.filter((contact) => isWithin(dateOfDateTime(contact.at), from, to));
}

export interface ChannelCount {
  channel: ContactChannel;
  count: number;
}

/** Contacts per channel, in the channel list's order, channels without contacts left out. */
export function countByChannel(contacts: readonly Pick<Contact, 'channel'>[]): ChannelCount[] {
  return CONTACT_CHANNELS.map((channel) => ({
    channel,
    count: contacts.filter((contact) => contact.channel === channel).length,
  })).filter((entry) => entry.count > 0);
}

export interface NormKept {
  /** Length of one period: the child's contact norm in days. */
  normDays: number;
  /** Whole periods from `from` that ended on or before `to`. */
  periods: number;
  /** Of those, the periods with at least one contact. */
  kept: number;
}

/**
 * How often the contact norm was kept between two days: the time is cut into whole periods of the
 * norm's length from `from`, and a period counts as kept when it holds at least one contact.
 */
export function normKept(
  contacts: readonly Pick<Contact, 'at'>[],
  child: Pick<Child, 'contactNormDays'>,
  from: IsoDate,
  to: IsoDate,
): NormKept {
  const normDays = Math.max(1, child.contactNormDays);
  const periods = Math.max(0, Math.floor((daysBetween(from, to) + 1) / normDays));
  const days = contacts.map((contact) => dateOfDateTime(contact.at));
  let kept = 0;
  for (let index = 0; index < periods; index++) {
    const start = addDays(from, index * normDays);
    const end = addDays(start, normDays - 1);
    if (days.some((day) => isWithin(day, start, end))) kept++;
  }
  return { normDays, periods, kept };
}
