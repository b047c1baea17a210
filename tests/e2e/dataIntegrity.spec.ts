// Data that changes and heals, as a user meets it: an old home is updated once after sign-in, a damaged
// record is skipped and shown to the coordinator, and a screen that fails shows a calm way out.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { installFrozenHome } from './pages/frozenHome';
import { decodeBackup } from '../../src/data/backup/format';
import { CURRENT_SCHEMA_VERSION } from '../../src/data/migrations/schema';
import { ShellPage } from './pages/ShellPage';
import { SignInPage } from './pages/SignInPage';
import { WelcomePage } from './pages/WelcomePage';

/** Flips one byte of a stored record's ciphertext, as a damaged disk sector would. */
async function damageRecord(page: Page, table: string, index: number) {
  await page.evaluate(
    async ({ table, index }) => {
      const [home] = JSON.parse(localStorage.getItem('gedeeld.homes') ?? '[]');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(`gedeeld-home-${home.id}`);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const store = db.transaction(table, 'readwrite').objectStore(table);
      const rows = await new Promise<Record<string, Uint8Array>[]>((resolve) => {
        const request = store.getAll();
        request.onsuccess = () => resolve(request.result);
      });
      const row = rows[index]!;
      const sealed = new Uint8Array(row._sealed!);
      sealed[40] = sealed[40]! ^ 0x01;
      store.put({ ...row, _sealed: sealed });
      await new Promise((resolve) => (store.transaction.oncomplete = resolve));
      db.close();
    },
    { table, index },
  );
}

test('a home written by version 1 is updated once after sign-in and keeps all its children', async ({
  page,
}) => {
  await installFrozenHome(page, 'v1', 'Het Oude Huis');
  const welcome = new WelcomePage(page);
  const signIn = new SignInPage(page);
  const shell = new ShellPage(page);
  await welcome.openHome('Het Oude Huis');
  // Record every progress text the update screen shows (it may pass quickly).
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.body.innerText.match(/Gegevens bijwerken… \d+ van \d+ tabellen/);
      if (text) seen.push(text[0]);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const safetyBackup = page.waitForEvent('download');
  await signIn.signIn('Priya Kuipers', 'demo-wachtwoord');
  await shell.expectSignedInAs('Priya Kuipers');
  // Before the update a safety backup of the home as version 1 wrote it was made and verified.
  const safety = await safetyBackup;
  expect(safety.suggestedFilename()).toMatch(/^gedeeld-hoh-.+-voor-update\.gedeeld-backup$/);
  const backup = await decodeBackup(
    new Uint8Array(await readFile((await safety.path())!)),
    CURRENT_SCHEMA_VERSION,
  );
  expect(backup.manifest.reason).toBe('beforeMigration');
  // The records as they were before the update: still sealed in record format v1.
  expect(backup.tables.children!.length).toBe(5);
  expect(backup.tables.children!.every((row) => '_enc' in row && !('_sealed' in row))).toBe(true);
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(seen.some((text) => / van 14 tabellen/.test(text))).toBe(true);

  await shell.goTo('Jeugdigen');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(6);
  await shell.goTo('Logboek');
  // Four content migrations ran: record format v2, the dashboard indexes of version 3, the schools of
  // version 4 and the role assignments of version 5.
  await expect(page.getByRole('cell', { name: 'Gegevens bijgewerkt naar een nieuwe versie' })).toHaveCount(4);

  // A second sign-in does not update again.
  await shell.lock();
  await signIn.signIn('Priya Kuipers', 'demo-wachtwoord');
  await shell.goTo('Logboek');
  await expect(page.getByRole('cell', { name: 'Gegevens bijgewerkt naar een nieuwe versie' })).toHaveCount(4);
});

test('a damaged record is skipped, the rest still shows, and the coordinator sees it', async ({ page }) => {
  const welcome = new WelcomePage(page);
  const signIn = new SignInPage(page);
  const shell = new ShellPage(page);
  await welcome.startNewHome('Gezinshuis De Wilg', 'Fatima Ouali', 'herfst-peer-17');
  for (const name of ['Lotte Smit', 'Mees de Boer']) {
    await shell.addChild({
      name,
      birthDate: '2013-03-02',
      placementStart: '2026-08-01',
      legalFramework: 'Vrijwillig',
    });
  }
  await shell.lock();
  await damageRecord(page, 'children', 0);
  await signIn.signIn('Fatima Ouali', 'herfst-peer-17');
  await shell.goTo('Overzicht');
  await expect(page.getByRole('heading', { name: 'Overzicht', level: 1 })).toBeVisible();
  await shell.goTo('Jeugdigen');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  await shell.goTo('Instellingen');
  const card = page.getByRole('region', { name: 'Beschadigde records' });
  await expect(card.getByText('1 beschadigd record')).toBeVisible();
  await expect(card.getByRole('cell', { name: 'Jeugdige' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Opslag op deze computer' })).toContainText('In gebruik:');
});

test('a screen that fails to render shows a calm message with Vergrendelen', async ({ page }) => {
  const welcome = new WelcomePage(page);
  const signIn = new SignInPage(page);
  const shell = new ShellPage(page);
  await welcome.startNewHome('Gezinshuis De Beuk', 'Kees Visser', 'winter-kers-23');
  await page.goto('/#/__test/crash');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Dit scherm kon niet worden getoond' })).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Opnieuw laden' })).toBeVisible();
  // The rest of the app still works: another route renders normally.
  await shell.goTo('Instellingen');
  await expect(page.getByRole('heading', { name: 'Instellingen', level: 1 })).toBeVisible();
  await page.goto('/#/__test/crash');
  await alert.getByRole('button', { name: 'Vergrendelen' }).click();
  await signIn.expectVisible('Gezinshuis De Beuk');
});
