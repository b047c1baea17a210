// Flows 8 and 9 of issue 12, and the stages before sign-in: staff who left are off the sign-in list,
// the Logboek names the child of each entry, and locking or switching homes leaves no connection open.
import { expect, test, type Page } from '@playwright/test';
import { AuditLogPage } from './pages/AuditLogPage';
import { choose, fillDate } from './pages/inputs';
import { ShellPage } from './pages/ShellPage';
import { SignInPage } from './pages/SignInPage';
import { WelcomePage } from './pages/WelcomePage';

const HOME = 'Gezinshuis De Wilg';
const COORDINATOR = 'Anouk Smit';
const PASSWORD = 'lente-peer-55';

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

test('a colleague whose last day has passed is off the sign-in list before anyone signs in again', async ({
  page,
}) => {
  await page.clock.install();
  const welcome = new WelcomePage(page);
  const signIn = new SignInPage(page);
  const shell = new ShellPage(page);
  await welcome.goto();
  // The create-home form names the password rule with its number, never a raw placeholder.
  await page.getByRole('button', { name: 'Nieuw huis aanmaken' }).click();
  await expect(page.getByText('Minstens 8 tekens.')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('{{');
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await welcome.createHome(HOME, COORDINATOR, PASSWORD);
  await welcome.confirmRecoveryKeyStored();
  await shell.addStaffMember('Femke Bakker', 'Begeleider');
  await shell.addStaffMember('Sem de Boer', 'Mentor');

  // Sem's last day is tomorrow: he stays on the list until then.
  const now = await page.evaluate(() => Date.now());
  await page.getByRole('button', { name: 'Sem de Boer bewerken' }).click();
  const drawer = page.getByRole('dialog', { name: 'Medewerker bewerken' });
  await fillDate(drawer, 'Actief tot', isoDay(now + 86_400_000));
  await drawer.getByRole('button', { name: 'Opslaan' }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByRole('row', { name: /Sem de Boer/ })).toContainText('Wacht op eerste inlog');
  await shell.lock();
  expect(await signIn.names()).toEqual(['Anouk Smit', 'Femke Bakker', 'Sem de Boer']);

  // Two days later, before anyone signs in: Sem is no longer on the sign-in list.
  await page.clock.setSystemTime(now + 2 * 86_400_000);
  await page.getByRole('button', { name: 'Ander huis kiezen' }).click();
  await welcome.openHome(HOME);
  await signIn.expectVisible(HOME);
  expect(await signIn.names()).toEqual(['Anouk Smit', 'Femke Bakker']);

  // The coordinator sees him as left, with his name kept; no new code is offered for him.
  await signIn.signIn(COORDINATOR, PASSWORD);
  await shell.goTo('Medewerkers');
  const row = page.getByRole('row', { name: /Sem de Boer/ });
  await expect(row).toContainText('Vertrokken');
  await expect(row.getByRole('button', { name: /Nieuwe eenmalige code/ })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Femke Bakker/ })).toContainText('Wacht op eerste inlog');
});

test('the staff form checks its dates at the field and keeps what was typed', async ({ page }) => {
  const welcome = new WelcomePage(page);
  const shell = new ShellPage(page);
  await welcome.startNewHome(HOME, COORDINATOR, PASSWORD);
  await shell.goTo('Medewerkers');
  await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
  const drawer = page.getByRole('dialog', { name: 'Nieuwe medewerker' });
  await drawer.getByRole('textbox', { name: 'Naam' }).fill('Lotte Visser');
  await choose(drawer, 'Rol', 'Gedragswetenschapper', false);
  await fillDate(drawer, /^Actief vanaf/, '2026-03-01');
  await fillDate(drawer, 'Actief tot', '2026-02-01');
  await drawer.getByRole('button', { name: 'Opslaan' }).click();
  await expect(drawer.getByText('De einddatum ligt vóór de begindatum.')).toBeVisible();
  await expect(drawer.getByRole('textbox', { name: 'Naam' })).toHaveValue('Lotte Visser');
  await fillDate(drawer, 'Actief tot', '');
  await drawer.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('dialog', { name: 'Eenmalige code' })).toBeVisible();
  await page
    .getByRole('dialog', { name: 'Eenmalige code' })
    .getByRole('button', { name: 'Sluiten', exact: true })
    .click();
  await expect(page.getByRole('row', { name: /Lotte Visser/ })).toContainText('Gedragswetenschapper');
  await expect(page.getByRole('row', { name: /Lotte Visser/ })).toContainText('01-03-2026');
});

test('the Logboek names the child of each entry and filters by child', async ({ page }) => {
  const welcome = new WelcomePage(page);
  const shell = new ShellPage(page);
  const log = new AuditLogPage(page);
  await welcome.signInToDemo('Koen Vos');
  await shell.goTo('Jeugdigen');
  // The list sorts itself once its status columns are read: pick a child after that.
  const children = page.getByRole('table', { name: 'Jeugdigen' });
  await expect(children.getByText('Contact ouders')).toBeVisible();
  await children.getByRole('link').first().click();
  await expect(page.getByRole('tablist', { name: 'Onderdelen' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Jeugdigen');
  const child = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';

  await shell.goTo('Logboek');
  await log.expectIntact();
  const opened = log.rows().filter({ hasText: 'Dossier geopend' });
  await expect(opened).toHaveCount(1);
  // The entry shows the child's name (decrypted on screen), which leads to the child's file.
  await expect(opened.getByRole('link', { name: child })).toBeVisible();
  await log.filterByChild(child);
  await expect(log.rows()).toHaveCount(1);
  await expect(page.getByRole('cell', { name: 'Ingelogd', exact: true })).toHaveCount(0);
  await opened.getByRole('link', { name: child }).click();
  await expect(page.getByRole('heading', { name: child, level: 1 })).toBeVisible();
});

/** Counts open IndexedDB connections per database, as the page opens and closes them. */
async function countConnections(page: Page) {
  await page.addInitScript(() => {
    const open = new Map<string, number>();
    (window as unknown as { __openConnections: Map<string, number> }).__openConnections = open;
    const originalOpen = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
      const request = originalOpen.call(this, name, version);
      request.addEventListener('success', () => {
        open.set(name, (open.get(name) ?? 0) + 1);
        const db = request.result;
        let closed = false;
        const originalClose = db.close.bind(db);
        db.close = () => {
          if (!closed) open.set(name, (open.get(name) ?? 1) - 1);
          closed = true;
          originalClose();
        };
      });
      return request;
    } as typeof IDBFactory.prototype.open;
  });
  return async () =>
    page.evaluate(() =>
      [...(window as unknown as { __openConnections: Map<string, number> }).__openConnections.entries()]
        .filter(([name]) => name.startsWith('gedeeld-home-'))
        .reduce((sum, [, count]) => sum + count, 0),
    );
}

test('locking and switching homes again and again leaves one connection at most, and no notice', async ({
  page,
}) => {
  const openConnections = await countConnections(page);
  const welcome = new WelcomePage(page);
  const signIn = new SignInPage(page);
  const shell = new ShellPage(page);
  await welcome.startNewHome(HOME, COORDINATOR, PASSWORD);
  await shell.expectSignedInAs(COORDINATOR);
  for (let round = 0; round < 3; round++) {
    await shell.lock();
    await signIn.expectVisible(HOME);
    // Only the sign-in screen's own connection (once it read the names) is open.
    await expect(page.getByRole('combobox', { name: 'Naam' })).toHaveValue(COORDINATOR);
    expect(await openConnections()).toBeLessThanOrEqual(1);
    // Ctrl+L on the sign-in screen does nothing more.
    await page.keyboard.press('Control+l');
    await page.getByRole('button', { name: 'Ander huis kiezen' }).click();
    await expect(page.getByRole('heading', { name: 'Welkom bij Gedeeld' })).toBeVisible();
    await expect.poll(openConnections).toBe(0);
    await welcome.openHome(HOME);
    await signIn.signIn(COORDINATOR, PASSWORD);
    await shell.expectSignedInAs(COORDINATOR);
    // Signed in: the session's connection and nothing left over from the sign-in screen.
    await expect.poll(openConnections).toBe(1);
    await page.getByRole('button', { name: 'Ander huis' }).click();
    await expect(page.getByRole('heading', { name: 'Welkom bij Gedeeld' })).toBeVisible();
    await expect.poll(openConnections).toBe(0);
    await welcome.openHome(HOME);
    await signIn.signIn(COORDINATOR, PASSWORD);
    await shell.expectSignedInAs(COORDINATOR);
  }
  await expect(page.getByText(/ander venster/)).toHaveCount(0);
});
