// Page model of the signed-in app: navigation, lock, staff and children lists.
import { expect, type Page } from '@playwright/test';
import { choose, fillDate } from './inputs';

export class ShellPage {
  constructor(readonly page: Page) {}

  async expectSignedInAs(name: string) {
    await expect(this.page.getByText(`Ingelogd als ${name}`)).toBeVisible();
  }

  async goTo(section: 'Overzicht' | 'Jeugdigen' | 'Medewerkers' | 'Logboek' | 'Instellingen') {
    await this.page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: section })
      .click();
  }

  /** Switches the app to English under Instellingen (the labels turn English with the choice). */
  async switchToEnglish() {
    await this.goTo('Instellingen');
    await this.page.getByRole('combobox', { name: 'Taal' }).click();
    await this.page.getByRole('option', { name: 'English' }).click();
    await expect(this.page.getByRole('link', { name: 'Young people' })).toBeVisible();
  }

  async lock() {
    await this.page.getByRole('button', { name: 'Vergrendelen' }).click();
  }

  /** Adds a staff member and returns the one-time code shown once. */
  async addStaffMember(name: string, role: string): Promise<string> {
    await this.goTo('Medewerkers');
    await this.page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
    const drawer = this.page.getByRole('dialog', { name: 'Nieuwe medewerker' });
    await drawer.getByRole('textbox', { name: 'Naam' }).fill(name);
    await choose(drawer, 'Rol', role, false);
    await drawer.getByRole('button', { name: 'Opslaan' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Eenmalige code' });
    await expect(dialog).toBeVisible();
    const code = (await dialog.getByTestId('one-time-code').textContent()) ?? '';
    await dialog.getByRole('button', { name: 'Sluiten', exact: true }).click();
    return code;
  }

  async addChild(child: { name: string; birthDate: string; placementStart: string; legalFramework: string }) {
    await this.goTo('Jeugdigen');
    await this.page.getByRole('link', { name: 'Jeugdige toevoegen' }).first().click();
    const form = this.page.getByRole('form', { name: 'Nieuwe jeugdige' });
    await form.getByLabel('Naam').fill(child.name);
    await fillDate(form, /^Geboortedatum/, child.birthDate);
    await fillDate(form, /^Start plaatsing/, child.placementStart);
    await choose(form, /^Juridisch kader/, child.legalFramework);
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect(this.page.getByRole('heading', { name: child.name, level: 1 })).toBeVisible();
  }
}
