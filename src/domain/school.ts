// Questions about a child's school: which school counts today, which rules apply, which are missing,
// what a rule may say (only a parent with authority signs leave), and whether the card is up to date.
import { emailProblem, type EmailProblem } from './email';
import {
  SCHOOL_RULE_TOPICS,
  SCHOOL_WEEKDAYS,
  type SchoolRecord,
  type SchoolRule,
  type SchoolRuleContent,
  type SchoolRuleTopic,
} from './schoolTypes';
import type { FamilyMember, Id, IsoDate, ResponsibleParty } from './types';
import { isIsoDate } from './dates';

/** Whether a school record covers `date`: started (or no start recorded) and not yet ended. */
export function schoolCovers(school: Pick<SchoolRecord, 'startedOn' | 'endedOn'>, date: IsoDate): boolean {
  return (
    (school.startedOn === undefined || school.startedOn <= date) &&
    (school.endedOn === undefined || school.endedOn >= date)
  );
}

/**
 * The school the child goes to on `today`; when records overlap (the week of a change) the one that
 * started last wins, because the child is moving there.
 */
export function currentSchool<T extends Pick<SchoolRecord, 'startedOn' | 'endedOn' | 'createdAt'>>(
  schools: readonly T[],
  today: IsoDate,
): T | undefined {
  let current: T | undefined;
  for (const school of schools) {
    if (!schoolCovers(school, today)) continue;
    const key = (s: T) => `${s.startedOn ?? ''}|${s.createdAt}`;
    if (current === undefined || key(school) > key(current)) current = school;
  }
  return current;
}

/** Every school record, the newest first (no start date counts as oldest). */
export function schoolHistory<T extends Pick<SchoolRecord, 'startedOn' | 'createdAt'>>(
  schools: readonly T[],
): T[] {
  const key = (s: T) => `${s.startedOn ?? ''}|${s.createdAt}`;
  return [...schools].sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
}

/** The rules that apply: those of the current school only; rules of earlier schools are history. */
export function rulesInForce<T extends Pick<SchoolRule, 'schoolId' | 'topic'>>(
  rules: readonly T[],
  school: Pick<SchoolRecord, 'id'> | undefined,
): T[] {
  if (!school) return [];
  const order = (rule: T) => SCHOOL_RULE_TOPICS.indexOf(rule.topic);
  return rules.filter((rule) => rule.schoolId === school.id).sort((a, b) => order(a) - order(b));
}

/** The rule of one topic among the rules in force. */
export function ruleFor<T extends Pick<SchoolRule, 'topic'>>(
  rules: readonly T[],
  topic: SchoolRuleTopic,
): T | undefined {
  return rules.find((rule) => rule.topic === topic);
}

/** Topics (in their standard order) without a rule among `rules`. */
export function missingSchoolRuleTopics(rules: readonly Pick<SchoolRule, 'topic'>[]): SchoolRuleTopic[] {
  const covered = new Set(rules.map((rule) => rule.topic));
  return SCHOOL_RULE_TOPICS.filter((topic) => !covered.has(topic));
}

/** The family members school mail copies by default: the parents, and whoever holds authority. */
function defaultCc(family: readonly FamilyMember[]): Id[] {
  return family.filter((m) => m.kind === 'parent' || m.hasParentalAuthority).map((m) => m.id);
}

const named = (member: FamilyMember): ResponsibleParty => ({
  kind: member.kind === 'network' ? 'networkMember' : 'familyMember',
  familyMemberId: member.id,
});

/**
 * Starter rules as the guidance for small-scale homes has them: reporting sick and better and the
 * parent meetings with the parents (the group as backup), the parents in CC on every topic, leave
 * signed by the parents with authority, the leerplichtambtenaar through the mentor. Only for the
 * topics in `topics` (default: all).
 */
export function starterSchoolRules(
  family: readonly FamilyMember[],
  topics: readonly SchoolRuleTopic[] = SCHOOL_RULE_TOPICS,
): SchoolRuleContent[] {
  const cc = defaultCc(family);
  const parents: ResponsibleParty[] = [{ kind: 'bothParents' }];
  const signers = family.filter((member) => member.hasParentalAuthority).map(named);
  const base = (topic: SchoolRuleTopic, responsible: ResponsibleParty[]): SchoolRuleContent => ({
    topic,
    responsible,
    cc,
    byVideo: [],
  });
  const starters: Record<SchoolRuleTopic, SchoolRuleContent> = {
    sickReport: { ...base('sickReport', parents), backup: { kind: 'groupStaff' }, deadline: '08:15' },
    recoveryReport: { ...base('recoveryReport', parents), backup: { kind: 'groupStaff' } },
    parentMeeting: { ...base('parentMeeting', [...parents, { kind: 'mentor' }]) },
    reports: { ...base('reports', [{ kind: 'mentor' }]) },
    emailCc: { ...base('emailCc', [{ kind: 'mentor' }]) },
    permissionSlips: { ...base('permissionSlips', parents), backup: { kind: 'mentor' } },
    leaveRequest: { ...base('leaveRequest', signers) },
    attendanceOfficer: { ...base('attendanceOfficer', [{ kind: 'mentor' }]), backup: { kind: 'groupStaff' } },
  };
  return topics.map((topic) => starters[topic]);
}

// ---------------------------------------------------------------- people a rule names

type PeopleField = 'responsible' | 'backup' | 'cc' | 'byVideo';

/** A family member a rule names who is no longer in the family records (removed). */
export interface RemovedPerson {
  field: PeopleField;
  familyMemberId: Id;
}

function namedIds(content: Pick<SchoolRuleContent, PeopleField>): { field: PeopleField; id: Id }[] {
  const parties = (field: PeopleField, list: readonly (ResponsibleParty | undefined)[]) =>
    list.flatMap((party) => (party?.familyMemberId ? [{ field, id: party.familyMemberId }] : []));
  return [
    ...parties('responsible', content.responsible),
    ...parties('backup', [content.backup]),
    ...content.cc.map((id) => ({ field: 'cc' as const, id })),
    ...parties('byVideo', content.byVideo),
  ];
}

/** Family members the rule names who are not (any longer) in the family: reported, never dropped silently. */
export function removedPeople(
  content: Pick<SchoolRuleContent, PeopleField>,
  family: readonly Pick<FamilyMember, 'id'>[],
): RemovedPerson[] {
  const present = new Set(family.map((member) => member.id));
  return namedIds(content)
    .filter(({ id }) => !present.has(id))
    .map(({ field, id }) => ({ field, familyMemberId: id }));
}

// ---------------------------------------------------------------- validation

export type SchoolRuleProblem = 'required' | 'needsAuthority' | 'removedPerson' | 'invalidTime' | 'tooLong';
export type SchoolRuleErrors = Partial<Record<keyof SchoolRuleContent, SchoolRuleProblem>>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_RULE_TEXT = 500;

/** Whether `party` may sign a leave request: a named family member with parental authority, or both parents when each holds it. */
function maySignLeave(party: ResponsibleParty, family: readonly FamilyMember[]): boolean {
  if (party.kind === 'bothParents') {
    const parents = family.filter((member) => member.kind === 'parent');
    return parents.length > 0 && parents.every((member) => member.hasParentalAuthority);
  }
  if (party.kind !== 'familyMember' || !party.familyMemberId) return false;
  return family.some((member) => member.id === party.familyMemberId && member.hasParentalAuthority);
}

/** What is wrong with a rule, per field; an empty object means it can be saved. */
export function validateSchoolRule(
  content: SchoolRuleContent,
  family: readonly FamilyMember[],
): SchoolRuleErrors {
  const errors: SchoolRuleErrors = {};
  const set = (field: keyof SchoolRuleContent, problem: SchoolRuleProblem) => {
    errors[field] ??= problem;
  };
  for (const { field } of removedPeople(content, family)) set(field, 'removedPerson');
  const unnamed = content.responsible.some(
    (party) => (party.kind === 'familyMember' || party.kind === 'networkMember') && !party.familyMemberId,
  );
  if (content.responsible.length === 0 || unnamed) set('responsible', 'required');
  if (content.topic === 'leaveRequest' && !content.responsible.every((party) => maySignLeave(party, family)))
    set('responsible', 'needsAuthority');
  if (content.topic === 'leaveRequest' && content.backup && !maySignLeave(content.backup, family))
    set('backup', 'needsAuthority');
  if (content.deadline !== undefined && content.deadline !== '' && !TIME.test(content.deadline))
    set('deadline', 'invalidTime');
  for (const field of ['how', 'byWhen', 'notes'] as const) {
    if ((content[field]?.length ?? 0) > MAX_RULE_TEXT) set(field, 'tooLong');
  }
  return errors;
}

export type SchoolField =
  | 'name'
  | 'attendanceEmail'
  | 'startedOn'
  | 'endedOn'
  | 'reviewedOn'
  | 'schoolDays'
  | `contacts.${number}.name`
  | `contacts.${number}.email`;
export type SchoolProblem = 'required' | 'invalidDate' | 'endBeforeStart' | 'inFuture' | EmailProblem;
export type SchoolErrors = Partial<Record<SchoolField, SchoolProblem>>;

/** Name required, e-mail addresses free of typos, dates real and in order, the review not in the future. */
export function validateSchool(
  draft: Pick<SchoolRecord, 'name' | 'contacts' | 'schoolDays'> &
    Partial<Pick<SchoolRecord, 'attendanceEmail' | 'startedOn' | 'endedOn' | 'reviewedOn'>>,
  today: IsoDate,
): SchoolErrors {
  const errors: SchoolErrors = {};
  if (draft.name.trim() === '') errors.name = 'required';
  if (draft.attendanceEmail?.trim()) {
    const problem = emailProblem(draft.attendanceEmail);
    if (problem) errors.attendanceEmail = problem;
  }
  const date = (field: 'startedOn' | 'endedOn' | 'reviewedOn', value: string | undefined) => {
    if (value && !isIsoDate(value)) errors[field] = 'invalidDate';
    return value && isIsoDate(value) ? value : undefined;
  };
  const started = date('startedOn', draft.startedOn);
  const ended = date('endedOn', draft.endedOn);
  const reviewed = date('reviewedOn', draft.reviewedOn);
  if (started && ended && ended < started) errors.endedOn = 'endBeforeStart';
  if (reviewed && reviewed > today) errors.reviewedOn = 'inFuture';
  if (draft.schoolDays.some((day) => !(SCHOOL_WEEKDAYS as readonly number[]).includes(day)))
    errors.schoolDays = 'invalidDate';
  draft.contacts.forEach((contact, index) => {
    if (contact.name.trim() === '') errors[`contacts.${index}.name`] = 'required';
    if (contact.email?.trim()) {
      const problem = emailProblem(contact.email);
      if (problem) errors[`contacts.${index}.email`] = problem;
    }
  });
  return errors;
}

// ---------------------------------------------------------------- school year and review

/** The first day of the school year `date` falls in: 1 August (the Dutch school year). */
export function schoolYearStart(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4));
  const start = `${year}-08-01`;
  return date >= start ? start : `${year - 1}-08-01`;
}

/** Whether the school card was gone through in the school year of `today`. */
export function isSchoolCardReviewed(school: Pick<SchoolRecord, 'reviewedOn'>, today: IsoDate): boolean {
  return school.reviewedOn !== undefined && school.reviewedOn >= schoolYearStart(today);
}
