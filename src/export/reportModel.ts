// Assembles the report document's view model from stored records, and what a returned file must match.
import { canonicalReportText, type Report, type ReportReaction, type ReportVersion } from '../domain/reports';
import type { Child, FamilyMember, Id, IsoDate, StaffMember } from '../domain/types';
import type { ReportDocumentModel, ReportPerson } from './report';
import type { ExpectedReport } from './reportReaction';
import { sha256Hex } from './reportMarkers';
import type { ExportLanguage } from './translate';

export interface ReportRecords {
  report: Report;
  /** Frozen versions of the report (the current one is used once it is shared). */
  versions: readonly ReportVersion[];
  reactions: readonly ReportReaction[];
  child: Child;
  familyMembers: readonly FamilyMember[];
  staff: readonly StaffMember[];
}

/** The text of the current version: frozen once shared, the working text before. */
export function currentContent({ report, versions }: Pick<ReportRecords, 'report' | 'versions'>) {
  return versions.find((version) => version.version === report.version)?.content ?? report;
}

/** The documents' language for a person: English when their preferred language says so, else Dutch. */
export function documentLanguageFor(preferredLanguage: string | undefined): ExportLanguage {
  return /^\s*(en|eng|engels|english)\b/i.test(preferredLanguage ?? '') ? 'en' : 'nl';
}

/** Preferred languages as people write them ("Engels", "English", "en") and their w:lang tags. */
const LANGUAGE_TAGS: readonly [RegExp, string][] = [
  [/^(nl|nld|dut|nederlands|dutch|vlaams|flemish)\b/i, 'nl-NL'],
  [/^(en|eng|engels|english)\b/i, 'en-GB'],
  [/^(de|deu|ger|duits|german|deutsch)\b/i, 'de-DE'],
  [/^(fr|fra|fre|frans|french|français|francais)\b/i, 'fr-FR'],
  [/^(es|spa|spaans|spanish|español|espanol)\b/i, 'es-ES'],
  [/^(pl|pol|pools|polish|polski)\b/i, 'pl-PL'],
  [/^(tr|tur|turks|turkish|türkçe|turkce)\b/i, 'tr-TR'],
  [/^(ar|ara|arabisch|arabic)\b/i, 'ar-SA'],
  [/^(pt|por|portugees|portuguese|português|portugues)\b/i, 'pt-PT'],
];

/**
 * The w:lang tag for someone's own words from their preferred language (free text on the family
 * member); undefined when it names no language we know, so the words stay marked as Dutch.
 */
export function languageTagFor(preferredLanguage: string | undefined): string | undefined {
  const text = preferredLanguage?.trim() ?? '';
  return LANGUAGE_TAGS.find(([pattern]) => pattern.test(text))?.[1];
}

export function reportPeople(records: Pick<ReportRecords, 'child' | 'familyMembers'>): Map<Id, ReportPerson> {
  const people = new Map<Id, ReportPerson>();
  for (const member of records.familyMembers)
    people.set(member.id, {
      personId: member.id,
      name: member.name,
      kind: 'parent',
      relation: member.relation,
    });
  people.set(records.child.id, { personId: records.child.id, name: records.child.name, kind: 'youth' });
  return people;
}

export function reportDocumentModel(
  records: ReportRecords,
  options: { homeName: string; exportDate: IsoDate; reactionPartsFor: readonly Id[] },
): ReportDocumentModel {
  const { report, child, staff } = records;
  const content = currentContent(records);
  const people = reportPeople(records);
  const names: Record<Id, string> = {};
  for (const member of staff) names[member.id] = member.name;
  for (const [id, person] of people) names[id] = person.name;
  const wordLanguages: Record<Id, string> = {};
  for (const member of records.familyMembers) {
    const tag = languageTagFor(member.preferredLanguage);
    if (tag) wordLanguages[member.id] = tag;
  }
  return {
    reportId: report.id,
    version: report.version,
    status: report.status,
    content: { ...content },
    child: { name: child.name, birthDate: child.birthDate },
    authorName: names[content.authorId] ?? '',
    checkerName: report.checkedBy ? names[report.checkedBy] : undefined,
    checkedOn: report.checkedOn,
    names,
    shares: report.shares,
    reactions: records.reactions.filter((reaction) => reaction.version === report.version),
    wordLanguages,
    reactionParts: options.reactionPartsFor.flatMap((id) => people.get(id) ?? []),
    homeName: options.homeName,
    exportDate: options.exportDate,
  };
}

/** What a returned copy of the current version must carry. */
export function expectedReport(records: Pick<ReportRecords, 'report' | 'versions'>): ExpectedReport {
  const { report } = records;
  return {
    reportId: report.id,
    version: report.version,
    contentHash: sha256Hex(canonicalReportText(currentContent(records))),
    personIds: report.shares.map((share) => share.personId),
  };
}
