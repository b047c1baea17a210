// Page model of the welcome screen: homes on this computer, create a home, open the demo home.
import { expect, type Page } from '@playwright/test';
import { choose } from './inputs';
import { SignInPage } from './SignInPage';

/** The demo home's name and the one password all its staff sign in with. */
export const DEMO_HOME = 'Demohuis De Linde';
export const DEMO_PASSWORD = 'demo-wachtwoord';

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

  /** From the welcome screen to signed in as the coordinator of a new home; returns the recovery key. */
  async startNewHome(homeName: string, coordinatorName: string, password: string): Promise<string> {
    await this.goto();
    const key = await this.createHome(homeName, coordinatorName, password);
    await this.confirmRecoveryKeyStored();
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

  /** Opens the demo home (it writes a year of fictional records first) up to its sign-in screen. */
  async openDemoHome() {
    await this.page.getByRole('button', { name: 'Demohuis openen' }).click();
    await new SignInPage(this.page).expectVisible(DEMO_HOME);
  }

  /** From the welcome screen into the demo home, signed in as `name` or the first on the list; returns who. */
  async signInToDemo(name?: string): Promise<string> {
    await this.goto();
    await this.openDemoHome();
    const signIn = new SignInPage(this.page);
    const who = name ?? (await signIn.names())[0]!;
    await signIn.signIn(who, DEMO_PASSWORD);
    return who;
  }
}
