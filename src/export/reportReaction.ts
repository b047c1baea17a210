// Reads a returned report (.docx) back: refuses what is not this report's current version or may carry
// macros, finds each reaction box by its bookmark (or its control's alias), and takes the text exactly.
import JSZip from 'jszip';
import {
  REACTION_CHOICES,
  REACTION_SECTIONS,
  SECTIONS_WITHOUT_CHOICE,
  type ReactionChoice,
  type ReactionSection,
  type SectionReaction,
} from '../domain/reports';
import type { Id } from '../domain/types';
import enExport from '../locales/en/export.json';
import nlExport from '../locales/nl/export.json';
import {
  bookmarkNames,
  bookmarkParagraphs,
  contentControls,
  customProperties,
  parseXml,
  tokens,
  type ContentControl,
} from './docxText';
import {
  PROPERTY,
  REFERENCE_PATTERN,
  bodyBookmarkName,
  bookmarkNameInAlias,
  boxBookmarkName,
  normalizedText,
  parseBoxBookmarkName,
  personIdPart,
  reportIdPart,
  sha256Hex,
  type BoxPart,
} from './reportMarkers';

/** Larger than any report with reactions; beyond it the file is refused before it is unpacked. */
export const MAX_RETURNED_FILE_BYTES = 25 * 1024 * 1024;
const MAX_DOCUMENT_XML_CHARS = 60 * 1024 * 1024;

export interface ExpectedReport {
  reportId: Id;
  /** The version that is shared now: an older one is refused. */
  version: number;
  /** sha256 of the canonical frozen text of that version. */
  contentHash: string;
  /** The people this version was shared with. */
  personIds: readonly Id[];
}

export type ReadRefusal =
  | 'notZip'
  | 'tooLarge'
  | 'macroEnabled'
  | 'notWord'
  | 'notAReport'
  | 'otherReport'
  | 'olderVersion'
  | 'newerVersion';

export type ReadWarning =
  | { kind: 'textChanged' }
  | { kind: 'missingBox'; personId: Id; section: ReactionSection; part: BoxPart }
  | { kind: 'unrecognizedChoice'; personId: Id; section: ReactionSection; text: string };

export interface PersonReading {
  personId: Id;
  sections: Partial<Record<ReactionSection, SectionReaction>>;
  /** Nothing chosen and nothing written in any box. */
  empty: boolean;
}

export type ReadResult =
  | { ok: false; refusal: ReadRefusal }
  | {
      ok: true;
      version: number;
      /** The report's own text in the file differs from what was exported (its hash). */
      textChanged: boolean;
      persons: PersonReading[];
      warnings: ReadWarning[];
    };

type Labels = {
  report: {
    reactionPart: { textPlaceholder: string; choicePlaceholder: string };
    choices: Record<ReactionChoice, string>;
  };
};
const LOCALES = [nlExport, enExport] as unknown as Labels[];
const PLACEHOLDERS = new Set(
  LOCALES.flatMap((locale) => [
    locale.report.reactionPart.textPlaceholder,
    locale.report.reactionPart.choicePlaceholder,
  ]),
);
const CHOICE_LABELS = new Map<string, ReactionChoice>(
  LOCALES.flatMap((locale) =>
    REACTION_CHOICES.map(
      (choice) => [locale.report.choices[choice].toLocaleLowerCase('nl'), choice] as const,
    ),
  ),
);

const refuse = (refusal: ReadRefusal): ReadResult => ({ ok: false, refusal });

/**
 * The person's words without our placeholder: where a word processor kept it (LibreOffice shows it as
 * plain text), typing at its end leaves it in front of their words. Their own words stay as they are.
 */
function withoutPlaceholder(text: string): string {
  if (PLACEHOLDERS.has(text.trim())) return '';
  for (const placeholder of PLACEHOLDERS)
    if (text.startsWith(placeholder)) return text.slice(placeholder.length);
  return text;
}

/** The main document part named by the package relationships (word/document.xml when written by Word). */
async function mainPart(zip: JSZip): Promise<string> {
  const rels = await zip.file('_rels/.rels')?.async('string');
  const target = rels && /Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"/.exec(rels)?.[1];
  const reversed = rels && /Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(rels)?.[1];
  return target ?? reversed ?? 'word/document.xml';
}

function hasMacros(zip: JSZip, contentTypes: string): boolean {
  const names = Object.keys(zip.files);
  return (
    names.some((name) => /(^|\/)vba(Project\.bin|Data\.xml)$/i.test(name)) ||
    /macroEnabled|vbaProject/i.test(contentTypes)
  );
}

interface Identity {
  reportId: string;
  version: number;
  contentHash?: string;
  textHash: string;
}

function identify(properties: Map<string, string>, stream: ReturnType<typeof tokens>): Identity | undefined {
  const reportId = properties.get(PROPERTY.reportId);
  const version = Number(properties.get(PROPERTY.version));
  const textHash = properties.get(PROPERTY.textHash);
  if (reportId && Number.isInteger(version) && textHash)
    return { reportId, version, contentHash: properties.get(PROPERTY.contentHash), textHash };
  // Properties lost on the way: the visible reference line still says which report and version.
  const text = stream.flatMap((token) => (token.kind === 'text' ? [token.text] : [])).join('');
  const match = REFERENCE_PATTERN.exec(text);
  if (!match) return undefined;
  return { reportId: match[1]!.toLowerCase(), version: Number(match[2]), textHash: match[3]! };
}

function choiceFrom(text: string, listItems: Map<string, string>): ReactionChoice | 'none' | 'unknown' {
  const shown = text.trim();
  if (shown === '' || PLACEHOLDERS.has(shown)) return 'none';
  const value = listItems.get(shown) ?? CHOICE_LABELS.get(shown.toLocaleLowerCase('nl'));
  return value && (REACTION_CHOICES as readonly string[]).includes(value)
    ? (value as ReactionChoice)
    : 'unknown';
}

/** Reads a returned file against the report version it should answer. */
export async function readReturnedReport(bytes: Uint8Array, expected: ExpectedReport): Promise<ReadResult> {
  if (bytes.byteLength > MAX_RETURNED_FILE_BYTES) return refuse('tooLarge');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return refuse('notZip');
  }
  const contentTypes = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  if (hasMacros(zip, contentTypes)) return refuse('macroEnabled');
  const main = zip.file(await mainPart(zip));
  if (!main) return refuse('notWord');
  const xml = await main.async('string');
  if (xml.length > MAX_DOCUMENT_XML_CHARS) return refuse('tooLarge');
  const doc = parseXml(xml);
  if (!doc) return refuse('notWord');
  const stream = tokens(doc);
  const identity = identify(customProperties(await zip.file('docProps/custom.xml')?.async('string')), stream);
  if (!identity) return refuse('notAReport');
  if (identity.reportId.toLowerCase() !== expected.reportId.toLowerCase()) return refuse('otherReport');
  if (identity.version < expected.version) return refuse('olderVersion');
  if (identity.version > expected.version) return refuse('newerVersion');
  if (identity.contentHash && identity.contentHash !== expected.contentHash) return refuse('otherReport');

  const body = bookmarkParagraphs(stream, bodyBookmarkName(expected.reportId, expected.version));
  const textChanged =
    !body || !identity.textHash || !sha256Hex(normalizedText(body)).startsWith(identity.textHash);
  const warnings: ReadWarning[] = textChanged ? [{ kind: 'textChanged' }] : [];

  const controls = contentControls(doc);
  const byAlias = new Map<string, ContentControl>();
  for (const control of controls) {
    const name = bookmarkNameInAlias(control.alias) ?? control.tag;
    if (name) byAlias.set(name.toLowerCase(), control);
  }
  const listItems = new Map(
    controls.flatMap((control) =>
      control.listItems.map((item) => [item.displayText.trim(), item.value] as const),
    ),
  );

  // The people whose boxes are in this file: a copy made for one parent holds only theirs.
  const present = new Set(
    [...bookmarkNames(stream), ...byAlias.keys()]
      .map(parseBoxBookmarkName)
      .filter(
        (parsed) =>
          parsed?.reportIdPart === reportIdPart(expected.reportId) && parsed.version === expected.version,
      )
      .map((parsed) => parsed!.personIdPart),
  );
  const persons: PersonReading[] = [];
  for (const personId of expected.personIds) {
    if (!present.has(personIdPart(personId))) continue;
    const sections: PersonReading['sections'] = {};
    const read = (section: ReactionSection, part: BoxPart): string[] | undefined => {
      const name = boxBookmarkName({
        reportId: expected.reportId,
        version: expected.version,
        personId,
        section,
        part,
      });
      const control = byAlias.get(name.toLowerCase());
      if (control?.showingPlaceholder) return [];
      const paragraphs = bookmarkParagraphs(stream, name) ?? control?.paragraphs;
      if (!paragraphs) warnings.push({ kind: 'missingBox', personId, section, part });
      return paragraphs;
    };
    for (const section of REACTION_SECTIONS) {
      const reaction: SectionReaction = { text: '' };
      const words = read(section, 'text');
      if (words) {
        reaction.text = withoutPlaceholder(words.join('\n'));
      }
      if (!SECTIONS_WITHOUT_CHOICE.includes(section)) {
        const shown = read(section, 'choice');
        if (shown) {
          const choice = choiceFrom(shown.join('\n'), listItems);
          if (choice === 'unknown')
            warnings.push({ kind: 'unrecognizedChoice', personId, section, text: shown.join('\n') });
          else if (choice !== 'none') reaction.choice = choice;
        }
      }
      if (reaction.choice || reaction.text !== '') sections[section] = reaction;
    }
    persons.push({ personId, sections, empty: Object.keys(sections).length === 0 });
  }
  return { ok: true, version: identity.version, textChanged, persons, warnings };
}
