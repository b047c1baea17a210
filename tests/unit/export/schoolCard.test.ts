// The school card: who reports sick, whom to copy, parents' details only with consent, signatures; and
// the short version for the staff room.
import { describe, expect, it } from 'vitest';
import {
  buildSchoolCard,
  schoolCardModel,
  type SchoolCardInput,
  type SchoolCardVariant,
} from '../../../src/export';
import { exportT, unzipDocx } from './docxTestHelpers';
import { TODAY, records } from './sampleRecords';

const input = (overrides: Partial<SchoolCardInput> = {}): SchoolCardInput => ({
  ...records,
  today: TODAY,
  ...overrides,
});

async function build(
  language: 'nl' | 'en',
  variant: SchoolCardVariant = 'full',
  overrides: Partial<SchoolCardInput> = {},
) {
  return unzipDocx(
    await buildSchoolCard(schoolCardModel(input(overrides)), await exportT(language), language, variant),
  );
}

const between = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to));

describe('schoolCardModel', () => {
  it("takes today's school and its rules, never the old school's or another child's", () => {
    const model = schoolCardModel(input());
    expect(model.school?.name).toBe('Het Baken');
    expect(model.rules.map((rule) => rule.topic)).toEqual([
      'sickReport',
      'parentMeeting',
      'reports',
      'emailCc',
      'leaveRequest',
    ]);
    expect(model.sickReport).toMatchObject({ deadline: '08:15', responsible: [{ kind: 'groupStaff' }] });
  });

  it('copies on every mail only the people of the mail rule with an address and consent', () => {
    const model = schoolCardModel(input());
    expect(model.ccOnEveryMail).toEqual([
      { name: "Marieke O'Neill", email: 'marieke.oneill@example.nl', familyMemberId: 'fm-mother' },
    ]);
    expect(model.ccProblems).toEqual([
      { familyMemberId: 'fm-father', name: 'Joël de Boer', reason: 'noConsent' },
      { familyMemberId: 'fm-grandma', name: 'Oma Truus', reason: 'noEmail' },
    ]);
  });

  it("gives parents' contact details only with their consent to share them with this school", () => {
    const parents = schoolCardModel(input()).parents;
    expect(parents).toEqual([
      {
        name: "Marieke O'Neill",
        relation: 'mother',
        hasAuthority: true,
        detailsShared: true,
        phone: '06-12345678',
        email: 'marieke.oneill@example.nl',
      },
      { name: 'Joël de Boer', relation: 'father', hasAuthority: true, detailsShared: false },
      { name: 'Ruud Mulder', relation: 'stepParent', hasAuthority: false, detailsShared: false },
    ]);
  });

  it('has no school and no rules when none is recorded for today', () => {
    const model = schoolCardModel(input({ today: '2024-08-01' }));
    expect(model.school).toBeUndefined();
    expect(model.rules).toEqual([]);
    expect(model.ccOnEveryMail).toEqual([]);
  });
});

describe('buildSchoolCard', () => {
  it('says who reports sick, before when and how, and whom to tell', async () => {
    const { text, paragraphsWithStyle } = await build('nl');
    expect(paragraphsWithStyle('Title')).toEqual(['Schoolkaart']);
    expect(paragraphsWithStyle('Heading1')).toEqual([
      'School',
      'Ziekmelden',
      'Bij elke e-mail in CC',
      'Afspraken per onderwerp',
      'Ouders',
      'Contact met de groep',
      'Wat school met wie mag delen',
      'Eerdere afspraken (zoals toen opgeschreven)',
      'Ondertekening',
    ]);
    expect(between(text, '\nZiekmelden\n', 'Bij elke e-mail')).toContain(
      "Wie meldt ziek\nBegeleiding op de groep\nAls dat niet lukt\nMarieke O'Neill\nHoe en wanneer\nVóór 08:15\nBellen naar de administratie\nLaat het weten aan\nMarieke O'Neill, Joël de Boer",
    );
  });

  it('lists exactly the people to copy on every mail with their address', async () => {
    const { text } = await build('nl');
    const cc = between(text, 'Bij elke e-mail in CC', 'Afspraken per onderwerp');
    expect(cc).toContain(
      "Stuur elke e-mail over Zoë ook aan deze mensen (in CC):\nNaam\nE-mailadres\nMarieke O'Neill\nmarieke.oneill@example.nl",
    );
    expect(cc).not.toContain('Joël');
    expect(cc).not.toContain('joel@example.nl');
    expect(text).not.toContain('joel@example.nl');
  });

  it("prints parents' details only with consent, the home's people, what may be shared, and signatures", async () => {
    const { text } = await build('nl');
    const parents = between(text, '\nOuders\n', 'Contact met de groep');
    expect(parents).toContain("Marieke O'Neill\nMoeder\nJa\n06-12345678\nmarieke.oneill@example.nl");
    expect(parents).toContain(
      'Joël de Boer\nVader\nJa\nVia de groep (geen toestemming om gegevens te delen)',
    );
    expect(parents).toContain('Ruud Mulder\nStiefouder\nNee\nVia de groep');
    expect(between(text, 'Contact met de groep', 'Wat school')).toContain(
      'Vaste contactpersoon\nSanne Visser\nMentor\nSanne Visser',
    );
    const sharing = between(text, 'Wat school met wie mag delen', 'Ondertekening');
    expect(sharing).toContain("Rapporten en cijfers naar\nMarieke O'Neill, Joël de Boer");
    expect(sharing).toContain("E-mail van school ook naar\nMarieke O'Neill");
    expect(sharing).toContain("Geen foto's van Zoë op de website.");
    const signatures = text.slice(text.indexOf('Ondertekening'));
    expect(signatures).toContain("Marieke O'Neill (Moeder)");
    expect(signatures).toContain('Joël de Boer (Vader)');
    expect(signatures).not.toContain('Ruud Mulder');
    expect(signatures.match(/Handtekening/g)).toHaveLength(2);
  });

  it('warns about a rule naming someone no longer in the family, and leaves out old rules', async () => {
    const { text } = await build('nl');
    expect(text).toContain('Let op: 1 persoon in deze afspraken staat niet meer bij de familie.');
    expect(text).not.toContain('07:45');
    expect(text).not.toContain('De Kleine Wereld');
    expect(text).not.toContain('School van een ander kind');
  });

  it('is written in English when asked', async () => {
    const { text, paragraphsWithStyle } = await build('en');
    expect(paragraphsWithStyle('Title')).toEqual(['School card']);
    expect(text).toContain('Who reports sick\nGroup staff');
    expect(text).toContain('Before 08:15');
    expect(text).toContain('Parent–teacher meetings');
    expect(text).toContain('School days\nMonday, Tuesday, Wednesday, Thursday, Friday');
  });

  it('makes a short staff-room version without parents’ details or signatures', async () => {
    const { text, paragraphsWithStyle } = await build('nl', 'staffRoom');
    expect(paragraphsWithStyle('Title')).toEqual(['Schoolkaart voor de groep']);
    expect(paragraphsWithStyle('Heading1')).toEqual([
      'Ziekmelden',
      'Bij elke e-mail in CC',
      'Verder afgesproken',
    ]);
    expect(text).toContain('School\nHet Baken (klas 2b)\nTelefoon school\n030-7654321');
    expect(text).toContain('Wie meldt ziek\nBegeleiding op de groep');
    expect(text).toContain("Verlof aanvragen\nMarieke O'Neill\nAcht weken van tevoren");
    expect(text).not.toContain('06-12345678');
    expect(text).not.toContain('Handtekening');
  });

  it('says so when no school is recorded', async () => {
    const { text } = await build('nl', 'full', { schools: [], schoolRules: [] });
    expect(text).toContain('Er is nog geen school vastgelegd.');
    expect(text).toContain('Ziekmelden\nNog niet afgesproken.');
  });
});
