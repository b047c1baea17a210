// The meeting preparation: who, when, parents' points, reviews, goals, contacts against the norm, closing.
import { describe, expect, it } from 'vitest';
import { buildMeetingPrep, meetingPrepModel } from '../../../src/export';
import { exportT, unzipDocx } from './docxTestHelpers';
import { MEETING_DATE, TODAY, records } from './sampleRecords';
import {
  MOTHER_FIRST_REPORT_WORDS,
  MOTHER_OLD_WORDS,
  MOTHER_WORDS,
  YOUTH_WORDS,
  reportReactions,
  reportVersions,
} from './sampleReports';

async function build(language: 'nl' | 'en', overrides: Partial<Parameters<typeof meetingPrepModel>[0]> = {}) {
  const model = meetingPrepModel({ ...records, today: TODAY, meetingDate: MEETING_DATE, ...overrides });
  return unzipDocx(await buildMeetingPrep(model, await exportT(language), language));
}

describe('buildMeetingPrep', () => {
  it('has every part as a Heading 1, from the meeting itself to the closing', async () => {
    const parts = await build('nl');
    expect(parts.paragraphsWithStyle('Title')).toEqual(['Gespreksvoorbereiding']);
    expect(parts.paragraphsWithStyle('Heading1')).toEqual([
      'Het gesprek',
      'Agenda',
      'Wat willen ouders bespreken?',
      'Wat ouders zeiden op rapportages',
      'Afspraken om opnieuw te bekijken',
      'Doelen en voortgang',
      'Contact sinds de vorige evaluatie',
      'Vorige evaluatie (01-02-2025)',
      'Vragen voor de evaluatie van de samenwerking',
      'Afspraken en acties uit dit gesprek',
    ]);
    expect(parts.text).toContain('Gesprek op 01-04-2025');
  });

  it('says who attends with their roles, and leaves time and place to fill in', async () => {
    const { text } = await build('nl');
    const meeting = text.slice(text.indexOf('Het gesprek'), text.indexOf('Agenda'));
    expect(meeting).toContain('Datum\n01-04-2025\nTijd\n\nPlaats\n');
    expect(meeting).toContain("Marieke O'Neill\nMoeder");
    expect(meeting).toContain('Joël de Boer\nVader');
    expect(meeting).toContain('Zoë de Boer\nJeugdige');
    expect(meeting).toContain('Sanne Visser\nMentor');
    expect(meeting).not.toContain('Ruud Mulder');
  });

  it("gives the parents' own points empty lines to write on", async () => {
    const { document, text } = await build('nl');
    const part = text.slice(
      text.indexOf('Wat willen ouders bespreken?'),
      text.indexOf('Afspraken om opnieuw te bekijken'),
    );
    expect(part.match(/\t/g)?.length).toBeGreaterThanOrEqual(4);
    expect(document).toContain('w:leader="underscore"');
  });

  it('says so when no report was shared with the parents since the previous evaluation', async () => {
    const { text } = await build('nl');
    expect(text).toContain(
      'Wat ouders zeiden op rapportages\nSinds 01-02-2025 is er geen rapportage met de ouders gedeeld.',
    );
  });

  it("gives each parent's latest reaction on the reports shared since the last evaluation, verbatim", async () => {
    const { text, document, paragraphsWithStyle } = await build('nl', { reportVersions, reportReactions });
    const part = text.slice(
      text.indexOf('Wat ouders zeiden op rapportages'),
      text.indexOf('Afspraken om opnieuw te bekijken'),
    );
    expect(part).toContain(
      'De laatste reactie van elke ouder op een rapportage die sinds 01-02-2025 met hen is gedeeld.',
    );
    expect(paragraphsWithStyle('Heading2')).toEqual(
      expect.arrayContaining(["Marieke O'Neill (Moeder)", 'Joël de Boer (Vader)']),
    );
    const mother = part.slice(part.indexOf("Marieke O'Neill (Moeder)"), part.indexOf('Joël de Boer (Vader)'));
    expect(mother).toContain(
      'Over: Voortgangsrapportage, 01-08-2024 tot en met 31-12-2024 (versie 2), gedeeld op 21-02-2025.',
    );
    expect(mother).toContain('Reactie ontvangen op 01-03-2025, in het teruggestuurde document.');
    expect(mother).toContain(`Hoe wij het zien: Deels eens\n${MOTHER_WORDS}\n`);
    expect(mother).toContain('Doelen van deze periode: Eens\n');
    // Verbatim: the trailing spaces are kept and the words are marked as typed Dutch text.
    expect(document).toContain('<w:t xml:space="preserve">Tweede regel.  </w:t>');
    expect(document).toMatch(
      /<w:lang w:val="nl-NL"\/><\/w:rPr><w:t xml:space="preserve">Deels: de structuur helpt/,
    );
    const father = part.slice(part.indexOf('Joël de Boer (Vader)'));
    expect(father).toContain('Nog geen reactie. Reageren kan tot en met 21-03-2025.');
    // Older reactions, the youth's words and the staff's note are not the parents' latest words.
    for (const absent of [
      MOTHER_OLD_WORDS,
      MOTHER_FIRST_REPORT_WORDS,
      YOUTH_WORDS,
      'Besproken met de mentor.',
    ])
      expect(text).not.toContain(absent);
  });

  it('lists the agreements due before the next evaluation, and those without a review date', async () => {
    const { text } = await build('nl');
    const due = text.slice(
      text.indexOf('Afspraken om opnieuw te bekijken'),
      text.indexOf('Afspraken zonder datum'),
    );
    expect(due).toContain('tot en met 30-06-2025');
    expect(due).toContain('Voorstel: vader gaat mee naar de halfjaarlijkse controle.');
    expect(due).toContain('Zoë mag één keer per week extra bellen');
    expect(due).toContain('Doordeweeks om 21.00 uur');
    expect(due).not.toContain('Oude zakgeldafspraak');
    const without = text.slice(
      text.indexOf('Afspraken zonder datum'),
      text.lastIndexOf('Doelen en voortgang'),
    );
    expect(without).toContain('Zoë laat de hond uit op zaterdag.');
    expect(without).toContain('Vader brengt Zoë naar gitaarles.');
  });

  it('marks goals past their target date and quotes the parents’ and child’s words', async () => {
    const parts = await build('nl');
    expect(parts.paragraphsWithStyle('Heading2')).toContain('Zoë gaat elke dag naar school');
    expect(parts.text).toContain('Status: Loopt nog · Streefdatum: 01-03-2025 · streefdatum verstreken');
    expect(parts.text).toContain('01-03-2025 (Sanne Visser): Drie weken zonder verzuim.');
    expect(parts.text).toContain('\u201EDat ze haar diploma haalt.\u201D');
    expect(parts.text).toContain('In de woorden van Zoë\n');
    expect(parts.text).not.toContain('Zwemdiploma A');
  });

  it('compares contacts with the norm and the agreed rhythm, and lists open follow-ups', async () => {
    const { text } = await build('nl');
    expect(text).toContain('Van 01-02-2025 tot nu waren er 6 contactmomenten met de ouders.');
    expect(text).toContain('Norm: minstens één keer per week contact; 5 van 6 weken gehaald.');
    expect(text).toContain(
      'Afgesproken: Moeder belt op woensdag om 19.00 uur; Zoë mag één keer per week extra bellen.',
    );
    expect(text).toMatch(/Telefoon\n3\n/);
    expect(text).toMatch(/Totaal\n6/);
    expect(text).toContain('Rapport opsturen naar vader\nAhmed El Amrani\n10-01-2025 (verlopen)');
    expect(text).toContain('Tandartsafspraak plannen\nSanne Visser\n25-03-2025');
    expect(text).not.toContain('Schoolrapport delen');
  });

  it("repeats the previous evaluation's points and asks the questions with the child's first name", async () => {
    const parts = await build('nl');
    expect(parts.text).toContain('Het bellen op woensdag gaat goed.');
    expect(parts.paragraphsWithStyle('Heading2')).toEqual(
      expect.arrayContaining(['Hoe ervaren de ouders de samenwerking?', 'Hoe ervaart Zoë de samenwerking?']),
    );
    expect(parts.text).not.toContain('Hoe ervaart Zoë de Boer');
  });

  it('closes with room for new agreements, actions (who, what, when) and the next meeting', async () => {
    const { text } = await build('nl');
    const closing = text.slice(text.indexOf('Afspraken en acties uit dit gesprek'));
    expect(closing).toContain('Nieuwe of gewijzigde afspraken');
    expect(closing).toContain('Wie\nWat\nWanneer');
    expect(closing).toContain('Volgens de planning uiterlijk op 01-07-2025.');
  });

  it('says so when this is the first evaluation', async () => {
    const parts = await build('nl', { evaluations: [] });
    expect(parts.text).toContain('Dit is de eerste evaluatie van de samenwerking.');
    expect(parts.paragraphsWithStyle('Heading1').join()).not.toContain('Vorige evaluatie');
  });

  it('is written in English when asked, with typed text kept nl-NL and English quotation marks', async () => {
    const parts = await build('en');
    expect(parts.paragraphsWithStyle('Title')).toEqual(['Meeting preparation']);
    expect(parts.text).toContain('From 1 February 2025 until now there were 6 contacts with the parents.');
    expect(parts.text).toContain('\u201CDat ze haar diploma haalt.\u201D');
    expect(parts.text).not.toContain('Gespreksvoorbereiding');
    const reactions = await build('en', { reportVersions, reportReactions });
    expect(reactions.paragraphsWithStyle('Heading1')).toContain('What parents said on reports');
    expect(reactions.text).toContain('On: Progress report, 1 August 2024 to 31 December 2024 (version 2)');
    expect(reactions.text).toContain(`How we see it: Partly agree\n${MOTHER_WORDS}`);
    expect(parts.document).toMatch(
      /<w:lang w:val="nl-NL"\/><\/w:rPr><w:t xml:space="preserve">Het bellen op woensdag/,
    );
    // A label and typed text on one line: only the typed part is marked Dutch.
    expect(parts.document).toMatch(
      /<w:r><w:t xml:space="preserve">Agreed: <\/w:t><\/w:r><w:r><w:rPr><w:lang w:val="nl-NL"\/><\/w:rPr><w:t xml:space="preserve">Moeder belt op woensdag/,
    );
  });
});
