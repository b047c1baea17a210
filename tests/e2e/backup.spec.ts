// A coordinator backs the home up, deletes it, and restores it from the downloaded file: same data.
import { writeFile } from 'node:fs/promises';
import { choose, fillDate } from './pages/inputs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BackupPages } from './pages/BackupPages';
import { ChildPages } from './pages/ChildPages';
import { ShellPage } from './pages/ShellPage';
import { SignInPage } from './pages/SignInPage';
import { WelcomePage } from './pages/WelcomePage';

const HOME = 'Gezinshuis De Eik';
const COORDINATOR = 'Marieke Jansen';
const PASSWORD = 'zomer-appel-42';
const CHILD = 'Sanne de Vries';
const AGREEMENT = 'Doordeweeks om 21:00 naar bed';

test('backup, delete as coordinator, restore from the downloaded file, sign in: same children and agreements', async ({
  page,
}) => {
  const welcome = new WelcomePage(page);
  const shell = new ShellPage(page);
  const signIn = new SignInPage(page);
  const backup = new BackupPages(page);
  const child = new ChildPages(page);

  await welcome.startNewHome(HOME, COORDINATOR, PASSWORD);
  const carer = await shell.addStaffMember('Femke Bakker', 'Begeleider');
  await shell.addChild({
    name: CHILD,
    birthDate: '2012-05-14',
    placementStart: '2026-09-01',
    legalFramework: 'OTS (ondertoezichtstelling)',
  });
  await child.addParent({ name: 'Ingrid de Vries', relation: 'Moeder', authority: true });
  await child.addStarterAgreement('Bedtijden', AGREEMENT, ['Groepsleiding'], ['Ingrid de Vries']);

  // No backup yet: the coordinator's dashboard says so.
  await shell.goTo('Overzicht');
  await expect(page.getByText('Er is nog nooit een back-up van dit huis gemaakt.')).toBeVisible();
  await shell.goTo('Instellingen');
  await expect(page.getByText('Er is nog geen gecontroleerde back-up gemaakt.')).toBeVisible();
  const file = await backup.makeBackup();
  await expect(page.getByText(/^Laatste gecontroleerde back-up: /)).toBeVisible();
  await shell.goTo('Overzicht');
  await expect(page.getByText('Er is nog nooit een back-up van dit huis gemaakt.')).toHaveCount(0);

  // A care worker cannot delete the home; a coordinator can, after a safety backup.
  await shell.lock();
  await signIn.signInWithCode('Femke Bakker', carer);
  await signIn.choosePassword('femke-wachtwoord');
  await page.getByRole('button', { name: 'Ander huis' }).click();
  await page.getByRole('button', { name: `${HOME} verwijderen` }).click();
  const dialog = page.getByRole('dialog', { name: 'Huis verwijderen' });
  await choose(dialog, 'Naam van de coördinator', 'Femke Bakker');
  await dialog.getByLabel('Wachtwoord van de coördinator').fill('femke-wachtwoord');
  await dialog.getByLabel('Typ de naam van het huis om te bevestigen').fill(HOME);
  await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
  await expect(
    dialog.getByText('Alleen een coördinator van dit huis kan het verwijderen.').last(),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Annuleren' }).click();

  const safety = await backup.deleteHome(HOME, COORDINATOR, PASSWORD);
  expect(safety.suggestedFilename()).toMatch(
    /^gedeeld-gde-\d{4}-\d{2}-\d{2}-\d{6}-voor-verwijderen\.gedeeld-backup$/,
  );
  await expect(page.getByText('Er staat nog geen huis op deze computer')).toBeVisible();

  // Another app's file is refused with a clear message, and nothing changes.
  await backup.openRestore();
  const foreign = join(tmpdir(), `niet-een-backup-${Date.now()}.gedeeld-backup`);
  await writeFile(foreign, 'PK\u0003\u0004 dit is een Word-document');
  await backup.chooseBackupFile(foreign);
  await expect(page.getByRole('alert')).toHaveText(
    'Dit is geen back-up van Gedeeld. Kies een bestand dat eindigt op .gedeeld-backup.',
  );

  // The real backup: the manifest first, then the password of that backup.
  await backup.chooseBackupFile(file);
  await expect(page.getByRole('heading', { name: 'Wat zit er in deze back-up' })).toBeVisible();
  await expect(page.getByText(HOME, { exact: true })).toBeVisible();
  await expect(page.getByText('Handmatige back-up')).toBeVisible();
  await backup.restoreWith('niet-het-wachtwoord');
  await expect(
    page.getByText('Dit wachtwoord of deze herstelsleutel past niet bij deze back-up.'),
  ).toBeVisible();
  await backup.restoreWith(PASSWORD);
  await expect(
    page.getByText(`De back-up van ${HOME} is teruggezet en elk record is gecontroleerd.`),
  ).toBeVisible();
  await expect(page.getByText(`Deze back-up is gemaakt door ${COORDINATOR}.`)).toBeVisible();
  await page.getByRole('button', { name: 'Naar inloggen' }).click();

  await signIn.expectVisible(HOME);
  await signIn.signIn(COORDINATOR, PASSWORD);
  await shell.expectSignedInAs(COORDINATOR);
  await shell.goTo('Jeugdigen');
  await expect(page.getByRole('heading', { name: 'Jeugdigen', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: CHILD }).first().click();
  await child.tab('Afspraken');
  await expect(page.getByText(AGREEMENT)).toBeVisible();

  // After a reload the restored home is still listed and opens.
  await page.reload();
  await expect(page.getByRole('button', { name: `${HOME} openen` })).toBeVisible();
});

test('a coordinator destroys an ended placement early on a recorded request; only the audit entry stays', async ({
  page,
}) => {
  const welcome = new WelcomePage(page);
  const shell = new ShellPage(page);
  const child = new ChildPages(page);
  await welcome.startNewHome(HOME, COORDINATOR, PASSWORD);
  await shell.addChild({
    name: CHILD,
    birthDate: '2012-05-14',
    placementStart: '2026-01-05',
    legalFramework: 'OTS (ondertoezichtstelling)',
  });
  await child.addParent({ name: 'Ingrid de Vries', relation: 'Moeder', authority: true });
  await child.tab('Gegevens');
  await page.getByRole('link', { name: 'Gegevens bewerken' }).click();
  await page.getByLabel('Plaatsing beëindigd op').fill('2026-11-01');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { name: CHILD, level: 1 })).toBeVisible();

  await shell.goTo('Instellingen');
  const card = page.getByRole('region', { name: 'Bewaartermijn en vernietigen' });
  await expect(card.getByRole('cell', { name: CHILD, exact: true })).toBeVisible();
  await expect(card.getByRole('cell', { name: '1-11-2046' })).toBeVisible();
  await card.getByRole('button', { name: 'Vernietigen op verzoek' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dossier vernietigen' });
  await choose(dialog, 'Verzoek gedaan door', 'De jeugdige');
  await fillDate(dialog, 'Datum van het verzoek', '2026-11-20');
  await dialog.getByLabel('Typ de naam van de jeugdige om te bevestigen').fill(CHILD);
  await dialog.getByRole('button', { name: 'Definitief vernietigen' }).click();
  await expect(dialog.getByText(/Vink beide controles aan/)).toBeVisible();
  await dialog.getByLabel(/aanmerkelijk belang/).check();
  await dialog.getByLabel(/wettelijke plicht/).check();
  await dialog.getByRole('button', { name: 'Definitief vernietigen' }).click();
  await expect(page.getByText('Het dossier is vernietigd.', { exact: false })).toBeVisible();
  await expect(card.getByText('Er zijn geen beëindigde plaatsingen.')).toBeVisible();

  await shell.goTo('Jeugdigen');
  await expect(page.getByRole('link', { name: CHILD })).toHaveCount(0);
  await shell.goTo('Logboek');
  await expect(page.getByRole('cell', { name: 'Dossier vernietigd' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(CHILD);
});

test('restoring onto this computer where the home already is: typed name, safety backup, then replaced', async ({
  page,
}) => {
  const welcome = new WelcomePage(page);
  const shell = new ShellPage(page);
  const signIn = new SignInPage(page);
  const backup = new BackupPages(page);
  const recoveryKey = await welcome.startNewHome(HOME, COORDINATOR, PASSWORD);
  await shell.addChild({
    name: CHILD,
    birthDate: '2012-05-14',
    placementStart: '2026-09-01',
    legalFramework: 'OTS (ondertoezichtstelling)',
  });
  await shell.goTo('Instellingen');
  const file = await backup.makeBackup();
  await shell.addChild({
    name: 'Daan Visser',
    birthDate: '2011-03-02',
    placementStart: '2026-10-01',
    legalFramework: 'Vrijwillig',
  });
  await page.getByRole('button', { name: 'Ander huis' }).click();

  await backup.openRestore();
  await backup.chooseBackupFile(file);
  await expect(page.getByText(`${HOME} staat al op deze computer.`, { exact: false })).toBeVisible();
  await backup.restoreWith(recoveryKey.toLowerCase());
  await expect(page.getByText('De naam klopt niet. Typ de naam precies zoals hierboven.')).toBeVisible();
  await page.getByLabel('Typ de naam van het huis om het te vervangen').fill(HOME);
  const safety = page.waitForEvent('download');
  await backup.restoreWith(recoveryKey.toLowerCase());
  expect((await safety).suggestedFilename()).toMatch(/voor-terugzetten\.gedeeld-backup$/);
  await expect(
    page.getByText(`De back-up van ${HOME} is teruggezet en elk record is gecontroleerd.`),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Naar inloggen' }).click();

  await signIn.signIn(COORDINATOR, PASSWORD);
  await shell.goTo('Jeugdigen');
  await expect(page.getByRole('heading', { name: 'Jeugdigen', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: CHILD }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Daan Visser' })).toHaveCount(0);
});
