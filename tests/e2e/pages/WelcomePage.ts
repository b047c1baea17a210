// Page model of the welcome screen: homes on this computer, create a home, open the demo home.
import { expect, type Page } from '@playwright/test';
import { choose } from './inputs';

export class WelcomePage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { name: 'Welkom bij Gedeeld' })).toBeVisible();
  }

  /** Creates a home and returns the recovery key shown once. */
  async createHome(homeName: string, coordinatorName: string, password: string): Promise<string> {
    await this.page.getByRole('button', { name: 'Nieuw huis aanmaken' }).click();
    await this.page.getByLabel('Naam van het huis').fill(homeName);
    await choose(this.page, 'Soort huis', 'Gezinshuis', false);
    await this.page.getByLabel('Jouw naam').fill(coordinatorName);
    await this.page.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill(password);
    await this.page.getByRole('textbox', { name: 'Herhaal wachtwoord' }).fill(password);
    await this.page.getByRole('button', { name: 'Huis aanmaken' }).click();
    await expect(this.page.getByRole('heading', { name: 'Jouw herstelsleutel' })).toBeVisible();
    const key = (await this.page.getByTestId('recovery-key').textContent()) ?? '';
    expect(key).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    return key;
  }

  async confirmRecoveryKeyStored() {
    const next = this.page.getByRole('button', { name: 'Verder' });
    await expect(next).toBeDisabled();
    await this.page.getByLabel('Ik heb de herstelsleutel afgedrukt of veilig opgeslagen').check();
    await next.click();
  }

  async openHome(homeName: string) {
    await this.page.getByRole('button', { name: `${homeName} openen` }).click();
  }
}
