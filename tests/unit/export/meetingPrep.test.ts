// The meeting preparation: agenda, agreements due, goals, contact counts, follow-ups and evaluation questions.
import { describe, expect, it } from 'vitest';
import { buildMeetingPrep, meetingPrepModel } from '../../../src/export';
import { exportT, unzipDocx } from './docxTestHelpers';
import { MEETING_DATE, TODAY, records } from './sampleRecords';

async function build(language: 'nl' | 'en', overrides: Partial<Parameters<typeof meetingPrepModel>[0]> = {}) {
  const model = meetingPrepModel({ ...records, today: TODAY, meetingDate: MEETING_DATE, ...overrides });
  return unzipDocx(await buildMeetingPrep(model, await exportT(language), language));
}

describe('buildMeetingPrep', () => {
  it('has the agenda and every part as a Heading 1', async () => {
    const parts = await build('nl');
    expect(parts.paragraphsWithStyle('Title')).toEqual(['Gespreksvoorbereiding']);
    expect(parts.paragraphsWithStyle('Heading1')).toEqual([
      'Agenda',
      'Afspraken om opnieuw te bekijken',
      'Doelen en voortgang',
      'Contact sinds de vorige evaluatie',
      'Vorige evaluatie (01-02-2025)',
      'Vragen voor de evaluatie van de samenwerking',
    ]);
    expect(parts.text).toContain('Gesprek op 01-04-2025');
  });

  it('lists the agreements due for review and not the others', async () => {
    const { text } = await build('nl');
    expect(text).toContain('Voorstel: vader gaat mee naar de halfjaarlijkse controle.');
    expect(text).toContain('Zoë mag één keer per week extra bellen');
    expect(text).not.toContain('Doordeweeks om 21.00 uur');
    expect(text).not.toContain('Oude zakgeldafspraak');
  });

  it('shows goals with their progress and the parents’ and child’s words', async () => {
    const parts = await build('nl');
    expect(parts.paragraphsWithStyle('Heading2')).toContain('Zoë gaat elke dag naar school');
    expect(parts.text).toContain('01-03-2025 (Sanne Visser): Drie weken zonder verzuim.');
    expect(parts.text).toContain('Dat ze haar diploma haalt.');
    expect(parts.text).not.toContain('Zwemdiploma A');
  });

  it('counts contacts per channel since the last evaluation and lists open follow-ups', async () => {
    const { text } = await build('nl');
    expect(text).toContain('Van 01-02-2025 tot nu waren er 6 contactmomenten met de ouders.');
    expect(text).toMatch(/Telefoon\n3\n/);
    expect(text).toMatch(/Totaal\n6/);
    expect(text).toContain('Tandartsafspraak plannen\nSanne Visser\n25-03-2025');
    expect(text).toContain('Rapport opsturen naar vader\nAhmed El Amrani\n10-01-2025 (verlopen)');
    expect(text).not.toContain('Schoolrapport delen');
  });

  it("repeats the previous evaluation's points and asks the collaboration questions", async () => {
    const parts = await build('nl');
    expect(parts.text).toContain('Het bellen op woensdag gaat goed.');
    expect(parts.paragraphsWithStyle('Heading2')).toEqual(
      expect.arrayContaining([
        'Hoe ervaren de ouders de samenwerking?',
        'Hoe ervaart Zoë de Boer de samenwerking?',
        'Hoe ervaart de begeleiding de samenwerking?',
        'Wat gaat goed?',
        'Wat moet er anders?',
      ]),
    );
  });

  it('says so when this is the first evaluation', async () => {
    const parts = await build('nl', { evaluations: [] });
    expect(parts.text).toContain('Dit is de eerste evaluatie van de samenwerking.');
    expect(parts.paragraphsWithStyle('Heading1').join()).not.toContain('Vorige evaluatie');
  });

  it('is written in English when asked', async () => {
    const parts = await build('en');
    expect(parts.paragraphsWithStyle('Title')).toEqual(['Meeting preparation']);
    expect(parts.text).toContain('From 1 February 2025 until now there were 6 contacts with the parents.');
    expect(parts.text).not.toContain('Gespreksvoorbereiding');
  });
});
