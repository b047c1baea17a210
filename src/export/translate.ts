// The translate function and language a document builder receives; builders never import i18next.

export type ExportT = (key: string, options?: Record<string, unknown>) => string;

export type ExportLanguage = 'nl' | 'en';

/**
 * Wraps an i18next-style translate function so interpolated names are not HTML-escaped:
 * docx escapes XML itself, and "O'Brien & Zoë" must reach the document unchanged.
 */
export function unescaped(t: ExportT): ExportT {
  return (key, options) => t(key, { ...options, interpolation: { escapeValue: false } });
}
