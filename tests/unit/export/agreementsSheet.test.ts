// The agreements sheet: agreements in force per topic, language switch, diacritics and signatures.
import { describe, expect, it } from 'vitest';
import { agreementsSheetModel, buildAgreementsSheet } from '../../../src/export';
import { exportT, unzipDocx } from './docxTestHelpers';
import { TODAY, agreements, records } from './sampleRecords';

async function build(language: 'nl' | 'en') {
  const model = agreementsSheetModel({ ...records, today: TODAY });
  return unzipDocx(await buildAgreementsSheet(model, await exportT(language), language));
}

describe('buildAgreementsSheet', () => {
  it('uses the Word title and heading styles, one Heading 2 per topic', async () => {
    const parts = await build('nl');
    expect(parts.paragraphsWithStyle('Title')).toEqual(['Afsprakenoverzicht gedeeld opvoederschap']);
    expect(parts.paragraphsWithStyle('Heading1')).toEqual(['Onze afspraken', 'Ondertekening']);
    expect(parts.paragraphsWithStyle('Heading2')).toEqual([
      'Bedtijden',
      'Bellen en beeldbellen',
      'Muziekles',
      'Zorg voor de hond',
    ]);
  });

  it('shows every agreement in force and no ended, proposed or other child’s agreement', async () => {
    const { text } = await build('nl');
    for (const agreement of agreements.filter((item) => item.childId === records.child.id)) {
      if (agreement.status === 'agreed') expect(text).toContain(agreement.text);
      else expect(text).not.toContain(agreement.text);
    }
    expect(text).not.toContain('Afspraak van een ander kind');
  });

  it('fills the columns with who does it, agreed on/with and the review date', async () => {
    const { text, document } = await build('nl');
    expect(text).toContain('Mentor (Sanne Visser), Beide ouders');
    expect(text).toContain("01-02-2024 met Marieke O'Neill, Joël de Boer");
    expect(text).toContain('01-06-2025');
    expect(text).toContain('Jeugdige (Zoë de Boer)');
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toContain('<w:tblBorders>');
  });

  it('keeps Dutch diacritics intact', async () => {
    const { text } = await build('nl');
    expect(text).toContain('Zoë mag één keer per week extra bellen');
    expect(text).toContain('Joël de Boer');
  });

  it('ends with signature lines for the parents with authority and the mentor', async () => {
    const { text } = await build('nl');
    const signatures = text.slice(text.indexOf('Ondertekening'));
    expect(signatures).toContain("Marieke O'Neill (Moeder)");
    expect(signatures).toContain('Joël de Boer (Vader)');
    expect(signatures).toContain('Sanne Visser (Mentor)');
    expect(signatures).not.toContain('Ruud Mulder');
    expect(signatures.match(/Handtekening/g)).toHaveLength(3);
  });

  it('switches every label with the document language', async () => {
    const en = await build('en');
    expect(en.paragraphsWithStyle('Title')).toEqual(['Shared parenting agreements']);
    expect(en.paragraphsWithStyle('Heading2')[0]).toBe('Bedtimes');
    expect(en.text).toContain('1 February 2024 with');
    expect(en.text).not.toContain('Afsprakenoverzicht');
    expect(en.header).toContain('Confidential');
  });
});
