// Reads text out of a Word document's XML in document order: the paragraphs inside a bookmark (however
// Word or LibreOffice moved its start and end) or inside a content control, exactly as typed.
import { DOMParser, type Document as XmlDocument, type Element, type Node } from '@xmldom/xmldom';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** A step through the body: text, the start or end of a paragraph, a bookmark's start or end. */
export type Token =
  | { kind: 'text'; text: string }
  | { kind: 'pStart' }
  | { kind: 'pEnd' }
  | { kind: 'bookmarkStart'; id: string; name: string }
  | { kind: 'bookmarkEnd'; id: string };

/** Parses XML, or undefined when it is not well-formed. */
export function parseXml(xml: string): XmlDocument | undefined {
  try {
    const doc = new DOMParser({ onError: () => undefined }).parseFromString(xml, 'text/xml');
    return doc.documentElement ? doc : undefined;
  } catch {
    return undefined;
  }
}

const isElement = (node: Node): node is Element => node.nodeType === 1;
const wAttr = (element: Element, name: string) =>
  element.getAttributeNS(W_NS, name) ?? element.getAttribute(`w:${name}`) ?? '';

/** Elements whose content is never text of the document: properties, field codes, deleted text. */
const SKIPPED = new Set([
  'pPr',
  'rPr',
  'sdtPr',
  'sectPr',
  'tblPr',
  'trPr',
  'tcPr',
  'instrText',
  'delText',
  'delInstrText',
]);

function symbol(element: Element): string {
  const code = parseInt(wAttr(element, 'char'), 16);
  if (!Number.isFinite(code)) return '';
  // Symbol fonts map their glyphs into U+F000–F0FF; the character itself is the low byte.
  return String.fromCodePoint(code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code);
}

/** Every token under `root`, in document order. */
export function tokens(root: Node): Token[] {
  const out: Token[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 1) {
      const element = node as Element;
      if (element.namespaceURI === MC_NS && element.localName === 'Fallback') return;
      if (element.namespaceURI === W_NS) {
        const name = element.localName ?? '';
        if (SKIPPED.has(name)) return;
        switch (name) {
          case 't':
            out.push({ kind: 'text', text: element.textContent ?? '' });
            return;
          case 'tab':
            out.push({ kind: 'text', text: '\t' });
            return;
          case 'br': {
            const type = wAttr(element, 'type');
            if (type === '' || type === 'textWrapping') out.push({ kind: 'text', text: '\n' });
            return;
          }
          case 'cr':
            out.push({ kind: 'text', text: '\n' });
            return;
          case 'noBreakHyphen':
            out.push({ kind: 'text', text: '\u2011' });
            return;
          case 'sym':
            out.push({ kind: 'text', text: symbol(element) });
            return;
          case 'bookmarkStart':
            out.push({ kind: 'bookmarkStart', id: wAttr(element, 'id'), name: wAttr(element, 'name') });
            return;
          case 'bookmarkEnd':
            out.push({ kind: 'bookmarkEnd', id: wAttr(element, 'id') });
            return;
          case 'p':
            out.push({ kind: 'pStart' });
            for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
            out.push({ kind: 'pEnd' });
            return;
        }
      }
    }
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(root);
  return out;
}

/** Paragraph texts of a stretch of tokens; a paragraph only partly inside counts from where it begins. */
function paragraphsOf(stream: readonly Token[], from: number, to: number, insideAtStart: boolean): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let inside = insideAtStart;
  let hasText = false;
  for (let index = from; index < to; index++) {
    const token = stream[index]!;
    if (token.kind === 'text') {
      current += token.text;
      hasText = true;
    } else if (token.kind === 'pStart') {
      inside = true;
      current = '';
      hasText = false;
    } else if (token.kind === 'pEnd') {
      paragraphs.push(current);
      inside = false;
      current = '';
      hasText = false;
    }
  }
  if (inside && (hasText || to > from)) paragraphs.push(current);
  return paragraphs;
}

/** Whether the token at `index` lies inside a paragraph, and after text in it. */
function positionOf(stream: readonly Token[], index: number): { inside: boolean; afterText: boolean } {
  let afterText = false;
  for (let i = index - 1; i >= 0; i--) {
    const token = stream[i]!;
    if (token.kind === 'pStart') return { inside: true, afterText };
    if (token.kind === 'pEnd') return { inside: false, afterText: false };
    if (token.kind === 'text' && token.text !== '') afterText = true;
  }
  return { inside: false, afterText: false };
}

/**
 * The paragraphs between a bookmark's start and end, or undefined when there is no such bookmark.
 * LibreOffice may write a second start of the same name (with its own id) when it re-saves: the range
 * runs from the first start of that name to the last end of any of its ids.
 */
export function bookmarkParagraphs(stream: readonly Token[], name: string): string[] | undefined {
  const wanted = name.toLowerCase();
  const starts = stream
    .map((token, index) => ({ token, index }))
    .filter(({ token }) => token.kind === 'bookmarkStart' && token.name.toLowerCase() === wanted);
  if (starts.length === 0) return undefined;
  const ids = new Set(starts.map(({ token }) => (token as { id: string }).id));
  const first = starts[0]!.index;
  let last = -1;
  stream.forEach((token, index) => {
    if (index > first && token.kind === 'bookmarkEnd' && ids.has(token.id)) last = index;
  });
  if (last < 0) return undefined;
  const { inside, afterText } = positionOf(stream, first);
  const paragraphs = paragraphsOf(stream, first + 1, last, inside);
  // A start at the very end of the paragraph before: that paragraph's empty rest is not part of it.
  if (inside && afterText && paragraphs.length > 1 && paragraphs[0] === '') paragraphs.shift();
  return paragraphs;
}

/** Every bookmark name in the document. */
export function bookmarkNames(stream: readonly Token[]): string[] {
  return stream.flatMap((token) => (token.kind === 'bookmarkStart' ? [token.name] : []));
}

/** Content controls (`w:sdt`) with their alias, tag, whether they still show their placeholder, and their text. */
export interface ContentControl {
  alias: string;
  tag: string;
  showingPlaceholder: boolean;
  paragraphs: string[];
  /** Display text → value of a drop-down list. */
  listItems: { displayText: string; value: string }[];
}

export function contentControls(doc: XmlDocument): ContentControl[] {
  const controls: ContentControl[] = [];
  const all = doc.getElementsByTagNameNS(W_NS, 'sdt');
  for (let i = 0; i < all.length; i++) {
    const sdt = all.item(i)!;
    const children = Array.from({ length: sdt.childNodes.length }, (_, k) => sdt.childNodes.item(k)!).filter(
      isElement,
    );
    const properties = children.find((child) => child.localName === 'sdtPr');
    const content = children.find((child) => child.localName === 'sdtContent');
    const first = (name: string) => properties?.getElementsByTagNameNS(W_NS, name).item(0) ?? null;
    const items = properties?.getElementsByTagNameNS(W_NS, 'listItem');
    const stream = content ? tokens(content) : [];
    controls.push({
      alias: first('alias') ? wAttr(first('alias')!, 'val') : '',
      tag: first('tag') ? wAttr(first('tag')!, 'val') : '',
      showingPlaceholder: first('showingPlcHdr') !== null,
      paragraphs: paragraphsOf(stream, 0, stream.length, stream[0]?.kind !== 'pStart'),
      listItems: Array.from({ length: items?.length ?? 0 }, (_, k) => items!.item(k)!).map((item) => ({
        displayText: wAttr(item, 'displayText'),
        value: wAttr(item, 'value'),
      })),
    });
  }
  return controls;
}

/** Custom document properties (`docProps/custom.xml`): name → text value. */
export function customProperties(xml: string | undefined): Map<string, string> {
  const properties = new Map<string, string>();
  const doc = xml ? parseXml(xml) : undefined;
  if (!doc) return properties;
  const all = doc.getElementsByTagName('property');
  for (let i = 0; i < all.length; i++) {
    const property = all.item(i)!;
    const name = property.getAttribute('name');
    if (name) properties.set(name, (property.textContent ?? '').trim());
  }
  return properties;
}
