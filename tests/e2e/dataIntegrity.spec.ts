// Data that changes and heals, as a user meets it: an old home is updated once after sign-in, a damaged
// record is skipped and shown to the coordinator, and a screen that fails shows a calm way out.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { decodeBackup } from '../../src/data/backup/format';
import { ShellPage } from './pages/ShellPage';
import { SignInPage } from './pages/SignInPage';
import { WelcomePage } from './pages/WelcomePage';

const versions = join(import.meta.dirname, '../fixtures/versions');

/** Writes a frozen home of an earlier version into this browser's IndexedDB and lists it as a home. */
async function installFrozenHome(page: Page, version: string, name: string) {
  const dump = JSON.parse(readFileSync(join(versions, version, 'database.json'), 'utf8'));
  const home = JSON.parse(readFileSync(join(versions, version, 'home.json'), 'utf8'));
  await page.goto('/');
  await page.evaluate(
    async ({ dump, home, name }) => {
      const revive = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(revive);
        if (value && typeof value === 'object') {
          const record = value as Record<string, unknown>;
          if (typeof record.$bytes === 'string')
            return Uint8Array.from(atob(record.$bytes), (c) => c.charCodeAt(0));
          return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, revive(inner)]));
        }
        return value;
      };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(dump.name, dump.version);
        request.onupgradeneeded = () => {
          for (const store of dump.stores) {
            const created = request.result.createObjectStore(store.name, {
              keyPath: store.keyPath,
              autoIncrement: store.autoIncrement,
            });
            for (const index of store.indexes) {
              created.createIndex(index.name, index.keyPath, {
                unique: index.unique,
                multiEntry: index.multiEntry,
              });
            }
          }
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(
        dump.stores.map((store: { name: string }) => store.name),
        'readwrite',
      );
      for (const store of dump.stores)
        for (const record of store.records) tx.objectStore(store.name).put(revive(record));
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
      localStorage.setItem(
        'gedeeld.homes',
        JSON.stringify([
          { id: home.homeId, name, kind: 'smallScale', createdAt: '2026-11-01T09:00:00.000Z' },
        ]),
      );
    },
    { dump, home, name },
  );
  await page.reload();
}

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
  const backup = await decodeBackup(new Uint8Array(await readFile((await safety.path())!)), 2);
  expect(backup.manifest.reason).toBe('beforeMigration');
  // The records as they were before the update: still sealed in record format v1.
  expect(backup.tables.children!.length).toBe(5);
  expect(backup.tables.children!.every((row) => '_enc' in row && !('_sealed' in row))).toBe(true);
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(seen.some((text) => / van 10 tabellen/.test(text))).toBe(true);

  await shell.goTo('Jeugdigen');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(6);
  await shell.goTo('Logboek');
  await expect(page.getByRole('cell', { name: 'Gegevens bijgewerkt naar een nieuwe versie' })).toHaveCount(1);

  // A second sign-in does not update again.
  await shell.lock();
  await signIn.signIn('Priya Kuipers', 'demo-wachtwoord');
  await shell.goTo('Logboek');
  await expect(page.getByRole('cell', { name: 'Gegevens bijgewerkt naar een nieuwe versie' })).toHaveCount(1);
});

test('a damaged record is skipped, the rest still shows, and the coordinator sees it', async ({ page }) => {
  const welcome = new WelcomePage(page);
  const signIn = new SignInPage(page);
  const shell = new ShellPage(page);
  await welcome.goto();
  await welcome.createHome('Gezinshuis De Wilg', 'Fatima Ouali', 'herfst-peer-17');
  await welcome.confirmRecoveryKeyStored();
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
  await welcome.goto();
  await welcome.createHome('Gezinshuis De Beuk', 'Kees Visser', 'winter-kers-23');
  await welcome.confirmRecoveryKeyStored();
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
