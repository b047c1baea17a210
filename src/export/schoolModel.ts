// Pure assembly of the school card's view model (and the handover's school section) from the school
// records and rules: names resolved, CC decided by the domain's rule, contact details only with consent.
import {
  authorityHolders,
  currentSchool,
  resolveCc,
  ruleFor,
  rulesInForce,
  schoolHistory,
  type CcProblem,
  type MailRecipient,
} from '../domain';
import type {
  SchoolContactRole,
  SchoolRecord,
  SchoolRule,
  SchoolRuleTopic,
  SchoolWeekday,
} from '../domain/schoolTypes';
import type { Child, FamilyMember, IsoDate, Relation, ResponsibleParty, StaffMember } from '../domain/types';
import { forChild, mentorOn, staffName, type Directory, type ResolvedParty } from './modelParts';

export interface SchoolRuleItem {
  topic: SchoolRuleTopic;
  responsible: ResolvedParty[];
  backup?: ResolvedParty;
  how?: string;
  /** `HH:MM`: "before 8:15". */
  deadline?: string;
  byWhen?: string;
  /** The family members copied (for reports: who receives them); a name may be withheld (handover). */
  cc: ResolvedParty[];
  byVideo: ResolvedParty[];
  notes?: string;
  /** How many people the rule names who are no longer in the family (printed as a warning). */
  removedCount: number;
}

export interface SchoolContactItem {
  role: SchoolContactRole;
  name: string;
  email?: string;
  phone?: string;
}

export interface SchoolSummary {
  name: string;
  location?: string;
  mainPhone?: string;
  attendanceEmail?: string;
  classYear?: string;
  contacts: SchoolContactItem[];
  schoolDays: SchoolWeekday[];
  transport?: string;
  startedOn?: IsoDate;
  /** Free text, e.g. the contact rules written before they were structured. */
  notes?: string;
  contactNote?: string;
  sharingNotes?: string;
}

/** A parent on the card: contact details only when they consented to share them with this school. */
export interface ParentOnCard {
  name: string;
  relation: Relation;
  hasAuthority: boolean;
  detailsShared: boolean;
  phone?: string;
  email?: string;
  address?: string;
}

export interface SchoolCardModel {
  homeName: string;
  exportDate: IsoDate;
  child: { name: string; birthDate: IsoDate };
  /** Absent when no school is recorded for today. */
  school?: SchoolSummary;
  /** The rules in force, in the standard topic order. */
  rules: SchoolRuleItem[];
  /** Who reports sick, before when, how. */
  sickReport?: SchoolRuleItem;
  /** Whom to copy on every mail (the general school-mail rule), with the addresses that may be used. */
  ccOnEveryMail: MailRecipient[];
  /** People the general rule names who cannot be copied (no e-mail, no consent, removed). */
  ccProblems: CcProblem[];
  parents: ParentOnCard[];
  home: { contactPersonName?: string; backupContactPersonName?: string; mentorName?: string };
  /** Who receives reports and grades, from the reports rule. */
  reportsTo: ResolvedParty[];
  signatures: { name: string; relation: Relation }[];
}

export interface SchoolCardInput {
  homeName: string;
  child: Child;
  familyMembers: FamilyMember[];
  staff: StaffMember[];
  schools: SchoolRecord[];
  schoolRules: SchoolRule[];
  today: IsoDate;
}

/** Whether a family member's name may appear (the handover leaves out names it may not share). */
export type ShowName = (member: FamilyMember) => boolean;
const always: ShowName = () => true;

function resolveParty(party: ResponsibleParty, directory: Directory, showName: ShowName): ResolvedParty {
  const member = directory.familyMembers.find((candidate) => candidate.id === party.familyMemberId);
  const name =
    party.kind === 'mentor'
      ? mentorOn(directory)?.name
      : party.kind === 'child'
        ? directory.child.name
        : member && showName(member)
          ? member.name
          : undefined;
  return name ? { kind: party.kind, name } : { kind: party.kind };
}

const asParty = (member: FamilyMember): ResponsibleParty => ({
  kind: member.kind === 'network' ? 'networkMember' : 'familyMember',
  familyMemberId: member.id,
});

const filled = (text: string | undefined) => (text?.trim() ? text : undefined);

export function schoolRuleItem(
  rule: SchoolRule,
  directory: Directory,
  showName: ShowName = always,
): SchoolRuleItem {
  const family = directory.familyMembers;
  const resolve = (party: ResponsibleParty) => resolveParty(party, directory, showName);
  const present = (id: string | undefined) => id !== undefined && family.some((member) => member.id === id);
  const parties = [...rule.responsible, ...(rule.backup ? [rule.backup] : []), ...rule.byVideo];
  const removed =
    parties.filter((party) => party.familyMemberId !== undefined && !present(party.familyMemberId)).length +
    rule.cc.filter((id) => !present(id)).length;
  const known = (party: ResponsibleParty) =>
    party.familyMemberId === undefined || present(party.familyMemberId);
  return {
    topic: rule.topic,
    responsible: rule.responsible.filter(known).map(resolve),
    ...(rule.backup && known(rule.backup) && { backup: resolve(rule.backup) }),
    ...(filled(rule.how) && { how: rule.how }),
    ...(filled(rule.deadline) && { deadline: rule.deadline }),
    ...(filled(rule.byWhen) && { byWhen: rule.byWhen }),
    cc: rule.cc.flatMap((id) => {
      const member = family.find((candidate) => candidate.id === id);
      return member ? [resolve(asParty(member))] : [];
    }),
    byVideo: rule.byVideo.filter(known).map(resolve),
    ...(filled(rule.notes) && { notes: rule.notes }),
    removedCount: removed,
  };
}

export function schoolSummary(school: SchoolRecord): SchoolSummary {
  return {
    name: school.name,
    ...(filled(school.location) && { location: school.location }),
    ...(filled(school.mainPhone) && { mainPhone: school.mainPhone }),
    ...(filled(school.attendanceEmail) && { attendanceEmail: school.attendanceEmail }),
    ...(filled(school.classYear) && { classYear: school.classYear }),
    contacts: school.contacts.map(({ role, name, email, phone }) => ({
      role,
      name,
      ...(filled(email) && { email }),
      ...(filled(phone) && { phone }),
    })),
    schoolDays: [...school.schoolDays].sort(),
    ...(filled(school.transport) && { transport: school.transport }),
    ...(school.startedOn && { startedOn: school.startedOn }),
    ...(filled(school.notes) && { notes: school.notes }),
    ...(filled(school.contactNote) && { contactNote: school.contactNote }),
    ...(filled(school.sharingNotes) && { sharingNotes: school.sharingNotes }),
  };
}

/** The school of `day`, else (after the child left it) the most recent one. */
export function schoolOn(schools: readonly SchoolRecord[], day: IsoDate): SchoolRecord | undefined {
  return (
    currentSchool(schools, day) ?? schoolHistory(schools.filter((s) => !s.startedOn || s.startedOn <= day))[0]
  );
}

function parentsOnCard(family: readonly FamilyMember[], school: SchoolRecord | undefined): ParentOnCard[] {
  return family
    .filter((member) => member.kind === 'parent' || member.hasParentalAuthority)
    .map((member) => {
      const shared =
        school?.consents.some((c) => c.familyMemberId === member.id && c.contactDetails) ?? false;
      return {
        name: member.name,
        relation: member.relation,
        hasAuthority: member.hasParentalAuthority,
        detailsShared: shared,
        ...(shared && filled(member.phone) && { phone: member.phone }),
        ...(shared && filled(member.email) && { email: member.email }),
        ...(shared && filled(member.address) && { address: member.address }),
      };
    });
}

export function schoolCardModel(input: SchoolCardInput): SchoolCardModel {
  const { child, today } = input;
  const directory: Directory = { ...input, familyMembers: forChild(input.familyMembers, child) };
  const family = directory.familyMembers;
  const school = currentSchool(forChild(input.schools, child), today);
  const rules = rulesInForce(forChild(input.schoolRules, child), school);
  const items = rules.map((rule) => schoolRuleItem(rule, directory));
  const general = ruleFor(rules, 'emailCc');
  const { cc, problems } = school ? resolveCc(general, family, school) : { cc: [], problems: [] };
  const sick = ruleFor(rules, 'sickReport');
  const reports = ruleFor(rules, 'reports');
  return {
    homeName: input.homeName,
    exportDate: today,
    child: { name: child.name, birthDate: child.birthDate },
    ...(school && { school: schoolSummary(school) }),
    rules: items,
    ...(sick && { sickReport: schoolRuleItem(sick, directory) }),
    ccOnEveryMail: cc,
    ccProblems: problems,
    parents: parentsOnCard(family, school),
    home: {
      mentorName: mentorOn(directory)?.name,
      contactPersonName: staffName(input.staff, child.contactPersonId),
      backupContactPersonName: staffName(input.staff, child.backupContactPersonId),
    },
    reportsTo: reports ? schoolRuleItem(reports, directory).cc : [],
    signatures: authorityHolders(family).map(({ name, relation }) => ({ name, relation })),
  };
}
