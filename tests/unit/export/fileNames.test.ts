// Exported file names carry initials and a date, never the child's full name.
import { describe, expect, it } from 'vitest';
import { documentFileName, initials } from '../../../src/export/fileNames';

describe('document file names', () => {
  it('uses initials with lowercase particles', () => {
    expect(initials('Sanne de Vries')).toBe('SdV');
    expect(initials('Zoë van den Berg')).toBe('ZvdB');
    expect(initials('Anne-Fleur Özdemir')).toBe('AFO');
    expect(initials('   ')).toBe('X');
  });

  it('never contains the full name', () => {
    const name = documentFileName('handover', 'Sanne de Vries', '2026-11-24', 'nl');
    expect(name).toBe('overdracht-SdV-2026-11-24.docx');
    expect(name).not.toContain('Sanne');
    expect(documentFileName('meetingPrep', 'Daan Visser', '2026-11-24', 'en')).toBe(
      'meeting-preparation-DV-2026-11-24.docx',
    );
  });

  it('names both school cards with initials only', () => {
    expect(documentFileName('schoolCard', 'Noor de Vries', '2026-11-24', 'nl')).toBe(
      'schoolkaart-NdV-2026-11-24.docx',
    );
    expect(documentFileName('schoolCardStaffRoom', 'Noor de Vries', '2026-11-24', 'en')).toBe(
      'school-card-group-NdV-2026-11-24.docx',
    );
  });
});
