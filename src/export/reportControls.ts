// Word content controls for the reaction part. The docx library has no rich-text or drop-down
// controls, so the builder leaves marker paragraphs and this replaces them in the packed file: each box
// a content control (alias, tag) between the two ends of a bookmark, plus the identifying properties.
import { XMLSerializer, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import { Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { bookmarkParagraphs, parseXml, tokens, W_NS } from './docxText';
import { PROPERTY, normalizedText, referenceBookmarkName, referenceText, sha256Hex } from './reportMarkers';

const MARKER = 'GDMARK:';

export type MarkedPart =
  | { kind: 'text'; bookmark: string; alias: string; placeholder: string }
  | {
      kind: 'choice';
      bookmark: string;
      alias: string;
      label: string;
      placeholder: string;
      items: { displayText: string; value: string }[];
    };

/** A paragraph the post-processing replaces: a box or choice (by index), or where the body starts or ends. */
export function markerParagraph(id: number | 'bodyStart' | 'bodyEnd' | 'reference'): Paragraph {
  return new Paragraph({ children: [new TextRun(`${MARKER}${id}`)] });
}

const escape = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

const GREY = '<w:color w:val="6B6B6B"/>';
const BOX_BORDER = ['top', 'left', 'bottom', 'right']
  .map((side) => `<w:${side} w:val="single" w:sz="6" w:space="4" w:color="8C8C8C"/>`)
  .join('');

/** A rich-text block control, locked against deletion, showing its placeholder until someone types. */
function textBox(part: Extract<MarkedPart, { kind: 'text' }>, bookmarkId: number, controlId: number): string {
  return (
    `<w:bookmarkStart w:id="${bookmarkId}" w:name="${part.bookmark}"/>` +
    `<w:sdt><w:sdtPr><w:alias w:val="${escape(part.alias)}"/><w:tag w:val="${part.bookmark}"/>` +
    `<w:id w:val="${controlId}"/><w:lock w:val="sdtLocked"/><w:showingPlcHdr/></w:sdtPr>` +
    `<w:sdtContent><w:p><w:pPr><w:pBdr>${BOX_BORDER}</w:pBdr><w:spacing w:before="60" w:after="240"/>` +
    `<w:ind w:left="120" w:right="120"/></w:pPr><w:r><w:rPr><w:i/>${GREY}</w:rPr>` +
    `<w:t xml:space="preserve">${escape(part.placeholder)}</w:t></w:r></w:p></w:sdtContent></w:sdt>` +
    `<w:bookmarkEnd w:id="${bookmarkId}"/>`
  );
}

/** A paragraph with the question and a drop-down control (agree / partly / disagree) inside a bookmark. */
function choiceLine(
  part: Extract<MarkedPart, { kind: 'choice' }>,
  bookmarkId: number,
  controlId: number,
): string {
  const items = part.items
    .map(
      (item) => `<w:listItem w:displayText="${escape(item.displayText)}" w:value="${escape(item.value)}"/>`,
    )
    .join('');
  return (
    `<w:p><w:pPr><w:keepNext/><w:spacing w:before="60" w:after="120"/></w:pPr>` +
    `<w:r><w:t xml:space="preserve">${escape(part.label)} </w:t></w:r>` +
    `<w:bookmarkStart w:id="${bookmarkId}" w:name="${part.bookmark}"/>` +
    `<w:sdt><w:sdtPr><w:alias w:val="${escape(part.alias)}"/><w:tag w:val="${part.bookmark}"/>` +
    `<w:id w:val="${controlId}"/><w:lock w:val="sdtLocked"/><w:showingPlcHdr/>` +
    `<w:dropDownList>${items}</w:dropDownList></w:sdtPr>` +
    `<w:sdtContent><w:r><w:rPr><w:b/>${GREY}</w:rPr><w:t xml:space="preserve">${escape(part.placeholder)}</w:t></w:r></w:sdtContent></w:sdt>` +
    `<w:bookmarkEnd w:id="${bookmarkId}"/></w:p>`
  );
}

function referenceLine(text: string, name: string, bookmarkId: number): string {
  return (
    `<w:p><w:bookmarkStart w:id="${bookmarkId}" w:name="${name}"/>` +
    `<w:r><w:rPr><w:sz w:val="16"/>${GREY}</w:rPr><w:t xml:space="preserve">${escape(text)}</w:t></w:r>` +
    `<w:bookmarkEnd w:id="${bookmarkId}"/></w:p>`
  );
}

/** Replaces one element by the nodes of an XML fragment in the w: namespace. */
function replaceWith(doc: XmlDocument, element: Element, fragment: string): void {
  const parsed = parseXml(`<w:fragment xmlns:w="${W_NS}">${fragment}</w:fragment>`);
  if (!parsed) throw new Error('invalid control fragment');
  const parent = element.parentNode!;
  for (let child = parsed.documentElement!.firstChild; child; child = child.nextSibling)
    parent.insertBefore(doc.importNode(child, true), element);
  parent.removeChild(element);
}

function markerOf(paragraph: Element): string | undefined {
  const texts = paragraph.getElementsByTagNameNS(W_NS, 't');
  let text = '';
  for (let i = 0; i < texts.length; i++) text += texts.item(i)!.textContent ?? '';
  return text.startsWith(MARKER) ? text.slice(MARKER.length) : undefined;
}

function customXml(values: Record<string, string>): string {
  const properties = Object.entries(values)
    .map(
      ([name, value], index) =>
        `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${index + 2}" name="${name}"><vt:lpwstr>${escape(value)}</vt:lpwstr></property>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${properties}</Properties>`
  );
}

export interface ControlOptions {
  parts: readonly MarkedPart[];
  bodyBookmark: string;
  reportId: string;
  version: number;
  contentHash: string;
  referenceLabel: (reference: string) => string;
}

/** Puts the controls, bookmarks, reference line and properties into a packed .docx. */
export async function placeControls(bytes: Uint8Array, options: ControlOptions): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const doc = parseXml(await zip.file('word/document.xml')!.async('string'));
  if (!doc) throw new Error('document.xml did not parse');
  const paragraphs = doc.getElementsByTagNameNS(W_NS, 'p');
  const markers: { element: Element; id: string }[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const id = markerOf(paragraphs.item(i)!);
    if (id !== undefined) markers.push({ element: paragraphs.item(i)!, id });
  }
  const BODY_ID = 9000;
  let reference: Element | undefined;
  for (const { element, id } of markers) {
    if (id === 'bodyStart')
      replaceWith(doc, element, `<w:bookmarkStart w:id="${BODY_ID}" w:name="${options.bodyBookmark}"/>`);
    else if (id === 'bodyEnd') replaceWith(doc, element, `<w:bookmarkEnd w:id="${BODY_ID}"/>`);
    else if (id === 'reference') reference = element;
    else {
      const index = Number(id);
      const part = options.parts[index];
      if (!part) throw new Error(`no control for marker ${id}`);
      const bookmarkId = 9100 + index;
      const controlId = 700_000 + index;
      replaceWith(
        doc,
        element,
        part.kind === 'text' ? textBox(part, bookmarkId, controlId) : choiceLine(part, bookmarkId, controlId),
      );
    }
  }
  // The text hash is taken from the document as written, read back exactly as a returned file is.
  const body = bookmarkParagraphs(tokens(doc), options.bodyBookmark) ?? [];
  const textHash = sha256Hex(normalizedText(body));
  if (reference) {
    const text = options.referenceLabel(referenceText(options.reportId, options.version, textHash));
    replaceWith(
      doc,
      reference,
      referenceLine(text, referenceBookmarkName(options.reportId, options.version), 9001),
    );
  }
  zip.file('word/document.xml', new XMLSerializer().serializeToString(doc));
  zip.file(
    'docProps/custom.xml',
    customXml({
      [PROPERTY.reportId]: options.reportId,
      [PROPERTY.version]: String(options.version),
      [PROPERTY.contentHash]: options.contentHash,
      [PROPERTY.textHash]: textHash,
    }),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
