// Shared document parts: A4 page, heading styles, confidential header, paged footer, dates per language.
import { describe, expect, it } from 'vitest';
import { createDocument, formatDate, heading1, toBytes } from '../../../src/export/styles';
import { exportT, unzipDocx } from './docxTestHelpers';

async function sampleDocument(language: 'nl' | 'en') {
  const doc = createDocument({
    t: await exportT(language),
    language,
    homeName: 'Gezinshuis De Linde & Co',
    exportDate: '2025-03-05',
    title: 'Titel',
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

  it('puts the home name and "Vertrouwelijk" in the header', async () => {
    const { header } = await sampleDocument('nl');
    expect(header).toContain('Gezinshuis De Linde &amp; Co');
    expect(header).toContain('Vertrouwelijk');
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
