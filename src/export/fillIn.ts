// Parts to fill in by hand: signature blocks with a remark box, labelled lines, empty writing lines.
import { BorderStyle, LeaderType, Paragraph, Tab, TabStopType, TextRun, type FileChild } from 'docx';
import { CONTENT_WIDTH, GRID } from './layout';
import type { ExportT } from './translate';

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

/** Empty ruled lines to write on during a meeting, kept together. */
export function writingLines(count: number, { keepWithNext = false } = {}): Paragraph[] {
  return Array.from({ length: count }, (_, index) =>
    ruledLine('', CONTENT_WIDTH, { before: 280, after: 0 }, keepWithNext || index < count - 1),
  );
}
