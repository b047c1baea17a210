// The handover document: consent per category held in every section, said in place and on page 1.
import { describe, expect, it } from 'vitest';
import { buildHandover, handoverModel, type HandoverInput } from '../../../src/export';
import { HANDOVER_SECTIONS } from '../../../src/domain/types';
import { exportT, unzipDocx } from './docxTestHelpers';
import { TODAY, handover, records } from './sampleRecords';
import {
  MOTHER_FIRST_REPORT_WORDS,
  MOTHER_OLD_WORDS,
  MOTHER_WORDS,
  YOUTH_WORDS,
  reportReactions,
  reportVersions,
} from './sampleReports';

async function build(language: 'nl' | 'en', overrides: Partial<HandoverInput> = {}) {
  const model = handoverModel({
    ...records,
    handover,
    sections: [...HANDOVER_SECTIONS],
    legalGroundConfirmed: { familyAndNetwork: true },
    today: TODAY,
    ...overrides,
  });
  return unzipDocx(await buildHandover(model, await exportT(language), language));
}

/** The body text up to the first section heading: what page 1 says. */
const opening = (text: string) => text.slice(0, text.indexOf('Reden van de overplaatsing\nGedeeld'));

describe('buildHandover: consent holds across sections', () => {
  it('shares no health information anywhere when health is not consented', async () => {
    const { text, document } = await build('nl');
    expect(text).not.toContain('methylfenidaat');
    expect(text).not.toContain('Pieter Ouali');
    expect(text).not.toContain('GGZ Jeugd De Horizon');
    expect(document).not.toContain('ggz-dehorizon');
    expect(text).not.toContain('Zelf inslapen zonder hulp');
    expect(text).not.toContain('Tandarts Öztürk');
    expect(text).not.toContain('Huisartsenpraktijk Zuid');
  });

  it('says in place, in each section, that health items were left out and why', async () => {
    const { text } = await build('nl');
    const notice =
      'Niet gedeeld: geen toestemming van ouders — vraag de ouders. Het gaat om gegevens over: Gezondheid.';
    const family = text.slice(
      text.indexOf('Gezin en netwerk\nGedeeld'),
      text.indexOf('Afspraken gedeeld opvoederschap en contact\nGedeeld'),
    );
    const agreements = text.slice(
      text.indexOf('Afspraken gedeeld opvoederschap en contact\nGedeeld'),
      text.indexOf('Contact- en bezoekpatroon'),
    );
    expect(family).toContain(notice);
    expect(agreements).toContain(notice);
    const health = text.slice(text.lastIndexOf('Gezondheid\n'));
    expect(health.split('\n')[1]).toBe('Niet gedeeld: geen toestemming van ouders — vraag de ouders.');
  });

  it('shares the health items on a confirmed legal ground, and then says nothing is withheld', async () => {
    const { text } = await build('nl', {
      legalGroundConfirmed: { familyAndNetwork: true, health: true, goals: true },
    });
    expect(text).toContain('methylfenidaat');
    expect(text).toContain('Pieter Ouali');
    expect(text).toContain('Tandarts Öztürk');
    expect(text).not.toContain('Het gaat om gegevens over: Gezondheid');
  });

  it('summarises on page 1 what is not shared, why, and where else it was left out', async () => {
    const { text } = await build('nl', {
      sections: HANDOVER_SECTIONS.filter((section) => section !== 'followUp'),
    });
    const page1 = opening(text);
    expect(page1).toContain('Gezondheid: niet gedeeld, geen toestemming van ouders — vraag de ouders.');
    expect(page1).toContain(
      'Daarom ook weggelaten bij: Gezin en netwerk, Afspraken gedeeld opvoederschap en contact.',
    );
    expect(page1).toContain('Doelen en wat bereikt is: niet gedeeld, geen toestemming van ouders');
    expect(page1).toContain('Vervolg en contactpersonen: niet gekozen voor deze overdracht');
  });

  it('lists who consented, when and how, per category', async () => {
    const { text } = await build('nl');
    expect(text).toContain(
      "Reden van de overplaatsing\nJa, met toestemming\nMarieke O'Neill, Joël de Boer\n01-03-2025\nIn een gesprek",
    );
    expect(text).toContain(
      'Jeugdige, plaatsing en gezag\nJa, met toestemming\nNiet ingevuld\nNiet ingevuld\nNiet ingevuld',
    );
    expect(text).toContain(
      'Gezin en netwerk\nJa, op grond van: Art. 7.3.11 Jeugdwet (noodzakelijk voor de zorg)',
    );
    expect(text).toMatch(/Gezondheid\nNee\n/);
  });

  it('states the basis of every included section, with the legal ground where there is no consent', async () => {
    const { text } = await build('nl');
    expect(text).toContain(
      'Gedeeld zonder toestemming van de ouders, op grond van: Art. 7.3.11 Jeugdwet (noodzakelijk voor de zorg)',
    );
    expect(text).toContain('Oma Truus');
  });
});

describe('buildHandover: content and craft', () => {
  it('has the sender block and the consent overview first, the sections in order, the parents’ part last', async () => {
    const parts = await build('nl');
    expect(parts.paragraphsWithStyle('Title')).toEqual(['Overdrachtsdocument']);
    expect(parts.paragraphsWithStyle('Heading1')).toEqual([
      'Afzender',
      'Toestemming en wat niet is gedeeld',
      'Reden van de overplaatsing',
      'Jeugdige, plaatsing en gezag',
      'Gezin en netwerk',
      'Afspraken gedeeld opvoederschap en contact',
      'Doelen en wat bereikt is',
      'School',
      'Gezondheid',
      'Het eigen verhaal en de wensen van de jeugdige',
      'Wat de ouders de nieuwe plek willen meegeven',
      'Betrokkenheid van ouders en jeugdige',
      'Vervolg en contactpersonen',
      'Aanvullingen en correcties van de ouders',
    ]);
  });

  it('names the home, the mentor on the last day and the contact person, and the handover meeting', async () => {
    const { text } = await build('nl');
    const sender = text.slice(text.indexOf('Afzender'), text.indexOf('Toestemming en wat niet is gedeeld'));
    expect(sender).toContain('Van\nGezinshuis De Linde');
    expect(sender).toContain('Mentor\nSanne Visser');
    expect(sender).toContain('Vaste contactpersoon\nSanne Visser');
    expect(sender).toContain('Overdrachtsgesprek op\n10-04-2025');
    expect(sender).toContain('Moeder, vader, Zoë, Sanne Visser en Kees de Wit');
    expect(sender).not.toContain('Niet ingevuld');
  });

  it('keeps the mentor of the last day in care when exported after the move, and says it was made after', async () => {
    const ended = { ...records.child, placementEndedOn: '2024-12-20' };
    const { text } = await build('nl', { child: ended, handover: { ...handover, moveDate: '2024-12-20' } });
    expect(text).toContain('Mentor\nPieter Smit');
    expect(text).toContain('Dit document is gemaakt op 15-03-2025, na de verhuizing op 20-12-2024.');
    const before = await build('nl');
    expect(before.text).not.toContain('Dit document is gemaakt op');
  });

  it('gives each parent with authority their own view in their own words, in Dutch quotation marks', async () => {
    const { text } = await build('nl');
    expect(text).toContain(
      "Marieke O'Neill (Moeder):\n\u201EEindelijk dichterbij, dan kan ik vaker langskomen.\u201D",
    );
    expect(text).toContain(
      'Joël de Boer (Vader):\n\u201EIk twijfel nog, want het is ver van mijn werk.\u201D',
    );
    expect(text).not.toContain('Moeder is blij; vader twijfelt.');
  });

  it('does not repeat a sub-label under a heading of the same name', async () => {
    const { text } = await build('nl');
    expect(text).not.toContain('Reden van de overplaatsing\nReden van de overplaatsing');
    expect(text).toContain(
      'Reden van de overplaatsing\nGedeeld met toestemming van de ouders.\nZoë wil dichter bij',
    );
  });

  it('ends with room for the parents to add or correct, and their signatures with a remark box', async () => {
    const { text } = await build('nl');
    const end = text.slice(text.indexOf('Aanvullingen en correcties van de ouders'));
    expect(end).toContain("Marieke O'Neill (Moeder)");
    expect(end).toContain('Joël de Boer (Vader)');
    expect(end.match(/Opmerking \/ niet mee eens:/g)).toHaveLength(2);
    expect(end.match(/Handtekening/g)).toHaveLength(2);
  });

  it('shows placement, authority, agreements with outcomes and the contact pattern', async () => {
    const { text } = await build('nl');
    expect(text).toContain('Ondertoezichtstelling (OTS)');
    expect(text).toContain("Marieke O'Neill (Moeder), Joël de Boer (Vader)");
    expect(text).toContain('Oude zakgeldafspraak: vijf euro per week via moeder.');
    expect(text).toContain('Werkte niet');
    expect(text).toContain('Werkte goed');
    expect(text).toContain('Van 15-12-2024 tot 15-03-2025 waren er 6 contactmomenten met de ouders.');
    expect(text).not.toContain('Voorstel: vader gaat mee');
  });

  it("quotes the parents' message verbatim, line break and dash included", async () => {
    const { text } = await build('nl');
    expect(text).toContain(`\u201E${handover.parentsMessage}\u201D`);
  });

  it('keeps every e-mail address on one line in a wide column of the family tables', async () => {
    const { document } = await build('nl', {
      legalGroundConfirmed: { familyAndNetwork: true, health: true },
    });
    const table = document.slice(
      document.indexOf('Naam en relatie') - 2000,
      document.indexOf('Naam en relatie'),
    );
    const widths = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    expect(widths.at(-2)).toBeGreaterThan(3800);
    expect(document).toContain('p.ouali@ggz-dehorizon.example.org');
  });

  it('leaves out the school section when the child has no school data', async () => {
    const { text, paragraphsWithStyle } = await build('nl', { schools: [], schoolRules: [] });
    expect(paragraphsWithStyle('Heading1')).not.toContain('School');
    expect(text).toContain('School: er is niets over vastgelegd');
  });

  it("fills the school section from the current school's structured rules, not the old school's", async () => {
    const { text } = await build('nl');
    const school = text.slice(
      text.indexOf('School\nHet Baken'),
      text.indexOf('Moeder in CC bij e-mails.') + 25,
    );
    expect(school).toContain('School\nHet Baken, Utrecht\nGroep of klas\nklas 2b');
    expect(school).toContain('Mentor op school\nMevr. Jansen\njansen@hetbaken.example.nl');
    expect(school).toContain(
      "Ziekmelden\nBegeleiding op de groep\nMarieke O'Neill\nVóór 08:15\nBellen naar de administratie\nMarieke O'Neill, Joël de Boer",
    );
    expect(school).toContain(
      "Oudergesprekken\nMarieke O'Neill, Mentor (Sanne Visser)\nvia beeldbellen: Joël de Boer",
    );
    expect(school).toContain("Verlof aanvragen\nMarieke O'Neill\n\nAcht weken van tevoren");
    expect(school).toContain('1 persoon in deze afspraken staat niet meer bij de familie');
    expect(school).toContain('Eerdere afspraken over contact met school\nMoeder in CC bij e-mails.');
    expect(school).not.toContain('07:45');
    expect(school).toContain("Marieke O'Neill, Joël de Boer, Oma Truus");
  });

  it('names network members in the school rules only when their own category may be shared', async () => {
    const { text } = await build('nl', { legalGroundConfirmed: {} });
    const school = text.slice(text.indexOf('School\nHet Baken'), text.indexOf('Moeder in CC bij e-mails.'));
    expect(school).toContain("Marieke O'Neill, Joël de Boer, Netwerklid");
    expect(text).not.toContain('Oma Truus');
  });

  it('is written in English when asked, with the typed Dutch text marked nl-NL', async () => {
    const parts = await build('en');
    expect(parts.paragraphsWithStyle('Title')).toEqual(['Handover document']);
    expect(parts.paragraphsWithStyle('Heading1')).toContain('Consent and what is not shared');
    expect(parts.text).toContain('Family supervision order (OTS)');
    expect(parts.text).toContain('Not shared: no consent from the parents — ask the parents.');
    expect(parts.text).not.toContain('Overdrachtsdocument');
    expect(parts.document).toMatch(
      /<w:lang w:val="nl-NL"\/><\/w:rPr><w:t xml:space="preserve">Zoë wil dichter bij haar moeder wonen\./,
    );
    expect(parts.text).toContain('\u201CEindelijk dichterbij');
  });
});

describe('buildHandover: reports shared with the parents and their reactions', () => {
  const withGoals = { ...handover, consent: { ...handover.consent, goals: { parentsConsent: true } } };
  const reports = { reportVersions, reportReactions };
  const goalsPart = (text: string) =>
    text.slice(text.indexOf('Doelen en wat bereikt is\nGedeeld'), text.indexOf('School\nGedeeld'));

  it('lists every report shared with the parents with each reaction verbatim, or the recorded absence', async () => {
    const { text, paragraphsWithStyle } = await build('nl', { ...reports, handover: withGoals });
    const part = goalsPart(text);
    expect(paragraphsWithStyle('Heading2')).toContain('Rapportages en de reacties van ouders');
    const first = part.indexOf('Evaluatieverslag, 15-01-2024 tot en met 30-06-2024');
    const corrected = part.indexOf(
      'Voortgangsrapportage, 01-08-2024 tot en met 31-12-2024, later gecorrigeerd',
    );
    const second = part.indexOf('Voortgangsrapportage, 01-08-2024 tot en met 31-12-2024 (versie 2)');
    expect(first).toBeGreaterThan(0);
    expect(corrected).toBeGreaterThan(first);
    expect(second).toBeGreaterThan(corrected);
    expect(part.slice(first, corrected)).toContain(
      `Marieke O'Neill (Moeder): gedeeld op 05-07-2024, in een gesprek.\nReactie ontvangen op 20-07-2024, in een gesprek.\nIets anders\n${MOTHER_FIRST_REPORT_WORDS}`,
    );
    const version1 = part.slice(corrected, second);
    expect(version1).toContain(
      `Marieke O'Neill (Moeder): gedeeld op 10-01-2025, per e-mail.\nReactie ontvangen op 20-01-2025, telefonisch.\nWat er gebeurde: Niet eens\n${MOTHER_OLD_WORDS}`,
    );
    expect(version1).toContain(
      'Joël de Boer (Vader): gedeeld op 10-01-2025, per post.\nGeen reactie ontvangen (vastgelegd op 10-02-2025).',
    );
    expect(version1).toContain(
      `Zoë de Boer (Jeugdige): gedeeld op 10-01-2025, persoonlijk gegeven.\nReactie ontvangen op 15-01-2025, schriftelijk.\nWat Zoë zegt: Eens\n${YOUTH_WORDS}`,
    );
    const version2 = part.slice(second);
    expect(version2).toContain(`Hoe wij het zien: Deels eens\n${MOTHER_WORDS}\n`);
    expect(version2).toContain(
      'Joël de Boer (Vader): gedeeld op 21-02-2025, per e-mail.\nNog geen reactie. Reageren kan tot en met 21-03-2025.',
    );
    // The staff's note is not the parents' words and does not go to the next place.
    expect(text).not.toContain('Besproken met de mentor.');
  });

  it('leaves out a report that speaks of health unless health may be shared, and says so in place', async () => {
    const { text } = await build('nl', { ...reports, handover: withGoals });
    expect(text).not.toContain('Tussenverslag');
    expect(goalsPart(text)).toContain(
      'Niet gedeeld: geen toestemming van ouders — vraag de ouders. Het gaat om gegevens over: Gezondheid.',
    );
    const withHealth = await build('nl', {
      ...reports,
      handover: withGoals,
      legalGroundConfirmed: { familyAndNetwork: true, health: true },
    });
    expect(goalsPart(withHealth.text)).toContain('Tussenverslag, 01-01-2025 tot en met 28-02-2025');
    expect(withHealth.text).toContain('Nog geen reactie. Reageren kan tot en met 02-04-2025.');
  });

  it('shares no report and no reaction without a basis for goals, or when goals are not chosen', async () => {
    const noConsent = await build('nl', reports);
    const notChosen = await build('nl', {
      ...reports,
      handover: withGoals,
      sections: HANDOVER_SECTIONS.filter((section) => section !== 'goals'),
    });
    for (const { text } of [noConsent, notChosen]) {
      expect(text).not.toContain('Rapportages en de reacties van ouders');
      for (const words of [MOTHER_WORDS, MOTHER_OLD_WORDS, MOTHER_FIRST_REPORT_WORDS, YOUTH_WORDS])
        expect(text).not.toContain(words.trim().split('\n')[0]);
    }
  });

  it('says so when no report was shared, and writes the report part in English when asked', async () => {
    const none = await build('nl', { handover: withGoals });
    expect(goalsPart(none.text)).toContain(
      'Rapportages en de reacties van ouders\nEr zijn geen rapportages met de ouders gedeeld.',
    );
    const en = await build('en', { ...reports, handover: withGoals });
    expect(en.paragraphsWithStyle('Heading2')).toContain('Reports and the parents’ reactions');
    expect(en.text).toContain("Marieke O'Neill (Mother): shared on 21 February 2025, by e-mail.");
    expect(en.text).toContain(`How we see it: Partly agree\n${MOTHER_WORDS}`);
  });
});
