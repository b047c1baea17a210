// Takes a screenshot of each main screen of the demo home (fictional data) at 1366×768.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { installFrozenHome } from '../e2e/pages/frozenHome';
import { choose } from '../e2e/pages/inputs';
import { SignInPage } from '../e2e/pages/SignInPage';

const folder = join(import.meta.dirname, '../../screenshots');
mkdirSync(folder, { recursive: true });
let count = 0;

async function shot(page: Page, name: string, fullPage = false) {
  await page.waitForLoadState('networkidle');
  // A screen still reading its records says so; shoot what people see once it is done.
  await expect(page.getByText('Bezig met laden…')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByText('Loading…')).toHaveCount(0, { timeout: 30_000 });
  // Drawers slide in: shoot once every transition has finished.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.screenshot({ path: join(folder, `${String(++count).padStart(2, '0')}-${name}.png`), fullPage });
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name }).click();

test('every main screen', async ({ page }) => {
  await page.goto('/');
  await shot(page, 'welcome');
  await page.getByRole('button', { name: 'Demohuis openen' }).click();
  await expect(page.getByLabel('Naam').locator('option')).toHaveCount(13);
  await shot(page, 'sign-in');
  const names = await page.getByLabel('Naam').locator('option').allTextContents();
  // The demo's first coordinator, so every coordinator screen can be shown.
  let signedIn = false;
  for (const name of names.slice(1)) {
    await new SignInPage(page).signIn(name, 'demo-wachtwoord');
    await expect(page.getByRole('button', { name: 'Vergrendelen' })).toBeVisible();
    if (
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Logboek' }).count()
    ) {
      signedIn = true;
      break;
    }
    await page.getByRole('button', { name: 'Vergrendelen' }).click();
  }
  expect(signedIn).toBe(true);
  await shot(page, 'dashboard', true);
  await nav(page, 'Jeugdigen');
  await shot(page, 'children');
  await page.getByRole('table').getByRole('link').first().click();
  for (const tab of [
    'Overzicht',
    'Gezin en netwerk',
    'Afspraken',
    'Doelen',
    'Contact',
    'Evaluaties',
    'Documenten',
    'Gegevens',
  ]) {
    await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: tab }).click();
    // A tab loads on first use: wait for its own heading, not the loading line before it.
    await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
    await shot(page, `child-${tab.toLowerCase().replaceAll(' ', '-')}`);
  }
  await nav(page, 'Medewerkers');
  await shot(page, 'staff');
  await nav(page, 'Logboek');
  await shot(page, 'audit-log');
  await nav(page, 'Instellingen');
  await page.getByRole('heading', { name: 'Beschadigde records' }).waitFor();
  await page.getByRole('heading', { name: 'Opslag op deze computer' }).waitFor();
  await shot(page, 'settings', true);
  await page.goto('/#/__test/crash');
  await shot(page, 'error-boundary');
});

test('the update screen of a home written by version 1', async ({ page }) => {
  await installFrozenHome(page, 'v1', 'Het Oude Huis');
  await page.getByRole('button', { name: 'Het Oude Huis openen' }).click();
  await page.getByLabel('Naam').selectOption({ label: 'Priya Kuipers' });
  await page.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill('demo-wachtwoord');
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  // The update of this small home passes in a moment (after its safety backup): catch its progress bar
  // when it is there; on a fast machine the shot may show the dashboard right after it instead.
  await Promise.race([
    page.locator('progress').waitFor(),
    page.getByRole('button', { name: 'Vergrendelen' }).waitFor(),
  ]);
  await page.screenshot({ path: join(folder, `${String(++count).padStart(2, '0')}-updating-data.png`) });
});

/** The collaboration tabs of a demo child with their drawers open, in Dutch and then in English. */
test('collaboration tabs and their drawers, nl and en', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Demohuis openen' }).click();
  await new SignInPage(page).signIn('Bram Dijkstra', 'demo-wachtwoord');
  await expect(page.getByRole('button', { name: /Vergrendelen|Lock/ })).toBeVisible({ timeout: 60_000 });
  for (const language of ['nl', 'en'] as const) {
    const tabs =
      language === 'nl'
        ? ['Afspraken', 'Doelen', 'Contact', 'Evaluaties', 'Documenten']
        : ['Agreements', 'Goals', 'Contacts', 'Evaluations', 'Documents'];
    const menu = language === 'nl' ? 'Hoofdmenu' : 'Main menu';
    const parts = language === 'nl' ? 'Onderdelen' : 'Sections';
    await page
      .getByRole('navigation', { name: menu })
      .getByRole('link', { name: language === 'nl' ? 'Jeugdigen' : 'Young people' })
      .click();
    await page.getByRole('table').getByRole('link').first().click();
    for (const tab of tabs) {
      await page.getByRole('navigation', { name: parts }).getByRole('link', { name: tab }).click();
      await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
      await shot(page, `${language}-collab-${tab.toLowerCase()}`);
    }
    // One drawer of each kind: a contact in full, a new contact, an agreement review or edit, an evaluation.
    await page.getByRole('navigation', { name: parts }).getByRole('link', { name: tabs[2]! }).click();
    await page
      .getByRole('button', { name: language === 'nl' ? /bekijken$/ : /^View contact/ })
      .first()
      .click();
    await shot(page, `${language}-collab-contact-details`);
    await page.keyboard.press('Escape');
    await page
      .getByRole('button', {
        name: language === 'nl' ? 'Contactmoment vastleggen' : /Log a contact|Record a contact/,
      })
      .click();
    await shot(page, `${language}-collab-contact-form`);
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: parts }).getByRole('link', { name: tabs[0]! }).click();
    await page
      .getByRole('table')
      .getByRole('button', { name: language === 'nl' ? /^Wijzigen: / : /^Change: / })
      .first()
      .click();
    await shot(page, `${language}-collab-agreement-form`);
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: parts }).getByRole('link', { name: tabs[3]! }).click();
    await page
      .getByRole('button', {
        name: language === 'nl' ? 'Evaluatie vastleggen' : /Record an evaluation|Record evaluation/,
      })
      .click();
    await shot(page, `${language}-collab-evaluation-form`);
    await page.keyboard.press('Escape');
    if (language === 'nl') {
      await page.getByRole('navigation', { name: menu }).getByRole('link', { name: 'Instellingen' }).click();
      await choose(page, /^Taal/, 'English');
      await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
    }
  }
});
