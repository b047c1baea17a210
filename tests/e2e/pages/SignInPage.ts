// Page model of the sign-in screen: name, password or one-time code, recovery key.
import { expect, type Page } from '@playwright/test';
import { choose } from './inputs';

export class SignInPage {
  constructor(readonly page: Page) {}

  async expectVisible(homeName: string) {
    await expect(this.page.getByRole('heading', { name: `Inloggen bij ${homeName}` })).toBeVisible();
  }

  /** The names on the sign-in list, in their order. */
  async names(): Promise<string[]> {
    const field = this.page.getByRole('combobox', { name: 'Naam' });
    await field.click();
    const options = this.page.getByRole('listbox').getByRole('option');
    await expect(options.first()).toBeVisible();
    const names = await options.allTextContents();
    await field.press('Escape');
    return names;
  }

  async chooseName(name: string) {
    await choose(this.page, 'Naam', name, false);
  }

  async signIn(name: string, password: string) {
    await this.chooseName(name);
    await this.page.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  }

  async signInWithCode(name: string, code: string) {
    await this.chooseName(name);
    await this.page.getByLabel('Eenmalige code').fill(code);
    await this.page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  }

  async signInWithRecoveryKey(name: string, key: string) {
    await this.chooseName(name);
    await this.page.getByRole('button', { name: 'Wachtwoord vergeten?' }).click();
    await this.page.getByLabel('Herstelsleutel').fill(key);
    await this.page.getByRole('button', { name: 'Inloggen met herstelsleutel' }).click();
  }

  async choosePassword(password: string) {
    await expect(this.page.getByRole('heading', { name: 'Kies je wachtwoord' })).toBeVisible();
    await this.page.getByRole('textbox', { name: 'Nieuw wachtwoord', exact: true }).fill(password);
    await this.page.getByRole('textbox', { name: 'Herhaal nieuw wachtwoord' }).fill(password);
    await this.page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  }
}
