// Page models of backup, safe deletion and restore: Instellingen, the delete dialog, the restore card.
import { expect, type Download, type Page } from '@playwright/test';
import { choose } from './inputs';

export class BackupPages {
  constructor(readonly page: Page) {}

  /** Instellingen → Back-up maken; returns the downloaded file's path once the app verified it. */
  async makeBackup(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Back-up maken' }).click();
    const file = await (await download).path();
    await expect(
      this.page.getByText(/^Back-up gemaakt en gecontroleerd: gedeeld-.+\.gedeeld-backup$/),
    ).toBeVisible();
    return file;
  }

  /** Deletes a home from the welcome screen as a coordinator; returns the safety backup download. */
  async deleteHome(homeName: string, coordinator: string, password: string): Promise<Download> {
    await this.page.getByRole('button', { name: `${homeName} verwijderen` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Huis verwijderen' });
    await choose(dialog, 'Naam van de coördinator', coordinator);
    await dialog.getByLabel('Wachtwoord van de coördinator').fill(password);
    await dialog.getByLabel('Typ de naam van het huis om te bevestigen').fill(homeName);
    const safety = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
    await expect(dialog).toBeHidden();
    return safety;
  }

  async chooseBackupFile(path: string) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Bestand kiezen' }).click();
    await (await chooser).setFiles(path);
  }

  async openRestore() {
    await this.page.getByRole('button', { name: 'Back-up terugzetten' }).click();
    await expect(this.page.getByRole('heading', { name: 'Back-up terugzetten' })).toBeVisible();
  }

  async restoreWith(secret: string) {
    await this.page.getByLabel('Wachtwoord of herstelsleutel van deze back-up').fill(secret);
    await this.page.getByRole('button', { name: 'Terugzetten' }).click();
  }
}
