// Text in a document: translated labels and typed text (kept nl-NL, Dutch quotes) as Word runs.
import { TextRun } from 'docx';
import type { ExportLanguage } from './translate';

/** Text as staff typed it (in Dutch), as opposed to the document's own translated labels. */
export interface Typed {
  typed: string;
  /** Someone's own words (a parent's reaction): kept exactly, not even the quotation marks change. */
  exact?: boolean;
  /** The language the words are in (a BCP 47 tag for w:lang); Dutch (`TYPED_LANGUAGE`) when not given. */
  language?: string;
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

/**
 * A person's own words, exactly as given: typed text whose straight quotes stay straight, marked with
 * the person's language when it is known (a parent who writes English), else Dutch.
 */
export function ownWords(text: string, language?: string): Typed {
  return { typed: text, exact: true, ...(language && { language }) };
}

export const TYPED_LANGUAGE = 'nl-NL';

export function plain(text: Text): string {
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

export type RunStyle = { bold?: boolean; italics?: boolean; size?: number; color?: string };

/**
 * Runs for text that may hold line breaks, so multi-line free text keeps its lines. Typed text is
 * marked nl-NL or its own language (so Word checks it as such) and gets Dutch quotation marks,
 * except someone's own words (`ownWords`), which stay exactly as given.
 */
export function lines(text: Text, style: RunStyle = {}): TextRun[] {
  if (typeof text !== 'string' && 'joined' in text) return text.joined.flatMap((part) => lines(part, style));
  const isTyped = typeof text !== 'string';
  const value = isTyped ? (text.exact ? text.typed : dutchQuotes(text.typed)) : text;
  return value.split(/\r?\n/).map(
    (line, index) =>
      new TextRun({
        text: line,
        break: index > 0 ? 1 : 0,
        ...style,
        ...(isTyped ? { language: { value: text.language ?? TYPED_LANGUAGE } } : {}),
      }),
  );
}

/** Runs of several pieces on one line each, e.g. a typed agreement and a translated list of names. */
export function pieces(content: CellContent, style: RunStyle = {}): TextRun[] {
  const parts = Array.isArray(content) ? (content as readonly Text[]) : [content as Text];
  return parts
    .filter((part) => plain(part) !== '')
    .flatMap((part, index) => {
      const runs = lines(part, style);
      return index > 0 ? [new TextRun({ text: '', break: 1 }), ...runs] : runs;
    });
}

/** What a table cell holds: one text, or several shown on lines of their own. */
export type CellContent = Text | readonly Text[];
