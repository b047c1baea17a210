// Test helpers for the Word exports: a real i18next translate function and a look inside the .docx zip.
import JSZip from 'jszip';
import { createExportT } from '../../../src/i18n/exportTranslator';

/** An i18next instance with default settings (HTML escaping on), as in the app. */
export const exportT = createExportT;

export interface DocxParts {
  document: string;
  header: string;
  footer: string;
  styles: string;
  /** The document properties (title, subject, creator). */
  core: string;
  /** The body as plain text: one line per paragraph, XML entities decoded. */
  text: string;
  /** Texts of the paragraphs with the given style, e.g. `Heading1`. */
  paragraphsWithStyle: (styleId: string) => string[];
}

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

function paragraphText(paragraphXml: string): string {
  return decode(
    paragraphXml
      .replace(/<w:br\/>/g, '\n')
      .replace(/<w:tab\/>/g, '\t')
      .replace(/<[^>]+>/g, ''),
  );
}

function paragraphs(xml: string): string[] {
  return xml.match(/<w:p[ >].*?<\/w:p>/g) ?? [];
}

export async function unzipDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (pattern: RegExp) => {
    const name = Object.keys(zip.files).find((file) => pattern.test(file));
    if (!name) throw new Error(`No ${pattern} in the docx`);
    return zip.file(name)!.async('string');
  };
  const document = await read(/^word\/document\.xml$/);
  return {
    document,
    header: await read(/^word\/header\d*\.xml$/),
    footer: await read(/^word\/footer\d*\.xml$/),
    styles: await read(/^word\/styles\.xml$/),
    core: await read(/^docProps\/core\.xml$/),
    text: paragraphs(document).map(paragraphText).join('\n'),
    paragraphsWithStyle: (styleId) =>
      paragraphs(document)
        .filter((paragraph) => paragraph.includes(`<w:pStyle w:val="${styleId}"/>`))
        .map(paragraphText),
  };
}
