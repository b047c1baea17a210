// Shared document parts: A4 page, heading styles, confidential header, paged footer, dates per language.
import { describe, expect, it } from 'vitest';
import { createDocument, formatDate, heading1, toBytes } from '../../../src/export/styles';
import { dutchQuotes, quoted } from '../../../src/export/textRuns';
import { exportT, unzipDocx } from './docxTestHelpers';

async function sampleDocument(language: 'nl' | 'en') {
  const doc = createDocument({
    t: await exportT(language),
    language,
    homeName: 'Gezinshuis De Linde & Co',
    exportDate: '2025-03-05',
    title: 'Titel',
    kind: 'Proefdocument',
    child: { name: 'Zoë de Boer', birthDate: '2012-04-03' },
    children: [heading1('Één hoofdstuk')],
  });
  return unzipDocx(await toBytes(doc));
}

describe('formatDate', () => {
  it('writes dd-mm-jjjj in Dutch and a spelled-out month in English', () => {
    expect(formatDate('2025-03-05', 'nl')).toBe('05-03-2025');
    expect(formatDate('2025-03-05', 'en')).toBe('5 March 2025');
    expect(formatDate('2025-12-31T23:00:00.000Z', 'nl')).toBe('31-12-2025');
    expect(formatDate(undefined, 'nl')).toBe('');
  });
});

describe('createDocument', () => {
  it('returns docx bytes as a plain Uint8Array', async () => {
    const doc = createDocument({
      t: await exportT('nl'),
      language: 'nl',
      homeName: 'X',
      exportDate: '2025-03-05',
      title: 'T',
      kind: 'K',
      children: [],
    });
    const bytes = await toBytes(doc);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
  });

  it('lays out an A4 page with Word heading styles that carry outline levels', async () => {
    const parts = await sampleDocument('nl');
    expect(parts.document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(parts.paragraphsWithStyle('Title')).toEqual(['Titel']);
    expect(parts.paragraphsWithStyle('Heading1')).toEqual(['Één hoofdstuk']);
    expect(parts.styles).toMatch(/w:styleId="Heading1">.*?<w:outlineLvl w:val="0"\/>/);
    expect(parts.styles).toMatch(/w:styleId="Heading2">.*?<w:outlineLvl w:val="1"\/>/);
    expect(parts.styles).toContain('w:ascii="Calibri"');
  });

  it('puts the home name, the child’s name and birth date and "Vertrouwelijk" in every page header', async () => {
    const { header } = await sampleDocument('nl');
    expect(header).toContain('Gezinshuis De Linde &amp; Co');
    expect(header).toContain('Zoë de Boer, geboren 03-04-2012');
    expect(header).toContain('Vertrouwelijk');
    const en = await sampleDocument('en');
    expect(en.header).toContain('Zoë de Boer, born 3 April 2012');
  });

  it('fills the document properties: title, kind as subject, the home as creator, no "Un-named"', async () => {
    const { core } = await sampleDocument('nl');
    expect(core).toContain('<dc:title>Titel</dc:title>');
    expect(core).toContain('<dc:subject>Proefdocument</dc:subject>');
    expect(core).toContain('<dc:creator>Gezinshuis De Linde &amp; Co</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Gezinshuis De Linde &amp; Co</cp:lastModifiedBy>');
    expect(core).not.toContain('Un-named');
  });

  it('keeps every heading with the next paragraph and on one page', async () => {
    const { styles } = await sampleDocument('nl');
    for (const style of ['Heading1', 'Heading2'])
      expect(styles).toMatch(new RegExp(`w:styleId="${style}">.*?<w:keepNext/><w:keepLines/>`));
  });

  it('puts page X of Y fields and the export date in the footer', async () => {
    const nl = await sampleDocument('nl');
    expect(nl.footer).toContain('PAGE</w:instrText>');
    expect(nl.footer).toContain('NUMPAGES</w:instrText>');
    expect(nl.footer).toContain('pagina ');
    expect(nl.footer).toContain(' van ');
    expect(nl.footer).toContain('05-03-2025');
    const en = await sampleDocument('en');
    expect(en.header).toContain('Confidential');
    expect(en.footer).toContain('page ');
    expect(en.footer).toContain(' of ');
    expect(en.footer).toContain('5 March 2025');
  });
});

describe('quotation marks', () => {
  it('puts quoted words of parents and youth between the marks of the document language', () => {
    expect(quoted('Bel me gewoon.', 'nl')).toBe('\u201EBel me gewoon.\u201D');
    expect(quoted('Bel me gewoon.', 'en')).toBe('\u201CBel me gewoon.\u201D');
    expect(quoted('Moeder: "Bel me."', 'nl')).toBe('Moeder: "Bel me."');
  });

  it('turns straight double quotes in typed Dutch into „…”', () => {
    expect(dutchQuotes('Moeder: "Eindelijk dichterbij." En "ja".')).toBe(
      'Moeder: \u201EEindelijk dichterbij.\u201D En \u201Eja\u201D.',
    );
    expect(dutchQuotes('Een losse " en \'s avonds')).toBe('Een losse " en \'s avonds');
  });
});
