// The foundation as a new user meets it: create a home, sign in, add people, lock, recover.
import { expect, test } from '@playwright/test';
import { choose } from './pages/inputs';
import { ShellPage } from './pages/ShellPage';
import { SignInPage } from './pages/SignInPage';
import { DEMO_PASSWORD, WelcomePage } from './pages/WelcomePage';

const HOME = 'Gezinshuis De Eik';
const COORDINATOR = 'Marieke Jansen';
const PASSWORD = 'zomer-appel-42';

test('create home, add staff and child, lock, wrong then right password, data kept after reload', async ({
  page,
}) => {
  const welcome = new WelcomePage(page);
  const signIn = new SignInPage(page);
  const shell = new ShellPage(page);
  await welcome.goto();
  await expect(page.getByText('Er staat nog geen huis op deze computer')).toBeVisible();
  await welcome.createHome(HOME, COORDINATOR, PASSWORD);
  await welcome.confirmRecoveryKeyStored();
  await shell.expectSignedInAs(COORDINATOR);

  const code = await shell.addStaffMember('Youssef El Amrani', 'Mentor');
  expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  await expect(page.getByRole('cell', { name: 'Youssef El Amrani', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Wacht op eerste inlog' })).toBeVisible();

  await shell.addChild({
    name: 'Sanne de Vries',
    birthDate: '2012-05-14',
    placementStart: '2026-09-01',
    legalFramework: 'OTS (ondertoezichtstelling)',
  });

  await shell.lock();
  await signIn.expectVisible(HOME);
  await expect(page.locator('body')).not.toContainText('Sanne de Vries');

  await signIn.signIn(COORDINATOR, 'verkeerd-wachtwoord');
  await expect(page.getByRole('alert')).toHaveText('Het wachtwoord klopt niet. Probeer het opnieuw.');
  await signIn.signIn(COORDINATOR, PASSWORD);
  await shell.expectSignedInAs(COORDINATOR);

  await page.reload();
  await welcome.openHome(HOME);
  await signIn.signIn(COORDINATOR, PASSWORD);
  await shell.goTo('Jeugdigen');
  await expect(page.getByRole('link', { name: 'Sanne de Vries' })).toBeVisible();

  // The failed attempt and both sign-ins are in the audit log.
  await shell.goTo('Logboek');
  await expect(page.getByRole('cell', { name: 'Mislukte inlogpoging' })).toBeVisible();
  await choose(page, 'Handeling', 'Aangemaakt');
  // Wait for the filtered list first: before it arrives, 'Dossier geopend' rows also name a Jeugdige.
  await expect(page.getByRole('cell', { name: 'Mislukte inlogpoging' })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: 'Jeugdige', exact: true })).toBeVisible();
});

test('new staff member signs in with the one-time code and chooses a password', async ({ page }) => {
  const welcome = new WelcomePage(page);
  const signIn = new SignInPage(page);
  const shell = new ShellPage(page);
  await welcome.startNewHome(HOME, COORDINATOR, PASSWORD);
  const code = await shell.addStaffMember('Femke Bakker', 'Begeleider');
  await shell.lock();

  await signIn.signInWithCode('Femke Bakker', code.toLowerCase());
  await signIn.choosePassword('femke-wachtwoord');
  await shell.expectSignedInAs('Femke Bakker');
  // A care worker sees no staff or audit pages.
  await expect(page.getByRole('link', { name: 'Medewerkers' })).toHaveCount(0);
  await shell.lock();
  await signIn.signIn('Femke Bakker', 'femke-wachtwoord');
  await shell.expectSignedInAs('Femke Bakker');
});

test('forgotten password: sign in with the recovery key and set a new password', async ({ page }) => {
  const welcome = new WelcomePage(page);
  const signIn = new SignInPage(page);
  const shell = new ShellPage(page);
  const key = await welcome.startNewHome(HOME, COORDINATOR, PASSWORD);
  // Ctrl+L works once the signed-in screens are there (they load apart from the start-up chunk).
  await shell.expectSignedInAs(COORDINATOR);
  await page.keyboard.press('Control+l');
  await signIn.expectVisible(HOME);

  await signIn.signInWithRecoveryKey(COORDINATOR, 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
  await expect(page.getByRole('alert')).toContainText('De herstelsleutel klopt niet');
  await page.getByLabel('Herstelsleutel').fill(key.toLowerCase().replaceAll('-', ' '));
  await page.getByRole('button', { name: 'Inloggen met herstelsleutel' }).click();
  await signIn.choosePassword('nieuw-wachtwoord-7');
  await shell.expectSignedInAs(COORDINATOR);

  await shell.lock();
  await signIn.signIn(COORDINATOR, PASSWORD);
  await expect(page.getByRole('alert')).toHaveText('Het wachtwoord klopt niet. Probeer het opnieuw.');
  await signIn.signIn(COORDINATOR, 'nieuw-wachtwoord-7');
  await shell.expectSignedInAs(COORDINATOR);
});

test('create-home form explains empty fields and short passwords, deleting a home needs a coordinator and its name', async ({
  page,
}) => {
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await page.getByRole('button', { name: 'Nieuw huis aanmaken' }).click();
  await page.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill('kort');
  await page.getByRole('button', { name: 'Huis aanmaken' }).click();
  await expect(page.getByText('Vul dit veld in.').first()).toBeVisible();
  await expect(page.getByText('Gebruik minstens 8 tekens.', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Annuleren' }).click();

  await welcome.createHome(HOME, COORDINATOR, PASSWORD);
  await welcome.confirmRecoveryKeyStored();
  await page.getByRole('button', { name: 'Ander huis' }).click();
  await page.getByRole('button', { name: `${HOME} verwijderen` }).click();
  const dialog = page.getByRole('dialog', { name: 'Huis verwijderen' });
  await dialog.getByLabel('Typ de naam van het huis om te bevestigen').fill(HOME);
  await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
  // Typing the name shown on screen is not enough: a coordinator of the home signs in.
  await expect(dialog.getByText('Kies je naam.')).toBeVisible();
  await choose(dialog, 'Naam van de coördinator', COORDINATOR);
  await dialog.getByLabel('Wachtwoord van de coördinator').fill('verkeerd-wachtwoord');
  await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
  await expect(dialog.getByText('Het wachtwoord klopt niet.')).toBeVisible();
  await dialog.getByLabel('Wachtwoord van de coördinator').fill(PASSWORD);
  await dialog.getByLabel('Typ de naam van het huis om te bevestigen').fill('De Eik');
  await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
  await expect(dialog.getByText('De naam klopt niet')).toBeVisible();
  await dialog.getByLabel('Typ de naam van het huis om te bevestigen').fill(HOME);
  const safetyBackup = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
  expect((await safetyBackup).suggestedFilename()).toMatch(/voor-verwijderen\.gedeeld-backup$/);
  await expect(page.getByText('Er staat nog geen huis op deze computer')).toBeVisible();
});

test('demo home opens with generated children and the demo sign-in', async ({ page }) => {
  const welcome = new WelcomePage(page);
  const signIn = new SignInPage(page);
  const shell = new ShellPage(page);
  await welcome.goto();
  await welcome.openDemoHome();
  await expect(page.getByText('Het wachtwoord is demo-wachtwoord')).toBeVisible();
  // Twelve staff, one of whom left months ago and is not on the list.
  const names = await signIn.names();
  expect(names).toHaveLength(11);
  await signIn.signIn(names[0]!, DEMO_PASSWORD);
  await shell.goTo('Jeugdigen');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(9);
});

test('locks itself after the idle minutes from the settings, leaving no personal data on screen', async ({
  page,
}) => {
  await page.clock.install();
  const welcome = new WelcomePage(page);
  const shell = new ShellPage(page);
  await welcome.startNewHome(HOME, COORDINATOR, PASSWORD);
  await shell.addChild({
    name: 'Sanne de Vries',
    birthDate: '2012-05-14',
    placementStart: '2026-09-01',
    legalFramework: 'Vrijwillig',
  });
  await shell.goTo('Instellingen');
  await page.getByLabel('Automatisch vergrendelen na (minuten)').fill('2');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('Opgeslagen.')).toBeVisible();
  await page.clock.fastForward('01:30');
  await shell.expectSignedInAs(COORDINATOR);
  await page.clock.fastForward('00:31');
  await new SignInPage(page).expectVisible(HOME);
  await expect(page.locator('body')).not.toContainText('Sanne de Vries');
});

test('switching the language to English is kept after a reload', async ({ page }) => {
  const welcome = new WelcomePage(page);
  const shell = new ShellPage(page);
  await welcome.startNewHome(HOME, COORDINATOR, PASSWORD);
  await shell.switchToEnglish();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome to Gedeeld' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('changing your own password under Instellingen asks for the current one first', async ({ page }) => {
  const welcome = new WelcomePage(page);
  const signIn = new SignInPage(page);
  const shell = new ShellPage(page);
  await welcome.startNewHome(HOME, COORDINATOR, PASSWORD);
  await shell.goTo('Instellingen');
  const card = page.getByRole('form', { name: 'Eigen wachtwoord wijzigen' });
  await card.getByLabel('Huidig wachtwoord').fill('fout-wachtwoord');
  await card.getByRole('textbox', { name: 'Nieuw wachtwoord', exact: true }).fill('herfst-peer-17');
  await card.getByLabel('Herhaal nieuw wachtwoord').fill('herfst-peer-17');
  await card.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(card.getByText('Het huidige wachtwoord klopt niet.')).toBeVisible();
  await card.getByLabel('Huidig wachtwoord').fill(PASSWORD);
  await card.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(card.getByText('Je wachtwoord is gewijzigd.')).toBeVisible();
  await shell.lock();
  await signIn.signIn(COORDINATOR, 'herfst-peer-17');
  await shell.expectSignedInAs(COORDINATOR);
});
