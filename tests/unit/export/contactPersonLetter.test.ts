// The letter introducing a new contact person: who, how to reach them, from when, the fixed moment,
// in plain Dutch or English; the reason only where it helps the parents.
import { describe, expect, it } from 'vitest';
import { buildContactPersonLetter, type ContactPersonLetterModel } from '../../../src/export';
import { documentFileName } from '../../../src/export/fileNames';
import { exportT, unzipDocx } from './docxTestHelpers';

const model: ContactPersonLetterModel = {
  homeName: 'Gezinshuis De Linde',
  date: '2026-11-24',
  parentsAddressed: 'Fatima en Karim',
  childFirstName: 'Zoë',
  newContactPerson: {
    name: "Bram O'Neill",
    phone: '06-12345678',
    email: 'bram@delinde.example',
    reachable: 'ma–do 9:00–17:00',
  },
  from: '2026-12-01',
  previousContactPersonName: 'Anouk de Groot',
  reason: 'leaving',
  backupName: 'Carla Smit',
  fixedMoment: 'elke dinsdag om 19:00, beeldbellen met moeder',
  signedBy: 'Dirk Jansen, coördinator',
};

describe('buildContactPersonLetter', () => {
  it('says who, from when, how to reach them and the fixed moment, in Dutch', async () => {
    const parts = await unzipDocx(await buildContactPersonLetter(model, await exportT('nl'), 'nl'));
    expect(parts.paragraphsWithStyle('Title')).toEqual(['Uw nieuwe vaste contactpersoon']);
    expect(parts.text).toContain('Beste Fatima en Karim,');
    expect(parts.text).toContain(
      "Vanaf 01-12-2026 is Bram O'Neill uw vaste contactpersoon bij ons voor Zoë.",
    );
    expect(parts.text).toContain('Anouk de Groot gaat bij ons weg.');
    for (const value of ['06-12345678', 'bram@delinde.example', 'ma–do 9:00–17:00', 'Carla Smit'])
      expect(parts.text).toContain(value);
    expect(parts.text).toContain("Als Bram O'Neill er niet is");
    expect(parts.text).toContain(
      'Ons vaste contactmoment blijft: elke dinsdag om 19:00, beeldbellen met moeder.',
    );
    expect(parts.text).toContain('Dirk Jansen, coördinator');
    expect(parts.header).toContain('Gezinshuis De Linde');
  });

  it('keeps the reason to itself for a caseload change and works without a fixed moment', async () => {
    const { text } = await unzipDocx(
      await buildContactPersonLetter(
        { ...model, reason: 'caseload', fixedMoment: undefined, backupName: undefined },
        await exportT('nl'),
        'nl',
      ),
    );
    expect(text).toContain('Tot nu toe was Anouk de Groot uw contactpersoon.');
    expect(text).not.toContain('gaat bij ons weg');
    expect(text).toContain('Nog niet afgesproken');
    expect(text).toContain("Bram O'Neill neemt contact met u op om een vast moment af te spreken.");
    expect(text).not.toContain('er niet is');
  });

  it('is written in English when asked, and saved with initials only', async () => {
    const { text, paragraphsWithStyle } = await unzipDocx(
      await buildContactPersonLetter({ ...model, reason: 'parentsWish' }, await exportT('en'), 'en'),
    );
    expect(paragraphsWithStyle('Title')).toEqual(['Your new contact person']);
    expect(text).toContain("From 1 December 2026, Bram O'Neill is your contact person with us for Zoë.");
    expect(text).toContain('You asked for a contact person other than Anouk de Groot.');
    expect(documentFileName('contactPersonLetter', 'Zoë de Vries', '2026-11-24', 'nl')).toBe(
      'brief-contactpersoon-ZdV-2026-11-24.docx',
    );
  });
});
