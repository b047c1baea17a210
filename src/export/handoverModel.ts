// Pure assembly of the handover view model: only selected sections with consent or a confirmed legal ground.
import {
  addMonths,
  agreementCategory,
  authorityHolders,
  contactsBetween,
  countByChannel,
  familyMemberCategory,
  goalCategory,
  groupByTopic,
  latestDate,
  lastDayInCare,
  rulesInForce,
  sharedReports,
  sharingBasis,
  type ConsentCategory,
} from '../domain';
import { HANDOVER_SECTIONS, type FamilyMember, type Handover, type HandoverSection } from '../domain/types';
import { agreementItem, forChild, goalItem, mentorOn, staffName, type Directory } from './modelParts';
import { schoolOn, schoolRuleItem, schoolSummary } from './schoolModel';
import type {
  ConsentLine,
  HandoverInput,
  HandoverReportItem,
  HandoverModel,
  HandoverSectionModel,
  OmittedSection,
  ParentViewItem,
  SectionContent,
  WithheldItems,
} from './handoverTypes';

export type {
  ConsentLine,
  FamilyMemberItem,
  HandoverInput,
  HandoverModel,
  HandoverReportItem,
  HandoverSectionModel,
  HandoverSender,
  OmittedSection,
  ParentViewItem,
  SectionBasis,
  WithheldItems,
} from './handoverTypes';

/** How many months of contacts make up the contact and visit pattern. */
export const CONTACT_PATTERN_MONTHS = 3;

const KIND_ORDER = ['parent', 'network', 'professional'];

/** Whether items of `category` may appear in the document. */
type MayShare = (category: ConsentCategory) => boolean;

/**
 * The school of the last day in care and its rules in force; undefined when nothing is recorded. Names
 * of network members and professionals in the rules follow their own category (parents are named).
 */
function schoolSection(input: HandoverInput, directory: Directory, mayShare: MayShare): Content | undefined {
  const school = schoolOn(forChild(input.schools ?? [], directory.child), directory.today);
  if (!school) return undefined;
  const withheld = new Set<ConsentCategory>();
  const showName = (member: FamilyMember) => {
    if (member.kind === 'parent' || member.hasParentalAuthority) return true;
    const category = familyMemberCategory(member);
    if (!mayShare(category)) withheld.add(category);
    return mayShare(category);
  };
  const rules = rulesInForce(forChild(input.schoolRules ?? [], directory.child), school).map((rule) =>
    schoolRuleItem(rule, directory, showName),
  );
  const summary = schoolSummary(school);
  const hasData = summary.name.trim() || summary.notes || summary.contactNote || summary.contacts.length > 0;
  if (!hasData && rules.length === 0) return undefined;
  return { content: { section: 'school', school: { summary, rules } }, withheld: [...withheld] };
}

interface Content {
  content: SectionContent;
  withheld: WithheldItems;
}

/** Keeps the items whose category may be shared and notes the categories of those left out. */
function sift<T>(items: readonly T[], categoryOf: (item: T) => ConsentCategory, mayShare: MayShare) {
  const kept: T[] = [];
  const withheld = new Set<ConsentCategory>();
  for (const item of items) {
    const category = categoryOf(item);
    if (mayShare(category)) kept.push(item);
    else withheld.add(category);
  }
  return { kept, withheld: [...withheld] };
}

function contentOf(
  section: HandoverSection,
  input: HandoverInput,
  directory: Directory,
  mayShare: MayShare,
): Content | undefined {
  const { child, handover } = input;
  const whole = (content: SectionContent): Content => ({ content, withheld: [] });
  switch (section) {
    case 'reason':
      return whole({
        section,
        reasonForMove: handover.reasonForMove,
        howDecided: handover.howDecided,
        parentsView: handover.parentsView,
        parentViews: parentViews(handover, directory.familyMembers),
        childView: handover.childView,
      });
    case 'childAndPlacement':
      return whole({
        section,
        name: child.name,
        birthDate: child.birthDate,
        placementStart: child.placementStart,
        placementEnd: child.placementEnd,
        placementEndedOn: child.placementEndedOn,
        legalFramework: child.legalFramework,
        languages: child.languages,
        cultureNotes: child.cultureNotes,
        authorityHolders: authorityHolders(directory.familyMembers, child.legalFramework).map(
          ({ name, relation }) => ({
            name,
            relation,
          }),
        ),
        mentorName: mentorOn(directory)?.name,
      });
    case 'familyAndNetwork': {
      const { kept, withheld } = sift(directory.familyMembers, familyMemberCategory, mayShare);
      const content: SectionContent = {
        section,
        members: [...kept]
          .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
          .map((member) => ({
            name: member.name,
            kind: member.kind,
            relation: member.relation,
            hasParentalAuthority: member.hasParentalAuthority,
            address: member.address,
            phone: member.phone,
            email: member.email,
            preferredLanguage: member.preferredLanguage,
            preferredChannel: member.preferredChannel,
            preferredMoments: member.preferredMoments,
            interpreterNeeded: member.interpreterNeeded,
            supportRole: member.supportRole,
            organisation: member.organisation,
          })),
      };
      return { content, withheld };
    }
    case 'agreements': {
      // The last months of the placement: a handover exported after the move looks back from the move.
      const to = directory.today;
      const from = addMonths(to, -CONTACT_PATTERN_MONTHS);
      const recent = contactsBetween(forChild(input.contacts, child), from, to);
      const { kept, withheld } = sift(
        forChild(input.agreements, child).filter((agreement) => agreement.status !== 'proposed'),
        agreementCategory,
        mayShare,
      );
      const content: SectionContent = {
        section,
        // Grouped by topic in the screen's order, so the document reads like the Afspraken tab.
        agreements: groupByTopic(kept).flatMap((group) =>
          group.agreements.map((agreement) => agreementItem(agreement, directory)),
        ),
        contactPattern: { from, to, counts: countByChannel(recent), total: recent.length },
      };
      return { content, withheld };
    }
    case 'goals': {
      const { kept, withheld } = sift(forChild(input.goals, child), goalCategory, mayShare);
      const reports = reportsOf(input, directory, mayShare);
      const content: SectionContent = {
        section,
        goals: kept.map((goal) => {
          const latest = latestDate(goal.progressNotes.map((note) => note.on));
          return goalItem(goal, input.staff, directory.today, (note) => note.on === latest);
        }),
        reports: reports.kept,
      };
      return { content, withheld: [...new Set([...withheld, ...reports.withheld])] };
    }
    case 'school':
      return schoolSection(input, directory, mayShare);
    case 'health':
      return whole({ section, health: child.health ?? {} });
    case 'childStory':
      return whole({ section, childStory: handover.childStory });
    case 'parentsMessage':
      return whole({ section, parentsMessage: handover.parentsMessage });
    case 'involvement':
      return whole({
        section,
        parentsInvolved: handover.parentsInvolved,
        childInvolved: handover.childInvolved,
        involvementNotes: handover.involvementNotes,
      });
    case 'followUp':
      return whole({
        section,
        newInstitution: handover.newInstitution,
        contactOldPlace: handover.contactOldPlace,
        contactNewPlace: handover.contactNewPlace,
        firstEvaluationAfterMove: handover.firstEvaluationAfterMove,
      });
  }
}

/**
 * Reports shared with the parents (any version, corrections included) with each person's reactions, as
 * they stood on the last day in care; a report whose text or reactions speak of health needs consent for
 * health too.
 */
function reportsOf(input: HandoverInput, directory: Directory, mayShare: MayShare) {
  const { child, familyMembers, today } = directory;
  const shared = sharedReports(
    forChild(input.reportVersions ?? [], child),
    forChild(input.reportReactions ?? [], child),
    today,
  ).filter((report) => report.shares.some((share) => share.personKind === 'parent'));
  const { kept, withheld } = sift(shared, (report) => report.category, mayShare);
  const items = kept.map((report): HandoverReportItem => ({
    report: {
      reportId: report.reportId,
      version: report.version,
      kind: report.kind,
      ...(report.customKind !== undefined ? { customKind: report.customKind } : {}),
      periodFrom: report.periodFrom,
      periodTo: report.periodTo,
    },
    superseded: report.superseded,
    shares: report.shares.map((share) => {
      const member = familyMembers.find((candidate) => candidate.id === share.personId);
      return {
        name: share.personKind === 'youth' ? child.name : (member?.name ?? ''),
        ...(member ? { relation: member.relation } : {}),
        sharedOn: share.sharedOn,
        channel: share.channel,
        reactions: share.reactions,
        state: share.state,
      };
    }),
  }));
  return { kept: items, withheld };
}

/** Each parent's own words when recorded apart; names resolved, blanks left out. */
function parentViews(handover: Handover, familyMembers: readonly FamilyMember[]): ParentViewItem[] {
  return (handover.parentViews ?? []).flatMap((view) => {
    const member = familyMembers.find((candidate) => candidate.id === view.familyMemberId);
    return member && view.text.trim()
      ? [{ name: member.name, relation: member.relation, text: view.text }]
      : [];
  });
}

function consentLines(
  input: HandoverInput,
  sections: readonly HandoverSectionModel[],
  giverName: (id: string) => string | undefined,
): ConsentLine[] {
  return HANDOVER_SECTIONS.map((category) => {
    const consent = input.handover.consent[category];
    const basis = sharingBasis(input.handover, category, input.legalGroundConfirmed);
    return {
      category,
      ...(basis ? { basis } : {}),
      givenBy: consent?.parentsConsent ? (consent.givenBy ?? []).flatMap((id) => giverName(id) ?? []) : [],
      ...(consent?.parentsConsent && consent.givenOn ? { givenOn: consent.givenOn } : {}),
      ...(consent?.parentsConsent && consent.method ? { method: consent.method } : {}),
      withheldIn: sections
        .filter((section) => section.withheld.includes(category))
        .map((section) => section.section),
    };
  });
}

export function handoverModel(input: HandoverInput): HandoverModel {
  const { child, handover, today } = input;
  // Everything is described as it was on the last day in this home: mentor, contact pattern, goals.
  const reference = lastDayInCare(child, today, handover.moveDate);
  const familyMembers = forChild(input.familyMembers, child);
  const directory: Directory = { ...input, familyMembers, today: reference };
  const mayShare: MayShare = (category) =>
    sharingBasis(handover, category, input.legalGroundConfirmed) !== undefined;
  const sections: HandoverSectionModel[] = [];
  const omitted: OmittedSection[] = [];
  for (const section of HANDOVER_SECTIONS) {
    if (!input.sections.includes(section)) {
      omitted.push({ section, reason: 'notSelected' });
      continue;
    }
    const basis = sharingBasis(handover, section, input.legalGroundConfirmed);
    if (!basis) {
      omitted.push({ section, reason: 'noConsent' });
      continue;
    }
    const found = contentOf(section, input, directory, mayShare);
    if (found) sections.push({ ...found.content, basis, withheld: found.withheld });
    else omitted.push({ section, reason: 'noData' });
  }
  const giverName = (id: string) =>
    id === child.id ? child.name : familyMembers.find((member) => member.id === id)?.name;
  return {
    homeName: input.homeName,
    exportDate: today,
    child: { name: child.name, birthDate: child.birthDate },
    newInstitution: handover.newInstitution,
    moveDate: handover.moveDate,
    exportedAfterMove: handover.moveDate !== undefined && today > handover.moveDate,
    sender: {
      homeName: input.homeName,
      mentorName: mentorOn(directory)?.name,
      contactPersonName: staffName(input.staff, child.contactPersonId),
      backupContactPersonName: staffName(input.staff, child.backupContactPersonId),
      ...(handover.handoverMeetingOn ? { meetingOn: handover.handoverMeetingOn } : {}),
      ...(handover.handoverMeetingAttendees?.trim()
        ? { meetingAttendees: handover.handoverMeetingAttendees }
        : {}),
    },
    consent: consentLines(input, sections, giverName),
    sections,
    omitted,
    authorityHolders: authorityHolders(familyMembers, child.legalFramework).map(({ name, relation }) => ({
      name,
      relation,
    })),
  };
}
