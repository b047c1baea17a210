// Mail to the school that follows the rules: To = the school contact for the topic, CC = exactly the
// people the rule names who have an e-mail address and consented to school mail; everyone else is reported.
import { emailProblem } from './email';
import { ruleFor } from './school';
import type {
  SchoolContactRole,
  SchoolRecord,
  SchoolRule,
  SchoolRuleContent,
  SchoolRuleTopic,
} from './schoolTypes';
import type { FamilyMember, Id } from './types';

export interface MailRecipient {
  name: string;
  email: string;
  /** The family member copied, or the school contact addressed. */
  familyMemberId?: Id;
  schoolContactId?: Id;
}

/** Why someone the rule names is not on the mail. */
export type CcProblemReason = 'removed' | 'noEmail' | 'invalidEmail' | 'noConsent';

export interface CcProblem {
  familyMemberId: Id;
  /** Absent when the person was removed from the family. */
  name?: string;
  reason: CcProblemReason;
}

export interface CcResolution {
  cc: MailRecipient[];
  problems: CcProblem[];
}

/**
 * The CC of a mail under `rule`: exactly the family members the rule names, in the rule's order, each
 * once, and only those with a valid e-mail address and consent to school mail for this school. Anyone
 * left out is reported with the reason, including people no longer in the family.
 */
export function resolveCc(
  rule: Pick<SchoolRuleContent, 'cc'> | undefined,
  family: readonly FamilyMember[],
  school: Pick<SchoolRecord, 'consents'>,
): CcResolution {
  const cc: MailRecipient[] = [];
  const problems: CcProblem[] = [];
  const seenIds = new Set<Id>();
  const seenAddresses = new Set<string>();
  for (const id of rule?.cc ?? []) {
    if (seenIds.has(id)) continue;
    seenIds.add(id);
    const member = family.find((candidate) => candidate.id === id);
    if (!member) {
      problems.push({ familyMemberId: id, reason: 'removed' });
      continue;
    }
    const email = member.email?.trim() ?? '';
    const consent = school.consents.find((c) => c.familyMemberId === id);
    const reason: CcProblemReason | undefined =
      email === ''
        ? 'noEmail'
        : emailProblem(email)
          ? 'invalidEmail'
          : consent?.schoolMail !== true
            ? 'noConsent'
            : undefined;
    if (reason) {
      problems.push({ familyMemberId: id, name: member.name, reason });
      continue;
    }
    // Two people sharing one address get one copy.
    if (seenAddresses.has(email.toLowerCase())) continue;
    seenAddresses.add(email.toLowerCase());
    cc.push({ name: member.name, email, familyMemberId: id });
  }
  return { cc, problems };
}

/** Whom at school mail about a topic goes to, in order of preference; `attendance` is the verzuim address. */
const ADDRESSEES: Record<SchoolRuleTopic, readonly (SchoolContactRole | 'attendance')[]> = {
  sickReport: ['attendance', 'teacher', 'schoolMentor'],
  recoveryReport: ['attendance', 'teacher', 'schoolMentor'],
  parentMeeting: ['teacher', 'schoolMentor', 'internalSupervisor', 'careCoordinator'],
  reports: ['teacher', 'schoolMentor'],
  emailCc: ['teacher', 'schoolMentor'],
  permissionSlips: ['teacher', 'schoolMentor'],
  leaveRequest: ['headteacher', 'attendance'],
  attendanceOfficer: ['attendanceOfficer'],
};

/** The school contact mail about `topic` is addressed to: the first with a valid address in the topic's order. */
export function schoolAddressee(
  school: Pick<SchoolRecord, 'attendanceEmail' | 'contacts' | 'name'>,
  topic: SchoolRuleTopic,
): MailRecipient | undefined {
  for (const role of ADDRESSEES[topic]) {
    if (role === 'attendance') {
      const email = school.attendanceEmail?.trim();
      if (email && !emailProblem(email)) return { name: school.name, email };
      continue;
    }
    const contact = school.contacts.find(
      (candidate) => candidate.role === role && candidate.email && !emailProblem(candidate.email),
    );
    if (contact) return { name: contact.name, email: contact.email!.trim(), schoolContactId: contact.id };
  }
  return undefined;
}

/** The rule mail about `topic` follows: the topic's own, else the general school-mail rule. */
export function mailRuleFor<T extends Pick<SchoolRule, 'topic'>>(
  rules: readonly T[],
  topic: SchoolRuleTopic,
): T | undefined {
  return ruleFor(rules, topic) ?? ruleFor(rules, 'emailCc');
}

/** "Noor (groep 6) – ziekmelding": the first name, the class when known, the topic. */
export function schoolMailSubject(
  childName: string,
  classYear: string | undefined,
  topicLabel: string,
): string {
  const firstName = childName.trim().split(/\s+/)[0] ?? '';
  const klass = classYear?.trim();
  return `${firstName}${klass ? ` (${klass})` : ''} – ${topicLabel}`;
}

// Addresses keep their @ readable; everything else that is not plain is percent-encoded (RFC 6068).
const encodeAddress = (address: string) => encodeURIComponent(address.trim()).replace(/%40/g, '@');

/** A `mailto:` URL (RFC 6068): addresses comma-separated, subject and body percent-encoded (spaces as %20). */
export function buildMailto(mail: { to: string[]; cc?: string[]; subject?: string; body?: string }): string {
  const query: string[] = [];
  if (mail.cc && mail.cc.length > 0) query.push(`cc=${mail.cc.map(encodeAddress).join(',')}`);
  if (mail.subject) query.push(`subject=${encodeURIComponent(mail.subject)}`);
  // Line breaks in a body are CRLF in mail (RFC 6068 section 5).
  if (mail.body) query.push(`body=${encodeURIComponent(mail.body.replace(/\r?\n/g, '\r\n'))}`);
  return `mailto:${mail.to.map(encodeAddress).join(',')}${query.length ? `?${query.join('&')}` : ''}`;
}

export interface SchoolMail {
  topic: SchoolRuleTopic;
  /** Undefined when the school has no usable address for the topic: then there is no URL either. */
  to?: MailRecipient;
  cc: MailRecipient[];
  problems: CcProblem[];
  subject: string;
  url?: string;
  /** The rule followed (the topic's own or the general school-mail rule), absent when there is none. */
  ruleId?: Id;
}

/** Everything "Mail de school" needs for one topic. */
export function schoolMail(input: {
  childName: string;
  school: SchoolRecord;
  rules: readonly SchoolRule[];
  family: readonly FamilyMember[];
  topic: SchoolRuleTopic;
  topicLabel: string;
}): SchoolMail {
  const { school, topic } = input;
  const rule = mailRuleFor(input.rules, topic);
  const to = schoolAddressee(school, topic);
  const { cc, problems } = resolveCc(rule, input.family, school);
  const subject = schoolMailSubject(input.childName, school.classYear, input.topicLabel);
  return {
    topic,
    ...(to && { to }),
    cc,
    problems,
    subject,
    ...(to && { url: buildMailto({ to: [to.email], cc: cc.map((r) => r.email), subject }) }),
    ...(rule && { ruleId: rule.id }),
  };
}
