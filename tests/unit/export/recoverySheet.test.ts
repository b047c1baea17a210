// The recovery-key sheet: the key in large monospace and the instructions, in either language.
import { describe, expect, it } from 'vitest';
import { buildRecoverySheet } from '../../../src/export';
import { exportT, unzipDocx } from './docxTestHelpers';

const model = {
  homeName: 'Gezinshuis De Linde',
  recoveryKey: 'K7QX-2M9D-HP4R-ZT8W-A3NV',
  createdOn: '2025-03-15',
};

describe('buildRecoverySheet', () => {
  it('prints the key in a large monospace font with plain instructions', async () => {
    const parts = await unzipDocx(await buildRecoverySheet(model, await exportT('nl'), 'nl'));
    expect(parts.paragraphsWithStyle('Title')).toEqual(['Herstelsleutel']);
    expect(parts.document).toMatch(/w:ascii="Consolas".*?<w:sz w:val="36"\/>.*?K7QX-2M9D-HP4R-ZT8W-A3NV/);
    expect(parts.text).toContain('afgesloten kast');
    expect(parts.text).toContain('Zonder deze sleutel kan een vergeten wachtwoord niet worden hersteld');
    expect(parts.text).toContain('Aangemaakt op 15-03-2025');
    expect(parts.header).toContain('Gezinshuis De Linde');
  });

  it('is written in English when asked', async () => {
    const parts = await unzipDocx(await buildRecoverySheet(model, await exportT('en'), 'en'));
    expect(parts.paragraphsWithStyle('Title')).toEqual(['Recovery key']);
    expect(parts.text).toContain('Without this key a forgotten password cannot be reset');
  });
});
