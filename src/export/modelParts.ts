// Pieces shared by the export view models: item types, name resolution, grouping and ISO date helpers.
import {
  CONTACT_CHANNELS,
  STARTER_TOPICS,
  type Agreement,
  type AgreementOutcome,
  type AgreementStatus,
  type AgreementTopic,
  type Child,
  type Contact,
  type ContactChannel,
  type FamilyMember,
  type Goal,
  type GoalStatus,
  type Id,
  type IsoDate,
  type IsoDateTime,
  type Relation,
  type ResponsibleKind,
  type StaffMember,
} from '../domain/types';

/** Who carries an agreement out: a kind (translated by the builder) and, where known, a name. */
export interface ResolvedParty {
  kind: ResponsibleKind;
  name?: string;
}

export interface AgreementItem {
  id: Id;
  topic: AgreementTopic;
  customTopic?: string;
  text: string;
  status: AgreementStatus;
  responsible: ResolvedParty[];
  agreedOn?: IsoDate;
  /** Names of the family members the agreement was made with. */
  agreedWith: string[];
  reviewOn?: IsoDate;
  outcome?: AgreementOutcome;
}

export interface TopicGroup {
  topic: AgreementTopic;
  customTopic?: string;
  agreements: AgreementItem[];
}

export interface GoalItem {
  title: string;
  status: GoalStatus;
  targetDate?: IsoDate;
  parentsWords?: string;
  childWords?: string;
  progressNotes: { on: IsoDate; text: string; by?: string }[];
}

export interface ChannelCount {
  channel: ContactChannel;
  count: number;
}

export interface Person {
  name: string;
  relation: Relation;
}

/** Everything a handover or meeting needs to resolve ids to names. */
export interface Directory {
  child: Child;
  familyMembers: FamilyMember[];
  staff: StaffMember[];
  today: IsoDate;
}

// ---------------------------------------------------------------- dates (ISO strings compare as dates)

const pad = (value: number) => String(value).padStart(2, '0');

/** The calendar day of a moment on this machine's clock, so a contact at 23:30 counts on that day. */
export function dayOf(at: IsoDateTime): IsoDate {
  const moment = new Date(at);
  if (Number.isNaN(moment.getTime())) return at.slice(0, 10);
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** Adds (or subtracts) whole months, clamping to the month's last day (31 May - 3 months = 28/29 Feb). */
export function addMonths(day: IsoDate, months: number): IsoDate {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${targetYear}-${pad(targetMonth)}-${pad(Math.min(date, lastDay))}`;
}

export function isBetween(day: IsoDate, from: IsoDate, to: IsoDate): boolean {
  return day >= from && day <= to;
}

// ---------------------------------------------------------------- resolving ids

export function forChild<T extends { childId: Id }>(records: readonly T[], child: Child): T[] {
  return records.filter((record) => record.childId === child.id);
}

export function staffName(staff: readonly StaffMember[], id: Id | undefined): string | undefined {
  return staff.find((member) => member.id === id)?.name;
}

/** The mentor whose assignment covers `day`; the latest-started one when assignments overlap. */
export function currentMentor(directory: Directory): StaffMember | undefined {
  const { child, staff, today } = directory;
  const covering = child.mentorAssignments
    .filter((assignment) => assignment.from <= today && (!assignment.to || assignment.to >= today))
    .sort((a, b) => b.from.localeCompare(a.from));
  for (const assignment of covering) {
    const mentor = staff.find((member) => member.id === assignment.staffId);
    if (mentor) return mentor;
  }
  return undefined;
}

/** Holders of parental authority (gezag): parents, or under voogdij the guardian recorded with it. */
export function authorityHolders(familyMembers: readonly FamilyMember[]): FamilyMember[] {
  return familyMembers.filter((member) => member.hasParentalAuthority);
}

export function agreementItem(agreement: Agreement, directory: Directory): AgreementItem {
  const memberName = (id: Id | undefined) => directory.familyMembers.find((member) => member.id === id)?.name;
  const mentor = currentMentor(directory)?.name;
  const responsible = agreement.responsible.map((party): ResolvedParty => {
    const name =
      party.kind === 'mentor'
        ? mentor
        : party.kind === 'child'
          ? directory.child.name
          : memberName(party.familyMemberId);
    return name ? { kind: party.kind, name } : { kind: party.kind };
  });
  return {
    id: agreement.id,
    topic: agreement.topic,
    ...(agreement.topic === 'custom' && agreement.customTopic?.trim()
      ? { customTopic: agreement.customTopic.trim() }
      : {}),
    text: agreement.text,
    status: agreement.status,
    responsible,
    agreedOn: agreement.agreedOn,
    agreedWith: agreement.agreedWith.flatMap((id) => memberName(id) ?? []),
    reviewOn: agreement.reviewOn,
    outcome: agreement.outcome,
  };
}

function topicRank(item: { topic: AgreementTopic }): number {
  const rank = (STARTER_TOPICS as readonly string[]).indexOf(item.topic);
  return rank === -1 ? STARTER_TOPICS.length : rank;
}

/** Orders agreements as the topic list does: starter topics first, then custom topics by name. */
export function compareByTopic(a: AgreementItem, b: AgreementItem): number {
  return (
    topicRank(a) - topicRank(b) ||
    (a.customTopic ?? '').localeCompare(b.customTopic ?? '', 'nl') ||
    (a.agreedOn ?? '').localeCompare(b.agreedOn ?? '') ||
    a.text.localeCompare(b.text, 'nl')
  );
}

export function groupByTopic(items: readonly AgreementItem[]): TopicGroup[] {
  const groups: TopicGroup[] = [];
  for (const item of [...items].sort(compareByTopic)) {
    const key = item.customTopic?.toLocaleLowerCase('nl');
    const last = groups.at(-1);
    if (last && last.topic === item.topic && last.customTopic?.toLocaleLowerCase('nl') === key) {
      last.agreements.push(item);
    } else {
      groups.push({
        topic: item.topic,
        ...(item.customTopic ? { customTopic: item.customTopic } : {}),
        agreements: [item],
      });
    }
  }
  return groups;
}

/** Contacts per channel, in the channel list's order, channels without contacts left out. */
export function countByChannel(contacts: readonly Contact[]): ChannelCount[] {
  return CONTACT_CHANNELS.map((channel) => ({
    channel,
    count: contacts.filter((contact) => contact.channel === channel).length,
  })).filter((entry) => entry.count > 0);
}

export function goalItem(
  goal: Goal,
  staff: readonly StaffMember[],
  keepNote: (note: { on: IsoDate }) => boolean,
): GoalItem {
  return {
    title: goal.title,
    status: goal.status,
    targetDate: goal.targetDate,
    parentsWords: goal.parentsWords,
    childWords: goal.childWords,
    progressNotes: goal.progressNotes
      .filter(keepNote)
      .sort((a, b) => a.on.localeCompare(b.on))
      .map((note) => ({ on: note.on, text: note.text, by: staffName(staff, note.by) })),
  };
}
