// Tables of every document: bordered, header rows that repeat, rows that never split, short ones kept together.
import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from 'docx';
import { CONTENT_WIDTH, GRID, HEADER_FILL, thinBorder } from './layout';
import { pieces, type CellContent } from './textRuns';

const tableBorders = {
  top: thinBorder,
  bottom: thinBorder,
  left: thinBorder,
  right: thinBorder,
  insideHorizontal: thinBorder,
  insideVertical: thinBorder,
} as const;

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
