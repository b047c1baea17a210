// Takes a screenshot of each main screen of the demo home (fictional data) at 1366×768.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { installFrozenHome } from '../e2e/pages/frozenHome';
import { SignInPage } from '../e2e/pages/SignInPage';
import { WelcomePage } from '../e2e/pages/WelcomePage';

const folder = join(import.meta.dirname, '../../screenshots');
mkdirSync(folder, { recursive: true });
let count = 0;

async function shot(page: Page, name: string, fullPage = false) {
  await page.waitForLoadState('networkidle');
  // Live queries fill the screen after the network is idle: wait until nothing says it is loading.
  await expect(page.getByText(/^(Bezig met laden…|Loading…)$/)).toHaveCount(0);
  // A screen still reading its records says so; shoot what people see once it is done.
  await expect(page.getByText('Bezig met laden…')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByText('Loading…')).toHaveCount(0, { timeout: 30_000 });
  // Drawers slide in: shoot once every transition has finished.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.screenshot({ path: join(folder, `${String(++count).padStart(2, '0')}-${name}.png`), fullPage });
}

/** Opens a child's tab and waits until it is the marked one (the URL has changed). */
async function openTab(page: Page, name: string) {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  // A tab loads on first use: wait for its own heading, not the loading line before it.
  await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name }).click();

test('every main screen', async ({ page }) => {
  // Some thirty screens of a demo home: more than the default on a busy 2-core machine.
  test.setTimeout(420_000);
  await page.goto('/');
  // The empty computer: no home yet.
  await shot(page, 'welcome-empty');
  await page.getByRole('button', { name: 'Nieuw huis aanmaken' }).click();
  await page.getByRole('button', { name: 'Huis aanmaken' }).click();
  await shot(page, 'create-home-errors');
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await page.getByRole('button', { name: 'Demohuis openen' }).click();
  const signIn = new SignInPage(page);
  await signIn.expectVisible('Demohuis De Linde');
  await shot(page, 'sign-in');
  const names = await signIn.names();
  // The demo's first coordinator, so every coordinator screen can be shown.
  let signedIn = false;
  for (const name of names) {
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
  await page.getByRole('table', { name: 'Jeugdigen' }).getByRole('link').first().click();
  await page.getByRole('tab', { name: 'Gegevens', exact: true }).click();
  await page.getByRole('link', { name: 'Gegevens bewerken' }).click();
  await page.getByRole('dialog', { name: 'Jeugdige bewerken' }).waitFor();
  await shot(page, 'child-edit-drawer');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Overzicht', exact: true }).click();
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
    await openTab(page, tab);
    await shot(page, `child-${tab.toLowerCase().replaceAll(' ', '-')}`);
  }
  await nav(page, 'Medewerkers');
  await page.getByRole('heading', { name: 'Medewerkers', level: 1 }).waitFor();
  await shot(page, 'staff');
  await page
    .getByRole('button', { name: /bewerken$/ })
    .first()
    .click();
  await page.getByRole('dialog', { name: 'Medewerker bewerken' }).waitFor();
  await shot(page, 'staff-form');
  await page.keyboard.press('Escape');
  await nav(page, 'Rooster');
  await page.getByRole('heading', { name: 'Rooster', level: 1 }).waitFor();
  await shot(page, 'roster', true);
  await nav(page, 'Logboek');
  await page.getByText('Logboek intact').waitFor();
  await shot(page, 'audit-log');
  await nav(page, 'Instellingen');
  await page.getByRole('heading', { name: 'Beschadigde records' }).waitFor();
  await page.getByRole('heading', { name: 'Opslag op deze computer' }).waitFor();
  await shot(page, 'settings', true);
  await page.goto('/#/__test/crash');
  await shot(page, 'error-boundary');
  await page.goto('/');
  await shot(page, 'welcome');
});

test('the entry and admin screens in English', async ({ page }) => {
  await new WelcomePage(page).goto();
  await page.getByRole('button', { name: 'Demohuis openen' }).click();
  const signIn = new SignInPage(page);
  await signIn.signIn('Koen Vos', 'demo-wachtwoord');
  await nav(page, 'Instellingen');
  await page.getByRole('combobox', { name: 'Taal' }).click();
  await page.getByRole('option', { name: 'English' }).click();
  const navEn = (name: string) =>
    page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { name: 'Storage on this computer' }).waitFor();
  await shot(page, 'en-settings', true);
  await navEn('Staff');
  await page.getByRole('heading', { name: 'Staff', level: 1 }).waitFor();
  await shot(page, 'en-staff');
  await navEn('Audit log');
  await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
  await shot(page, 'en-audit-log');
  await page.getByRole('button', { name: /^Lock/ }).first().click();
  await shot(page, 'en-sign-in');
  await page.getByRole('button', { name: 'Choose another home' }).click();
  await shot(page, 'en-welcome');
});

test('the work queue, the children list and a child in English', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Demohuis openen' }).click();
  const signIn = new SignInPage(page);
  await signIn.expectVisible('Demohuis De Linde');
  await signIn.signIn((await signIn.names())[0]!, 'demo-wachtwoord');
  await nav(page, 'Instellingen');
  // The label turns English the moment English is chosen: pick it by hand, not with choose().
  await page.getByLabel('Taal', { exact: true }).and(page.locator('input, select')).click();
  await page.getByRole('option', { name: 'English', exact: true }).click();
  await page.getByRole('navigation', { name: 'Main menu' }).waitFor();
  const navEn = (name: string) =>
    page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name }).click();
  await navEn('Overview');
  await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
  await shot(page, 'en-dashboard', true);
  await navEn('Young people');
  await page.getByRole('table', { name: 'Young people' }).waitFor();
  await shot(page, 'en-children');
  await page.getByRole('table', { name: 'Young people' }).getByRole('link').first().click();
  for (const tab of ['Family and network', 'Details']) {
    await openTab(page, tab);
    await shot(page, `en-child-${tab.toLowerCase().replaceAll(' ', '-')}`);
  }
});

test('the update screen of a home written by version 1', async ({ page }) => {
  await installFrozenHome(page, 'v1', 'Het Oude Huis');
  await page.getByRole('button', { name: 'Het Oude Huis openen' }).click();
  await new SignInPage(page).chooseName('Priya Kuipers');
  await page.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill('demo-wachtwoord');
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  // The update of this small home passes in a moment (after its safety backup): catch its progress bar
  // when it is there; on a fast machine the shot may show the dashboard right after it instead.
  await Promise.race([
    page.getByRole('progressbar').waitFor(),
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
        ? ['Afspraken', 'Doelen', 'Contact', 'Evaluaties', 'Rapportages', 'Documenten', 'School']
        : ['Agreements', 'Goals', 'Contacts', 'Evaluations', 'Reports', 'Documents', 'School'];
    const menu = language === 'nl' ? 'Hoofdmenu' : 'Main menu';
    await page
      .getByRole('navigation', { name: menu })
      .getByRole('link', { name: language === 'nl' ? 'Jeugdigen' : 'Young people' })
      .click();
    await page
      .getByRole('table', { name: language === 'nl' ? 'Jeugdigen' : 'Young people' })
      .getByRole('link')
      .first()
      .click();
    for (const tab of tabs) {
      await openTab(page, tab);
      await shot(page, `${language}-collab-${tab.toLowerCase()}`);
    }
    // One drawer of each kind: a contact in full, a new contact, an agreement review or edit, an evaluation.
    await openTab(page, tabs[2]!);
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
    await openTab(page, tabs[0]!);
    await page
      .getByRole('table')
      .getByRole('button', { name: language === 'nl' ? /^Wijzigen: / : /^Change: / })
      .first()
      .click();
    await shot(page, `${language}-collab-agreement-form`);
    await page.keyboard.press('Escape');
    await openTab(page, tabs[3]!);
    await page
      .getByRole('button', {
        name: language === 'nl' ? 'Evaluatie vastleggen' : /Record an evaluation|Record evaluation/,
      })
      .click();
    await shot(page, `${language}-collab-evaluation-form`);
    await page.keyboard.press('Escape');
    // The handover document: its content form, the sections with their consent, in full.
    await openTab(page, tabs[5]!);
    await page
      .getByRole('button', { name: language === 'nl' ? /^Overdrachtsgegevens/ : /handover details/i })
      .click();
    await shot(page, `${language}-collab-handover-form`, true);
    if (language === 'nl') {
      await page.getByRole('navigation', { name: menu }).getByRole('link', { name: 'Instellingen' }).click();
      // The Documents tab has its own "Taal van het document" selects: wait until they are gone.
      await expect(page.getByRole('heading', { name: 'Instellingen', level: 1 })).toBeVisible();
      // The label turns English the moment English is chosen: pick it by hand, not with choose().
      await page.getByRole('combobox', { name: 'Taal', exact: true }).click();
      await page.getByRole('option', { name: 'English', exact: true }).click();
      await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
    }
  }
});

test('the roster: week, own shifts, a pattern, continuity; in Dutch and English', async ({ page }) => {
  await new WelcomePage(page).goto();
  await page.getByRole('button', { name: 'Demohuis openen' }).click();
  await new SignInPage(page).signIn('Koen Vos', 'demo-wachtwoord');
  await nav(page, 'Rooster');
  await page.getByRole('table', { name: 'Rooster van de week' }).waitFor();
  await shot(page, 'roster-week');
  await page.getByRole('button', { name: 'Eigen diensten' }).click();
  await page.getByRole('dialog', { name: 'Eigen diensten van het huis' }).waitFor();
  await shot(page, 'roster-shift-types');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Vast patroon' }).click();
  const pattern = page.getByRole('form', { name: 'Vast patroon van een medewerker' });
  await pattern.getByRole('combobox', { name: 'Medewerker', exact: true }).click();
  await page.getByRole('option').first().click();
  await shot(page, 'roster-pattern');
  // A person was chosen: the drawer asks before closing.
  await page.keyboard.press('Escape');
  await shot(page, 'roster-pattern-discard');
  await page.getByRole('button', { name: 'Weggooien en sluiten' }).click();
  await pattern.waitFor({ state: 'hidden' });
  await page.getByRole('table', { name: 'Rooster van de week' }).getByRole('button').first().click();
  await page.getByRole('form', { name: 'Dienst wijzigen' }).waitFor();
  await shot(page, 'roster-shift-edit');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Continuïteit' }).click();
  await page
    .getByRole('region', { name: /^Vertrekkende medewerkers|^Continuïteit:/ })
    .first()
    .waitFor();
  await shot(page, 'roster-continuity', true);

  await nav(page, 'Instellingen');
  await page.getByRole('combobox', { name: 'Taal' }).click();
  await page.getByRole('option', { name: 'English' }).click();
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Roster' }).click();
  await page.getByRole('table', { name: /week/i }).waitFor();
  await shot(page, 'en-roster-week');
  await page.getByRole('button', { name: 'Fixed pattern' }).click();
  await shot(page, 'en-roster-pattern');
});
