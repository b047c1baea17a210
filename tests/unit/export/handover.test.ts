// The handover document: only sections with consent or a confirmed legal ground, the rest listed as left out.
import { describe, expect, it } from 'vitest';
import { buildHandover, handoverModel, type HandoverInput } from '../../../src/export';
import { HANDOVER_SECTIONS } from '../../../src/domain/types';
import { exportT, unzipDocx } from './docxTestHelpers';
import { TODAY, handover, records } from './sampleRecords';

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

describe('buildHandover', () => {
  it('has the included sections as Heading 1 in order, and the left-out list last', async () => {
    const parts = await build('nl');
    expect(parts.paragraphsWithStyle('Title')).toEqual(['Overdrachtsdocument']);
    expect(parts.paragraphsWithStyle('Heading1')).toEqual([
      'Reden van de overplaatsing',
      'Jeugdige, plaatsing en gezag',
      'Gezin en netwerk',
      'Afspraken gedeeld opvoederschap en contact',
      'School',
      'Wat de ouders de nieuwe plek willen meegeven',
      'Betrokkenheid van ouders en jeugdige',
      'Vervolg en contactpersonen',
      'Onderdelen die niet zijn opgenomen',
    ]);
  });

  it('leaves out the content of sections without consent and lists them with the reason', async () => {
    const { text } = await build('nl', {
      sections: HANDOVER_SECTIONS.filter((section) => section !== 'followUp'),
    });
    expect(text).not.toContain('Zwemdiploma A');
    expect(text).not.toContain('Tandarts Öztürk');
    expect(text).not.toContain('Ik heb hier veel geleerd');
    expect(text).not.toContain('Kees de Wit');
    const omitted = text.slice(text.indexOf('Onderdelen die niet zijn opgenomen'));
    expect(omitted).toContain(
      'Doelen en wat bereikt is: geen toestemming van de ouders en geen bevestigde wettelijke grond',
    );
    expect(omitted).toContain('Gezondheid: geen toestemming');
    expect(omitted).toContain('Het eigen verhaal en de wensen van de jeugdige: geen toestemming');
    expect(omitted).toContain('Vervolg en contactpersonen: niet gekozen voor deze overdracht');
  });

  it('states the basis of every included section, with the legal ground where there is no consent', async () => {
    const { text } = await build('nl');
    expect(text.match(/Gedeeld met toestemming van de ouders\./g)).toHaveLength(7);
    expect(text).toContain(
      'Gedeeld zonder toestemming van de ouders, op grond van: Art. 7.3.11 Jeugdwet (noodzakelijk voor de zorg)',
    );
    expect(text).toContain('Oma Truus');
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
    expect(text).toContain(handover.parentsMessage);
  });

  it('leaves out the school section when the child has no school data', async () => {
    const { text, paragraphsWithStyle } = await build('nl', { child: { ...records.child, school: {} } });
    expect(paragraphsWithStyle('Heading1')).not.toContain('School');
    expect(text).toContain('School: er is niets over vastgelegd');
  });

  it('is written in English when asked', async () => {
    const parts = await build('en');
    expect(parts.paragraphsWithStyle('Title')).toEqual(['Handover document']);
    expect(parts.paragraphsWithStyle('Heading1')).toContain('Sections left out');
    expect(parts.text).toContain('Family supervision order (OTS)');
    expect(parts.text).not.toContain('Overdrachtsdocument');
  });
});
