// Shared document parts of every export: A4 page, heading styles, header, footer, paragraphs and dates.
import {
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type FileChild,
} from 'docx';
import type { IsoDate } from '../domain/types';
import { ACCENT, CONTENT_WIDTH, FONT, MARGIN, PAGE, thinBorder } from './layout';
import { lines, type RunStyle, type Text } from './textRuns';
import { unescaped, type ExportLanguage, type ExportT } from './translate';

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

/** A line of small grey text, kept with what follows: notes such as on what basis a section is shared. */
export function note(text: string, { keepNext = true }: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    keepNext,
    children: [new TextRun({ text, italics: true, size: 20, color: '595959' })],
  });
}

/** Packs a document into .docx bytes; works in Node and in the browser (no Buffer). */
export async function toBytes(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
