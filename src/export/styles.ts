// Shared document parts of every export: A4 page, heading styles, header, footer, tables and dates.
import {
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LeaderType,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { IsoDate } from '../domain/types';
import { unescaped, type ExportLanguage, type ExportT } from './translate';

const PAGE = { width: 11906, height: 16838 } as const;
const MARGIN = { top: 1418, bottom: 1418, left: 1134, right: 1134, header: 567, footer: 567 } as const;
/** Width of the text column in twips: tables are sized to it. */
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

const FONT = 'Calibri';
const ACCENT = '1F4E79';
const GRID = 'A6A6A6';
const HEADER_FILL = 'DCE6F0';
const thinBorder = { style: BorderStyle.SINGLE, size: 4, color: GRID } as const;
const tableBorders = {
  top: thinBorder,
  bottom: thinBorder,
  left: thinBorder,
  right: thinBorder,
  insideHorizontal: thinBorder,
  insideVertical: thinBorder,
} as const;

const EN_MONTHS =
  'January February March April May June July August September October November December'.split(' ');

/** Formats an ISO date (or the date part of a date-time): nl `dd-mm-jjjj`, en `5 March 2025`. */
export function formatDate(iso: string | undefined, language: ExportLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!match) return iso ?? '';
  const [, year, month, day] = match as unknown as [string, string, string, string];
  if (language === 'nl') return `${day}-${month}-${year}`;
  return `${Number(day)} ${EN_MONTHS[Number(month) - 1] ?? month} ${year}`;
}

export interface DocumentOptions {
  t: ExportT;
  language: ExportLanguage;
  homeName: string;
  /** The day of the export, `YYYY-MM-DD`, shown in the footer. */
  exportDate: IsoDate;
  title: string;
  /** What kind of document this is, for the document properties (e.g. "Overdrachtsdocument"). */
  kind: string;
  /** A line under the title, e.g. the child's name. */
  subtitle?: string;
  /** The child the document is about: name and birth date go in every page header. */
  child?: { name: string; birthDate: IsoDate };
  children: readonly FileChild[];
}

/** Text as staff typed it (in Dutch), as opposed to the document's own translated labels. */
export interface Typed {
  typed: string;
}

/** Labels and typed text on one line, each keeping its own language ("Afgesproken: " + typed text). */
export interface Joined {
  joined: readonly (string | Typed)[];
}

/** A document's text: a label in the document language, text staff typed, or both on one line. */
export type Text = string | Typed | Joined;

/** Puts labels and typed text on one line, each part keeping its own language. */
export function joined(...parts: (string | Typed)[]): Joined {
  return { joined: parts };
}

/** Marks text that staff typed, so it keeps its own language (nl-NL) in a document of another language. */
export function typed(text: string): Typed {
  return { typed: text };
}

export const TYPED_LANGUAGE = 'nl-NL';

function plain(text: Text): string {
  if (typeof text === 'string') return text;
  return 'typed' in text ? text.typed : text.joined.map(plain).join('');
}

/** Straight double quotes in typed Dutch become „…”; an odd one out stays as typed. */
export function dutchQuotes(text: string): string {
  return text.replace(/"([^"\n]*)"/g, '\u201E$1\u201D');
}

/** Someone's own words between the quotation marks of the document language: „…” in nl, “…” in en. */
export function quoted(text: string, language: ExportLanguage): string {
  if (/["\u201C\u201D\u201E]/.test(text)) return text;
  return language === 'nl' ? `\u201E${text}\u201D` : `\u201C${text}\u201D`;
}

const small = { size: 18, color: '595959' } as const;
const rightTab = [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }];

function pageHeader(t: ExportT, options: DocumentOptions): Header {
  const confidential = [new Tab(), t('common.confidential')];
  const childLine = options.child
    ? ` \u00B7 ${t('common.headerChild', {
        name: options.child.name,
        birthDate: formatDate(options.child.birthDate, options.language),
      })}`
    : '';
  const children = [
    new TextRun({ text: options.homeName, ...small }),
    ...(childLine ? [new TextRun({ text: childLine, ...small })] : []),
    new TextRun({ ...small, bold: true, color: ACCENT, children: confidential }),
  ];
  const border = { bottom: { ...thinBorder, space: 4 } };
  return new Header({ children: [new Paragraph({ tabStops: rightTab, border, children })] });
}

function pageFooter(t: ExportT, exportDate: string): Footer {
  // Placeholders mark where Word's page fields go inside the translated "pagina X van Y".
  const [before = '', between = '', after = ''] = t('common.pageXofY', {
    current: '[[PAGE]]',
    total: '[[PAGES]]',
  }).split(/\[\[PAGES?\]\]/);
  const pages = [new Tab(), before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, after];
  return new Footer({
    children: [
      new Paragraph({
        tabStops: rightTab,
        children: [
          new TextRun({ text: t('common.exportedOn', { date: exportDate }), ...small }),
          new TextRun({ ...small, children: pages }),
        ],
      }),
    ],
  });
}

function headingStyle(size: number, spacingBefore: number, outlineLevel: number) {
  return {
    run: { font: FONT, size, bold: true, color: ACCENT },
    // An outline level makes the heading show in Word's navigation pane and table of contents.
    paragraph: {
      spacing: { before: spacingBefore, after: 120 },
      keepNext: true,
      keepLines: true,
      outlineLevel,
    },
  };
}

/** One A4 document with Word's own Title/Heading styles, a confidential header and a paged footer. */
export function createDocument(options: DocumentOptions): Document {
  const t = unescaped(options.t);
  const subtitle = options.subtitle
    ? [new Paragraph({ children: [new TextRun({ text: options.subtitle, size: 26, color: '404040' })] })]
    : [];
  return new Document({
    title: options.title,
    subject: options.kind,
    creator: options.homeName,
    lastModifiedBy: options.homeName,
    description: t('common.madeWith'),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: { value: options.language === 'nl' ? 'nl-NL' : 'en-GB' } },
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: {
          run: { font: FONT, size: 40, bold: true, color: ACCENT },
          paragraph: { spacing: { after: 60, line: 240, lineRule: LineRuleType.AUTO } },
        },
        heading1: headingStyle(30, 360, 0),
        heading2: headingStyle(25, 240, 1),
      },
    },
    sections: [
      {
        properties: { page: { size: { ...PAGE }, margin: { ...MARGIN, gutter: 0 } } },
        headers: { default: pageHeader(t, options) },
        footers: { default: pageFooter(t, formatDate(options.exportDate, options.language)) },
        children: [
          new Paragraph({ text: options.title, heading: HeadingLevel.TITLE }),
          ...subtitle,
          ...options.children,
        ],
      },
    ],
  });
}

export function heading1(text: Text): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: lines(text) });
}

export function heading2(text: Text): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, children: lines(text) });
}

type RunStyle = { bold?: boolean; italics?: boolean; size?: number; color?: string };

/**
 * Runs for text that may hold line breaks, so multi-line free text keeps its lines. Typed text is
 * marked nl-NL (so Word does not flag it in an English document) and gets Dutch quotation marks.
 */
function lines(text: Text, style: RunStyle = {}): TextRun[] {
  if (typeof text !== 'string' && 'joined' in text) return text.joined.flatMap((part) => lines(part, style));
  const isTyped = typeof text !== 'string';
  const value = isTyped ? dutchQuotes(text.typed) : text;
  return value.split(/\r?\n/).map(
    (line, index) =>
      new TextRun({
        text: line,
        break: index > 0 ? 1 : 0,
        ...style,
        ...(isTyped ? { language: { value: TYPED_LANGUAGE } } : {}),
      }),
  );
}

/** Runs of several pieces on one line each, e.g. a typed agreement and a translated list of names. */
function pieces(content: CellContent, style: RunStyle = {}): TextRun[] {
  const parts = Array.isArray(content) ? (content as readonly Text[]) : [content as Text];
  return parts
    .filter((part) => plain(part) !== '')
    .flatMap((part, index) => {
      const runs = lines(part, style);
      return index > 0 ? [new TextRun({ text: '', break: 1 }), ...runs] : runs;
    });
}

/** A paragraph of (multi-line) text; `keepNext` keeps it on the page of what follows, like an intro. */
export function paragraph(
  text: Text,
  { keepNext, before, ...style }: RunStyle & { keepNext?: boolean; before?: number } = {},
): Paragraph {
  return new Paragraph({
    keepNext,
    ...(before !== undefined ? { spacing: { before, after: 120 } } : {}),
    children: lines(text, style),
  });
}

/** A sentence that introduces a table or list: never left alone at the bottom of a page. */
export function intro(text: Text, style: RunStyle = {}): Paragraph {
  return paragraph(text, { ...style, keepNext: true });
}

/** A bold sub-label above a field's text, kept with that text. */
export function label(text: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    keepLines: true,
    spacing: { before: 200, after: 80 },
    children: lines(text, { bold: true }),
  });
}

export function bullet(text: Text, { keepNext }: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ keepNext, children: lines(text), bullet: { level: 0 } });
}

/** Someone's own words, kept exactly as written: indented, with a bar on the left. */
export function quote(text: Text): Paragraph {
  return new Paragraph({
    indent: { left: 567, right: 567 },
    border: { left: { style: BorderStyle.SINGLE, size: 18, color: ACCENT, space: 8 } },
    spacing: { before: 120, after: 200 },
    keepLines: true,
    children: lines(text, { italics: true }),
  });
}

/** What a table cell holds: one text, or several shown on lines of their own. */
export type CellContent = Text | readonly Text[];

/** Table text is a point smaller than body text, so dates and e-mail addresses fit their columns. */
const TABLE_SIZE = 20;

/** Tables up to this many rows are kept on one page; longer ones break, but only between rows. */
export const KEEP_TOGETHER_ROWS = 6;

function cell(
  content: CellContent,
  width: number,
  {
    isHeader = false,
    keepNext = false,
    fill,
    span,
  }: { isHeader?: boolean; keepNext?: boolean; fill?: string; span?: number } = {},
): TableCell {
  const shade = fill ?? (isHeader ? HEADER_FILL : undefined);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(span ? { columnSpan: span } : {}),
    ...(shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: shade } } : {}),
    children: [
      new Paragraph({
        keepNext,
        spacing: { after: 0 },
        children: pieces(content, { bold: isHeader, size: TABLE_SIZE }),
      }),
    ],
  });
}

function widthsFrom(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const widths = weights.map((weight) => Math.floor((CONTENT_WIDTH * weight) / total));
  widths[widths.length - 1]! += CONTENT_WIDTH - widths.reduce((sum, width) => sum + width, 0);
  return widths;
}

function borderedTable(widths: number[], rows: TableRow[]): Table {
  const width = { size: CONTENT_WIDTH, type: WidthType.DXA };
  return new Table({ width, columnWidths: widths, borders: tableBorders, rows });
}

/** Whether row `index` of `count` keeps with the next: every row of a short table but the last. */
const keepsWithNext = (index: number, count: number) => count <= KEEP_TOGETHER_ROWS && index < count - 1;

/**
 * A bordered table whose header row repeats on every page. `weights` are relative column widths
 * (equal when left out). Rows never split across pages; a short table stays on one page.
 */
export function dataTable(
  headers: readonly string[],
  rows: readonly (readonly CellContent[])[],
  weights: readonly number[] = headers.map(() => 1),
): Table {
  const widths = widthsFrom(weights);
  const count = rows.length + 1;
  const row = (texts: readonly CellContent[], index: number) =>
    new TableRow({
      tableHeader: index === 0,
      cantSplit: true,
      children: headers.map((_, column) =>
        cell(texts[column] ?? '', widths[column] ?? 0, {
          isHeader: index === 0,
          keepNext: index === 0 || keepsWithNext(index, count),
        }),
      ),
    });
  return borderedTable(
    widths,
    [headers, ...rows].map((texts, index) => row(texts, index)),
  );
}

export interface RowGroup {
  label: string;
  rows: readonly (readonly CellContent[])[];
}

const GROUP_FILL = 'EEF3F8';

/**
 * One table with a shaded label row spanning all columns before each group's rows (e.g. a topic and
 * its agreements). A label row always stays with the row after it; the header repeats on every page.
 */
export function groupedTable(
  headers: readonly string[],
  groups: readonly RowGroup[],
  weights: readonly number[] = headers.map(() => 1),
): Table {
  const widths = widthsFrom(weights);
  const count = 1 + groups.reduce((sum, group) => sum + 1 + group.rows.length, 0);
  let index = 0;
  const rows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: headers.map((header, column) =>
        cell(header, widths[column] ?? 0, { isHeader: true, keepNext: true }),
      ),
    }),
  ];
  for (const group of groups) {
    index++;
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          cell(group.label, CONTENT_WIDTH, {
            isHeader: true,
            keepNext: true,
            fill: GROUP_FILL,
            span: headers.length,
          }),
        ],
      }),
    );
    for (const texts of group.rows) {
      index++;
      const keepNext = keepsWithNext(index, count);
      rows.push(
        new TableRow({
          cantSplit: true,
          children: headers.map((_, column) => cell(texts[column] ?? '', widths[column] ?? 0, { keepNext })),
        }),
      );
    }
  }
  return borderedTable(widths, rows);
}

/** A two-column table of labels (shaded) and values, for facts like name, birth date, framework. */
export function labelValueTable(rows: readonly (readonly [label: string, value: CellContent])[]): Table {
  const [labelWidth = 0, valueWidth = 0] = widthsFrom([2, 3]);
  return borderedTable(
    [labelWidth, valueWidth],
    rows.map(([text, value], index) => {
      const keepNext = keepsWithNext(index, rows.length);
      return new TableRow({
        cantSplit: true,
        children: [
          cell(text, labelWidth, { isHeader: true, keepNext }),
          cell(value, valueWidth, { keepNext }),
        ],
      });
    }),
  );
}

/** A bordered box the width of the text column, e.g. for the recovery key or a comment. */
export function box(children: Paragraph[], { borderColor = GRID }: { borderColor?: string } = {}): Table {
  const border = {
    style: BorderStyle.SINGLE,
    size: borderColor === GRID ? 4 : 12,
    color: borderColor,
  } as const;
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [CONTENT_WIDTH],
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: CONTENT_WIDTH, type: WidthType.DXA },
            margins: { top: 120, bottom: 120, left: 160, right: 160 },
            children,
          }),
        ],
      }),
    ],
  });
}

export interface Signer {
  name: string;
  /** What the signer is, e.g. "Moeder" or "Mentor". */
  role?: string;
}

/** A line to write on: a tab filled with underscores up to `to` twips, after an optional label. */
function ruledLine(label: string, to: number, spacing: { before: number; after: number }, keepNext: boolean) {
  return new Paragraph({
    keepNext,
    keepLines: true,
    spacing,
    tabStops: [
      ...(label ? [{ type: TabStopType.LEFT, position: 3119 }] : []),
      { type: TabStopType.RIGHT, position: to, leader: LeaderType.UNDERSCORE },
    ],
    children: [new TextRun({ children: label ? [label, new Tab(), new Tab()] : [new Tab()] })],
  });
}

/**
 * Per signer: name, role, a box for a remark or disagreement, and lines to write the date and
 * signature on, all kept together on one page.
 */
export function signatureBlock(t: ExportT, signers: readonly Signer[]): FileChild[] {
  return signers.flatMap((signer) => [
    new Paragraph({
      keepNext: true,
      keepLines: true,
      spacing: { before: 360, after: 60 },
      children: [
        new TextRun({ text: signer.name, bold: true }),
        ...(signer.role ? [new TextRun({ text: ` (${signer.role})` })] : []),
      ],
    }),
    remarkBox(t('common.remarkBox')),
    ruledLine(t('common.date'), 7938, { before: 240, after: 0 }, true),
    ruledLine(t('common.signature'), 7938, { before: 360, after: 120 }, false),
  ]);
}

const boxBorder = { style: BorderStyle.SINGLE, size: 4, color: GRID, space: 4 } as const;

/**
 * A box to write a remark in: a bordered paragraph (not a table), so it keeps with the signature
 * lines after it in Word and LibreOffice alike; indented by the border's space, so it stays inside
 * the margins.
 */
function remarkBox(caption: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    keepLines: true,
    indent: { left: 120, right: 120 },
    border: { top: boxBorder, bottom: boxBorder, left: boxBorder, right: boxBorder },
    spacing: { before: 60, after: 60 },
    children: [
      new TextRun({ text: caption, size: 18, color: '595959' }),
      new TextRun({ text: '', break: 1 }),
      new TextRun({ text: '', break: 1 }),
      new TextRun({ text: '', break: 1 }),
    ],
  });
}

/** Labelled lines to fill in by hand ("Bewaard op: ____"), kept together. */
export function fillInLines(labels: readonly string[], to = CONTENT_WIDTH): Paragraph[] {
  return labels.map((text, index) =>
    ruledLine(text, to, { before: 280, after: 0 }, index < labels.length - 1),
  );
}

/** A line of small grey text, kept with what follows: notes such as on what basis a section is shared. */
export function note(text: string, { keepNext = true }: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    keepNext,
    children: [new TextRun({ text, italics: true, size: 20, color: '595959' })],
  });
}

/** Empty ruled lines to write on during a meeting, kept together. */
export function writingLines(count: number, { keepWithNext = false } = {}): Paragraph[] {
  return Array.from({ length: count }, (_, index) =>
    ruledLine('', CONTENT_WIDTH, { before: 280, after: 0 }, keepWithNext || index < count - 1),
  );
}

/** Packs a document into .docx bytes; works in Node and in the browser (no Buffer). */
export async function toBytes(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
