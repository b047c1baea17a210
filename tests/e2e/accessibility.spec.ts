// Accessibility: the main screens have no serious or critical axe violations (keyboard and screen readers).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SignInPage } from './pages/SignInPage';
import { DEMO_PASSWORD, WelcomePage } from './pages/WelcomePage';

// A person who asks for less motion gets drawers without a slide-in, so axe never measures a half-transparent one.
test.use({ reducedMotion: 'reduce' });

async function expectAccessible(page: Page, screen: string) {
  // Measure the settled screen: a drawer still sliding in is half transparent.
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations.filter((violation) =>
    ['serious', 'critical'].includes(violation.impact ?? ''),
  );
  expect(
    serious.map(
      (violation) =>
        `${screen}: ${violation.id} (${violation.nodes.length}) ${violation.nodes
          .slice(0, 3)
          .map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`)
          .join(' | ')}`,
    ),
    screen,
  ).toEqual([]);
}

test('welcome, sign-in, dashboard and a child page are accessible', async ({ page }) => {
  // Eight full axe scans: well over the default minute on a busy 2-core machine.
  test.setTimeout(180_000);
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await expectAccessible(page, 'welcome');
  await welcome.openDemoHome();
  const signIn = new SignInPage(page);
  const names = await signIn.names();
  await expectAccessible(page, 'sign-in');
  await signIn.signIn(names[0]!, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Overzicht', level: 1 })).toBeVisible();
  await expectAccessible(page, 'dashboard');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Jeugdigen' }).click();
  await expect(page.getByRole('table', { name: 'Jeugdigen' }).getByText('Contact ouders')).toBeVisible();
  await expectAccessible(page, 'children list');
  // A sortable title is a button that says how the column is sorted, in Dutch; Space sorts as well.
  const childrenTable = page.getByRole('table', { name: 'Jeugdigen' });
  const nameTitle = childrenTable.getByRole('button', { name: /^Naam/ });
  await expect(nameTitle.getByRole('img', { name: 'Niet gesorteerd' })).toBeVisible();
  const byName = (names: string[]) =>
    [...names].sort((a, b) => a.localeCompare(b, 'nl', { numeric: true, sensitivity: 'base' }));
  await nameTitle.click();
  await expect(nameTitle.getByRole('img', { name: 'Oplopend gesorteerd' })).toBeVisible();
  const ascending = await childrenTable.getByRole('link').allTextContents();
  expect(ascending.length).toBeGreaterThan(1);
  expect(ascending).toEqual(byName(ascending));
  await nameTitle.press('Space');
  await expect(nameTitle.getByRole('img', { name: 'Aflopend gesorteerd' })).toBeVisible();
  const descending = await childrenTable.getByRole('link').allTextContents();
  expect(descending).toEqual(byName(descending).reverse());
  expect(descending[0]).not.toBe(ascending[0]);
  await page.getByRole('table', { name: 'Jeugdigen' }).getByRole('link').first().click();
  await expect(
    page.getByRole('region', { name: /^Over / }).getByRole('link', { name: /Contact ouders/ }),
  ).toBeVisible();
  for (const tab of [
    'Overzicht',
    'Gezin en netwerk',
    'Afspraken',
    'Doelen',
    'Contact',
    'Evaluaties',
    'Rapportages',
    'School',
    'Documenten',
    'Gegevens',
  ] as const) {
    await page
      .getByRole('tablist', { name: 'Onderdelen' })
      .getByRole('tab', { name: tab, exact: true })
      .click();
    await expect(
      page.getByRole('tablist', { name: 'Onderdelen' }).getByRole('tab', { name: tab, exact: true }),
    ).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('status').filter({ hasText: 'Bezig met laden' }).waitFor({ state: 'detached' });
    await expectAccessible(page, tab);
  }
  // The handover form opens inside its card on the Documents tab.
  await page
    .getByRole('tablist', { name: 'Onderdelen' })
    .getByRole('tab', { name: 'Documenten', exact: true })
    .click();
  await page.getByRole('button', { name: /^Overdrachtsgegevens (invullen|bewerken)$/ }).click();
  await expect(page.getByRole('form', { name: 'Overdrachtsgegevens' })).toBeVisible();
  await expectAccessible(page, 'handover form');
});

test('the create-home form, staff, Logboek and Instellingen are accessible', async ({ page }) => {
  test.setTimeout(180_000);
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await page.getByRole('button', { name: 'Nieuw huis aanmaken' }).click();
  await page.getByRole('button', { name: 'Huis aanmaken' }).click();
  await expect(page.getByText('Vul dit veld in.').first()).toBeVisible();
  await expectAccessible(page, 'create home with errors');
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await welcome.openDemoHome();
  // The demo's first coordinator sees every coordinator screen.
  await new SignInPage(page).signIn('Koen Vos', DEMO_PASSWORD);
  const nav = (name: string) =>
    page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name }).click();
  await nav('Medewerkers');
  await expect(page.getByRole('row', { name: /Koen Vos/ })).toBeVisible();
  await expectAccessible(page, 'staff');
  await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
  await expect(page.getByRole('dialog', { name: 'Nieuwe medewerker' })).toBeVisible();
  await expectAccessible(page, 'staff form');
  await page.keyboard.press('Escape');
  await nav('Logboek');
  await expect(page.getByRole('status').filter({ hasText: 'Logboek intact' })).toBeVisible();
  await expectAccessible(page, 'Logboek');
  await nav('Rooster');
  await expect(page.getByRole('heading', { name: 'Rooster', level: 1 })).toBeVisible();
  await expectAccessible(page, 'Rooster');
  await nav('Instellingen');
  await expect(page.getByRole('heading', { name: 'Opslag op deze computer' })).toBeVisible();
  await expectAccessible(page, 'Instellingen');
});

test('the collaboration tabs forms in their drawers are accessible', async ({ page }) => {
  test.setTimeout(180_000);
  const welcome = new WelcomePage(page);
  await welcome.signInToDemo('Koen Vos');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Jeugdigen' }).click();
  await page.getByRole('table', { name: 'Jeugdigen' }).getByRole('link').first().click();
  const tabs = page.getByRole('tablist', { name: 'Onderdelen' });
  for (const [tab, button, drawer] of [
    ['Afspraken', 'Afspraak toevoegen', 'Nieuwe afspraak'],
    ['Contact', 'Contactmoment vastleggen', 'Nieuw contactmoment'],
    ['Evaluaties', 'Evaluatie vastleggen', 'Nieuwe evaluatie'],
    ['Evaluaties', 'Gesprek voorbereiden', 'Gesprek voorbereiden'],
  ] as const) {
    await tabs.getByRole('tab', { name: tab, exact: true }).click();
    await page.getByRole('button', { name: button }).click();
    await expect(page.getByRole('dialog', { name: drawer })).toBeVisible();
    await expectAccessible(page, `${tab}: ${drawer}`);
    await page.getByRole('button', { name: 'Venster sluiten' }).click();
    await expect(page.getByRole('dialog', { name: drawer })).toHaveCount(0);
  }
});
