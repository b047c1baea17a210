// Accessibility: the main screens have no serious or critical axe violations (keyboard and screen readers).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SignInPage } from './pages/SignInPage';
import { WelcomePage } from './pages/WelcomePage';

async function expectAccessible(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations.filter((violation) =>
    ['serious', 'critical'].includes(violation.impact ?? ''),
  );
  expect(
    serious.map((violation) => `${screen}: ${violation.id} (${violation.nodes.length})`),
    screen,
  ).toEqual([]);
}

test('welcome, sign-in, dashboard and a child page are accessible', async ({ page }) => {
  // Eight full axe scans: well over the default minute on a busy 2-core machine.
  test.setTimeout(180_000);
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await expectAccessible(page, 'welcome');
  await page.getByRole('button', { name: 'Demohuis openen' }).click();
  const signIn = new SignInPage(page);
  await signIn.expectVisible('Demohuis De Linde');
  await expect(page.getByLabel('Naam').locator('option')).toHaveCount(13);
  await expectAccessible(page, 'sign-in');
  const names = await page.getByLabel('Naam').locator('option').allTextContents();
  await signIn.signIn(names[1]!, 'demo-wachtwoord');
  await expect(page.getByRole('heading', { name: 'Overzicht', level: 1 })).toBeVisible();
  await expectAccessible(page, 'dashboard');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Jeugdigen' }).click();
  await expect(page.getByRole('table', { name: 'Jeugdigen' }).getByText('Contact ouders')).toBeVisible();
  await expectAccessible(page, 'children list');
  await page.getByRole('table', { name: 'Jeugdigen' }).getByRole('link').first().click();
  await expect(
    page.getByRole('region', { name: /^Over / }).getByRole('link', { name: /Contact ouders/ }),
  ).toBeVisible();
  for (const tab of [
    'Overzicht',
    'Gezin en netwerk',
    'Afspraken',
    'Contact',
    'Evaluaties',
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
});
