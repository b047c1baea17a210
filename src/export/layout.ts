// Page geometry and colours every document shares: A4, margins, the text column, the accent.
import { BorderStyle } from 'docx';

export const PAGE = { width: 11906, height: 16838 } as const;
export const MARGIN = { top: 1418, bottom: 1418, left: 1134, right: 1134, header: 567, footer: 567 } as const;
/** Width of the text column in twips: tables are sized to it. */
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

export const FONT = 'Calibri';
export const ACCENT = '1F4E79';
export const GRID = 'A6A6A6';
export const HEADER_FILL = 'DCE6F0';
export const thinBorder = { style: BorderStyle.SINGLE, size: 4, color: GRID } as const;
