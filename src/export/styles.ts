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
  /** A line under the title, e.g. the child's name. */
  subtitle?: string;
  children: readonly FileChild[];
}

const small = { size: 18, color: '595959' } as const;
const rightTab = [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }];

function pageHeader(t: ExportT, homeName: string): Header {
  const confidential = [new Tab(), t('common.confidential')];
  const children = [
    new TextRun({ text: homeName, ...small }),
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
    creator: 'Gedeeld',
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
        headers: { default: pageHeader(t, options.homeName) },
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

export function heading1(text: string): Paragraph {
  return new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
}

export function heading2(text: string): Paragraph {
  return new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
}

/** Runs for text that may hold line breaks, so multi-line free text keeps its lines. */
function lines(text: string, style: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0, ...style }));
}

/** A paragraph of (multi-line) text; `keepNext` keeps it on the page of what follows, like an intro. */
export function paragraph(
  text: string,
  { keepNext, ...style }: { bold?: boolean; italics?: boolean; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({ keepNext, children: lines(text, style) });
}

export function bullet(text: string): Paragraph {
  return new Paragraph({ children: lines(text), bullet: { level: 0 } });
}

/** Someone's own words, kept exactly as written: indented, with a bar on the left. */
export function quote(text: string): Paragraph {
  return new Paragraph({
    indent: { left: 567, right: 567 },
    border: { left: { style: BorderStyle.SINGLE, size: 18, color: ACCENT, space: 8 } },
    spacing: { before: 120, after: 200 },
    children: lines(text, { italics: true }),
  });
}

function cell(text: string, width: number, isHeader = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(isHeader ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } } : {}),
    children: [new Paragraph({ spacing: { after: 0 }, children: lines(text, { bold: isHeader }) })],
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

/**
 * A bordered table whose header row repeats on every page. `weights` are relative column widths
 * (equal when left out).
 */
export function dataTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  weights: readonly number[] = headers.map(() => 1),
): Table {
  const widths = widthsFrom(weights);
  const row = (texts: readonly string[], isHeader = false) =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: headers.map((_, index) => cell(texts[index] ?? '', widths[index] ?? 0, isHeader)),
    });
  return borderedTable(widths, [row(headers, true), ...rows.map((texts) => row(texts))]);
}

/** A two-column table of labels (shaded) and values, for facts like name, birth date, framework. */
export function labelValueTable(rows: readonly (readonly [label: string, value: string])[]): Table {
  const [labelWidth = 0, valueWidth = 0] = widthsFrom([2, 3]);
  return borderedTable(
    [labelWidth, valueWidth],
    rows.map(
      ([label, value]) =>
        new TableRow({ cantSplit: true, children: [cell(label, labelWidth, true), cell(value, valueWidth)] }),
    ),
  );
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
      ...(label ? [{ type: TabStopType.LEFT, position: 2268 }] : []),
      { type: TabStopType.RIGHT, position: to, leader: LeaderType.UNDERSCORE },
    ],
    children: [new TextRun({ children: label ? [label, new Tab(), new Tab()] : [new Tab()] })],
  });
}

/** Per signer: name, role, and lines to write the date and signature on, kept together on one page. */
export function signatureBlock(t: ExportT, signers: readonly Signer[]): Paragraph[] {
  return signers.flatMap((signer) => [
    new Paragraph({
      keepNext: true,
      spacing: { before: 240, after: 0 },
      children: [
        new TextRun({ text: signer.name, bold: true }),
        ...(signer.role ? [new TextRun({ text: ` (${signer.role})` })] : []),
      ],
    }),
    ruledLine(t('common.date'), 7938, { before: 240, after: 0 }, true),
    ruledLine(t('common.signature'), 7938, { before: 360, after: 360 }, false),
  ]);
}

/** A line of small grey text, kept with what follows: notes such as on what basis a section is shared. */
export function note(text: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    children: [new TextRun({ text, italics: true, size: 20, color: '595959' })],
  });
}

/** Empty ruled lines to write on during a meeting, kept together. */
export function writingLines(count: number): Paragraph[] {
  return Array.from({ length: count }, (_, index) =>
    ruledLine('', CONTENT_WIDTH, { before: 280, after: 0 }, index < count - 1),
  );
}

/** Packs a document into .docx bytes; works in Node and in the browser (no Buffer). */
export async function toBytes(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
