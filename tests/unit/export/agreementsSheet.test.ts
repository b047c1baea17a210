// The agreements sheet: one grouped table of the agreements in force, who gets what, contact, signatures.
import { describe, expect, it } from 'vitest';
import { agreementsSheetModel, buildAgreementsSheet } from '../../../src/export';
import { exportT, unzipDocx } from './docxTestHelpers';
import { TODAY, agreements, records } from './sampleRecords';

async function build(
  language: 'nl' | 'en',
  overrides: Partial<Parameters<typeof agreementsSheetModel>[0]> = {},
) {
  const model = agreementsSheetModel({ ...records, today: TODAY, ...overrides });
  return unzipDocx(await buildAgreementsSheet(model, await exportT(language), language));
}

const tables = (document: string) => document.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];

describe('buildAgreementsSheet', () => {
  it('puts every agreement in force in one table, grouped by topic rows in the screen’s order', async () => {
    const { document, text, paragraphsWithStyle } = await build('nl');
    expect(paragraphsWithStyle('Heading1')).toEqual([
      'Onze afspraken',
      'Wie krijgt welke informatie',
      'Contact met de groep',
      'Ondertekening',
    ]);
    expect(paragraphsWithStyle('Heading2')).toEqual([]);
    const agreementTable = tables(document)[0]!;
    expect(agreementTable.match(/<w:gridSpan w:val="5"\/>/g)).toHaveLength(5);
    for (const topic of ['Bedtijden', 'Medicatie', 'Bellen en beeldbellen', 'Muziekles', 'Zorg voor de hond'])
      expect(agreementTable).toContain(`>${topic}<`);
    expect(text.indexOf('Bedtijden')).toBeLessThan(text.indexOf('Medicatie'));
    expect(text.indexOf('Medicatie')).toBeLessThan(text.indexOf('Bellen en beeldbellen'));
    expect(text.indexOf('Muziekles')).toBeLessThan(text.indexOf('Zorg voor de hond'));
  });

  it('shows every agreement in force and no ended, proposed or other child’s agreement', async () => {
    const { text } = await build('nl');
    for (const agreement of agreements.filter((item) => item.childId === records.child.id)) {
      if (agreement.status === 'agreed') expect(text).toContain(agreement.text);
      else expect(text).not.toContain(agreement.text);
    }
    expect(text).not.toContain('Afspraak van een ander kind');
  });

  it('has a column for what parents think, and flags agreements without a review date', async () => {
    const withView = agreements.map((agreement) =>
      agreement.id === 'ag-calls'
        ? { ...agreement, parentsView: 'Moeder wil ook op zondag bellen.' }
        : agreement,
    );
    const { text } = await build('nl', { agreements: withView });
    expect(text).toContain('Wat vinden ouders ervan');
    expect(text).toContain('Moeder wil ook op zondag bellen.\n20-03-2025');
    expect(text).toContain('Bij 3 afspraken staat nog geen datum om opnieuw te bekijken');
    expect(text.match(/Geen datum – nog afspreken/g)).toHaveLength(3);
  });

  it('fills the columns with who does it and agreed on/with', async () => {
    const { text, document } = await build('nl');
    expect(text).toContain('Mentor (Sanne Visser), Beide ouders');
    expect(text).toContain("01-02-2024 met Marieke O'Neill, Joël de Boer");
    expect(text).toContain('Jeugdige (Zoë de Boer)');
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toContain('<w:cantSplit/>');
  });

  it('says who gets which information, how to reach the home and when the next evaluation is', async () => {
    const { text } = await build('nl');
    const information = text.slice(
      text.indexOf('Wie krijgt welke informatie'),
      text.indexOf('Contact met de groep'),
    );
    expect(information).toContain("Marieke O'Neill\nMoeder\nNee\nTelefoon");
    expect(information).toContain('Ruud Mulder\nStiefouder\nNee');
    expect(information).toContain('Moeder in CC bij e-mails.');
    const contact = text.slice(text.indexOf('Contact met de groep'), text.indexOf('Ondertekening'));
    expect(contact).toContain('Mentor\nSanne Visser');
    expect(contact).toContain('Vaste contactpersoon\nSanne Visser');
    expect(contact).toContain('Contact met de ouders\nminstens elke 7 dagen');
    expect(contact).toContain(
      'Vaste contactmomenten\nZie de afspraken hierboven bij: Bellen en beeldbellen.',
    );
    expect(contact).toContain('Volgende evaluatie van de samenwerking\n01-08-2025');
    const noCalls = await build('nl', { agreements: agreements.filter((item) => item.topic !== 'calls') });
    expect(noCalls.text).toContain('Vaste contactmomenten\nNog niet afgesproken.');
  });

  it('asks the parents with authority, the youth from 12 and the mentor to sign, each with a remark box', async () => {
    const { text } = await build('nl');
    const signatures = text.slice(text.indexOf('Ondertekening'));
    expect(signatures).toContain("Marieke O'Neill (Moeder)");
    expect(signatures).toContain('Joël de Boer (Vader)');
    expect(signatures).toContain('Zoë de Boer (Jeugdige)');
    expect(signatures).toContain('Sanne Visser (Mentor)');
    expect(signatures).not.toContain('Ruud Mulder');
    expect(signatures.match(/Handtekening/g)).toHaveLength(4);
    expect(signatures.match(/Opmerking \/ niet mee eens:/g)).toHaveLength(4);
    const younger = await build('nl', { child: { ...records.child, birthDate: '2013-04-03' } });
    expect(younger.text).not.toContain('Zoë de Boer (Jeugdige)');
  });

  it('keeps headings and the sentence before a table with what follows, and short tables together', async () => {
    const { document } = await build('nl');
    const introBeforeTable =
      /<w:p><w:pPr><w:keepNext\/><\/w:pPr><w:r><w:t xml:space="preserve">Alle afspraken die nu gelden/;
    expect(document).toMatch(introBeforeTable);
    const information = tables(document)[1]!;
    const rows = information.match(/<w:tr>.*?<\/w:tr>/g)!;
    expect(rows.length).toBeLessThanOrEqual(6);
    for (const row of rows.slice(0, -1)) expect(row).toContain('<w:keepNext/>');
    expect(rows.at(-1)).not.toContain('<w:keepNext/>');
  });

  it('keeps Dutch diacritics intact and marks typed text nl-NL in an English sheet', async () => {
    const nl = await build('nl');
    expect(nl.text).toContain('Zoë mag één keer per week extra bellen');
    const en = await build('en');
    expect(en.paragraphsWithStyle('Title')).toEqual(['Shared parenting agreements']);
    expect(en.text).toContain('Bedtimes');
    expect(en.text).toContain('1 February 2024 with');
    expect(en.text).not.toContain('Afsprakenoverzicht');
    expect(en.header).toContain('Confidential');
    expect(en.document).toMatch(
      /<w:lang w:val="nl-NL"\/><\/w:rPr><w:t xml:space="preserve">Moeder belt op woensdag/,
    );
    expect(en.document).not.toMatch(/<w:lang w:val="nl-NL"\/><\/w:rPr><w:t xml:space="preserve">Bedtimes/);
  });
});
