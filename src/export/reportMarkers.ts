// How a report document marks what must be found again in a returned file: bookmark names (they
// survive Word, LibreOffice and a trip through .odt), aliases, document properties and hashes.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { REACTION_SECTIONS, type ReactionSection } from '../domain/reports';

/** One letter per reaction section in a bookmark name. */
const SECTION_CODES: Record<ReactionSection, string> = {
  facts: 'f',
  youthView: 'y',
  parentsView: 'p',
  interpretation: 'i',
  goals: 'g',
  nextSteps: 'n',
  other: 'o',
};
const SECTION_BY_CODE = new Map(REACTION_SECTIONS.map((section) => [SECTION_CODES[section], section]));

/** What a box holds: the person's words (`t`) or their agree / partly / disagree choice (`c`). */
export type BoxPart = 'text' | 'choice';

export interface BoxKey {
  reportId: string;
  version: number;
  personId: string;
  section: ReactionSection;
  part: BoxPart;
}

const hex = (id: string, length: number) =>
  id
    .replace(/[^0-9a-fA-F]/g, '')
    .toLowerCase()
    .slice(0, length);

/** The part of a report id in bookmark names: 10 hex digits (the full id is in the document's properties). */
export const reportIdPart = (reportId: string) => hex(reportId, 10);
/** The part of a person's id in bookmark names: 8 hex digits, unique among one child's family. */
export const personIdPart = (personId: string) => hex(personId, 8);

/**
 * `r<10 hex>v<version>p<8 hex><section letter><t|c>`, e.g. `r1a2b3c4d5ev2p0badc0deft`: at most 27
 * characters, starts with a letter, letters and digits only, so Word (40 characters, no spaces) and
 * LibreOffice keep it as it is. The separators r, v, p are not hex digits.
 */
export function boxBookmarkName(key: BoxKey): string {
  const part = key.part === 'text' ? 't' : 'c';
  return `r${reportIdPart(key.reportId)}v${key.version}p${personIdPart(key.personId)}${SECTION_CODES[key.section]}${part}`;
}

const BOX_NAME = /^r([0-9a-f]{1,10})v(\d{1,4})p([0-9a-f]{1,8})([a-z])([tc])$/i;

export interface ParsedBoxName {
  reportIdPart: string;
  version: number;
  personIdPart: string;
  section: ReactionSection;
  part: BoxPart;
}

export function parseBoxBookmarkName(name: string): ParsedBoxName | undefined {
  const match = BOX_NAME.exec(name);
  if (!match) return undefined;
  const section = SECTION_BY_CODE.get(match[4]!.toLowerCase());
  if (!section) return undefined;
  return {
    reportIdPart: match[1]!.toLowerCase(),
    version: Number(match[2]),
    personIdPart: match[3]!.toLowerCase(),
    section,
    part: match[5]!.toLowerCase() === 't' ? 'text' : 'choice',
  };
}

/** The bookmark around the report's own text (everything before the reaction part). */
export const bodyBookmarkName = (reportId: string, version: number) =>
  `r${reportIdPart(reportId)}v${version}body`;
/** The bookmark around the visible reference line. */
export const referenceBookmarkName = (reportId: string, version: number) =>
  `r${reportIdPart(reportId)}v${version}ref`;

/** A control's alias ends with its bookmark name in brackets, so a box can be found by alias too. */
export const boxAlias = (label: string, key: BoxKey) => `${label} [${boxBookmarkName(key)}]`;
export const bookmarkNameInAlias = (alias: string) => /\[([A-Za-z0-9]+)\]\s*$/.exec(alias)?.[1];

/** Custom document properties that identify the report, its version and its text. */
export const PROPERTY = {
  reportId: 'GedeeldReportId',
  version: 'GedeeldReportVersion',
  contentHash: 'GedeeldContentHash',
  textHash: 'GedeeldTextHash',
} as const;

/** The visible reference line: `GD-<report id>-v<version>-<first 16 hex of the text hash>`. */
export const referenceText = (reportId: string, version: number, textHash: string) =>
  `GD-${reportId}-v${version}-${textHash.slice(0, 16)}`;
export const REFERENCE_PATTERN = /GD-([0-9a-fA-F-]{36})-v(\d+)-([0-9a-f]{16})/;

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * The report's own text as compared between export and return: per paragraph, white space collapsed
 * and trimmed, empty paragraphs left out. So a re-save that only re-wraps runs or spaces is no change.
 */
export function normalizedText(paragraphs: readonly string[]): string {
  return paragraphs
    .map((paragraph) => paragraph.replace(/[\s\u00A0]+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n');
}
