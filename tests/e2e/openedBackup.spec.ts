// A backup file the app is opened with (double-click) lands on the restore screen, already chosen.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { BackupPages } from './pages/BackupPages';
import { ShellPage } from './pages/ShellPage';
import { WelcomePage } from './pages/WelcomePage';

const HOME = 'Gezinshuis De Eik';
const PASSWORD = 'zomer-appel-42';

test('a backup file opened with the app shows its manifest on the restore screen, ready for the password', async ({
  page,
}) => {
  const welcome = new WelcomePage(page);
  const backup = new BackupPages(page);
  await welcome.goto();
  await welcome.createHome(HOME, 'Marieke Jansen', PASSWORD);
  await welcome.confirmRecoveryKeyStored();
  await new ShellPage(page).goTo('Instellingen');
  const file = await backup.makeBackup();
  const fileName = 'gedeeld-gde-van-de-usb-stick.gedeeld-backup';

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welkom bij Gedeeld' })).toBeVisible();
  const base64 = (await readFile(file)).toString('base64');
  // The shell's double-click, as the browser build's test hook hands it over.
  const accepted = await page.evaluate(([name, bytes]) => window.__gedeeldTest?.openBackupFile(name, bytes), [
    fileName,
    base64,
  ] as const);
  expect(accepted).toBe(true);

  await expect(page.getByRole('heading', { name: 'Back-up terugzetten' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Wat zit er in deze back-up' })).toBeVisible();
  await expect(page.getByRole('row', { name: `Bestand ${fileName}` })).toBeVisible();
  await expect(page.getByRole('row', { name: `Huis ${HOME}` })).toBeVisible();
  await expect(page.getByLabel('Wachtwoord of herstelsleutel van deze back-up')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bestand kiezen', exact: true })).toHaveCount(0);

  // The home is on this PC already: restoring asks for its name, then the backup's password.
  await page.getByLabel('Typ de naam van het huis om het te vervangen').fill(HOME);
  await backup.restoreWith(PASSWORD);
  await expect(
    page.getByText(`De back-up van ${HOME} is teruggezet en elk record is gecontroleerd.`),
  ).toBeVisible();
});

test('a file that is not a backup, opened with the app, is refused on the restore screen with the reason', async ({
  page,
}) => {
  const welcome = new WelcomePage(page);
  await welcome.goto();
  const base64 = Buffer.from('PK\u0003\u0004 dit is een Word-document').toString('base64');
  await page.evaluate(([name, bytes]) => window.__gedeeldTest?.openBackupFile(name, bytes), [
    'verkeerd.gedeeld-backup',
    base64,
  ] as const);
  await expect(page.getByRole('heading', { name: 'Back-up terugzetten' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(
    'Dit is geen back-up van Gedeeld. Kies een bestand dat eindigt op .gedeeld-backup.',
  );
  await expect(page.getByRole('button', { name: 'Bestand kiezen', exact: true })).toBeVisible();
});
