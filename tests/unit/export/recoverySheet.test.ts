// The recovery-key sheet: the key in a box inside the margins, the steps, and lines to fill in by hand.
import { describe, expect, it } from 'vitest';
import { buildRecoverySheet } from '../../../src/export';
import { CONTENT_WIDTH } from '../../../src/export/layout';
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

  it('draws the key box as a one-cell table exactly the width of the text column', async () => {
    const { document } = await unzipDocx(await buildRecoverySheet(model, await exportT('nl'), 'nl'));
    const table = document.match(/<w:tbl>.*?<\/w:tbl>/)?.[0] ?? '';
    expect(table).toContain('K7QX-2M9D-HP4R-ZT8W-A3NV');
    expect(table).toContain(`<w:tblW w:type="dxa" w:w="${CONTENT_WIDTH}"/>`);
    expect(table.match(/<w:gridCol /g)).toHaveLength(1);
    // No paragraph border: those are drawn outside the text column, into the margin.
    expect(document).not.toContain('<w:pBdr>');
  });

  it('asks to delete the file after printing and to fill in where it is kept, who knows, date and initials', async () => {
    const { text } = await unzipDocx(await buildRecoverySheet(model, await exportT('nl'), 'nl'));
    expect(text).toContain('Verwijder dit bestand nadat u het hebt geprint');
    expect(text).toContain('het liefst rechtstreeks vanuit Gedeeld zonder het op te slaan');
    for (const line of ['Bewaard op (plek)', 'Wie weet waar het ligt', 'Datum', 'Paraaf'])
      expect(text).toContain(`${line}\t\t`);
  });

  it('is written in English when asked', async () => {
    const parts = await unzipDocx(await buildRecoverySheet(model, await exportT('en'), 'en'));
    expect(parts.paragraphsWithStyle('Title')).toEqual(['Recovery key']);
    expect(parts.text).toContain('Without this key a forgotten password cannot be reset');
    expect(parts.text).toContain('Delete the file after printing it');
  });
});
