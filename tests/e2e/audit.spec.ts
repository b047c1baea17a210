// The Logboek checks its hash chain and shows which child each entry is about.
import { expect, test } from '@playwright/test';
import { AuditLogPage } from './pages/AuditLogPage';
import { ShellPage } from './pages/ShellPage';
import { WelcomePage } from './pages/WelcomePage';

const COORDINATOR = 'Koen Vos';
const LEAVER = 'Bram Dijkstra';

test('the demo coordinator removes a colleague, sees an intact Logboek and filters it by child', async ({
  page,
}) => {
  const welcome = new WelcomePage(page);
  const shell = new ShellPage(page);
  const log = new AuditLogPage(page);
  await welcome.signInToDemo(COORDINATOR);
  await shell.expectSignedInAs(COORDINATOR);

  // Open two children's files: each opening is logged once.
  await shell.goTo('Jeugdigen');
  const links = page.getByRole('table', { name: 'Jeugdigen' }).getByRole('link');
  const first = (await links.nth(0).textContent()) ?? '';
  const second = (await links.nth(1).textContent()) ?? '';
  await links.nth(0).click();
  await expect(page.getByRole('heading', { name: first, level: 1 })).toBeVisible();
  await shell.goTo('Jeugdigen');
  await page.getByRole('table').getByRole('link', { name: second, exact: true }).click();
  await expect(page.getByRole('heading', { name: second, level: 1 })).toBeVisible();
  await shell.goTo('Jeugdigen');
  await page.getByRole('table').getByRole('link', { name: first, exact: true }).click();
  await expect(page.getByRole('heading', { name: first, level: 1 })).toBeVisible();

  // Remove a colleague: no access any more, their name stays in the list.
  await shell.goTo('Medewerkers');
  await page.getByRole('button', { name: `${LEAVER} verwijderen` }).click();
  const dialog = page.getByRole('dialog', { name: 'Medewerker verwijderen' });
  await dialog.getByRole('button', { name: 'Toegang beëindigen' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(LEAVER) })).toContainText('Vertrokken');

  await shell.goTo('Logboek');
  await log.expectIntact();
  await expect(page.getByRole('cell', { name: 'Ingelogd', exact: true })).toBeVisible();
  // Two removals: the demo's colleague whose end date had passed (at sign-in) and Bram, just now.
  await expect(page.getByRole('cell', { name: 'Medewerker verwijderd' })).toHaveCount(2);

  await log.filterByChild(first);
  await expect(log.rows()).toHaveCount(1);
  await expect(log.rows().first()).toContainText('Dossier geopend');
  await expect(log.rows().first()).toContainText(first);
  await expect(page.getByRole('cell', { name: second })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: 'Ingelogd', exact: true })).toHaveCount(0);
  await log.expectIntact();

  // Someone with the files deletes entry 2 (a file opening): the Logboek says where and how it breaks.
  await page.evaluate(async () => {
    const [home] = (await indexedDB.databases()).filter((db) => db.name?.startsWith('gedeeld-home-'));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(home!.name!);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('auditLog', 'readwrite');
      const store = tx.objectStore('auditLog');
      store.index('seq').getKey(2).onsuccess = (event) =>
        store.delete((event.target as IDBRequest<IDBValidKey>).result);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  // Away from the Logboek and back, each screen shown before the next click: the router navigates in a
  // transition, so a second click while the first screen still loads would keep the old Logboek mounted.
  await shell.goTo('Overzicht');
  await expect(page.getByRole('heading', { name: 'Overzicht', level: 1 })).toBeVisible();
  await shell.goTo('Logboek');
  await expect(page.getByRole('alert')).toContainText('Logboek niet intact');
  await expect(page.getByRole('alert')).toContainText(
    'Vanaf regel 2 klopt het logboek niet: regel verwijderd.',
  );
});
