// The BUILT renderer, served by the app:// handler's function, loads under the strict release CSP
// and a new user gets from the welcome screen into the app: what the packaged window would show.
import { expect, test, type Page } from '@playwright/test';
import { contentSecurityPolicy, RELEASE_CSP } from '../../../electron/main/contentSecurityPolicy';
import { ChildPages } from '../pages/ChildPages';
import { ShellPage } from '../pages/ShellPage';
import { SignInPage } from '../pages/SignInPage';
import { WelcomePage } from '../pages/WelcomePage';

/** Collects CSP violations, console errors and every response, to check once the walk is done. */
async function watch(page: Page) {
  const violations: string[] = [];
  const errors: string[] = [];
  const responses: { url: string; status: number; type: string }[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${event.effectiveDirective} ${event.blockedURI}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) =>
    responses.push({
      url: response.url(),
      status: response.status(),
      type: response.headers()['content-type'] ?? '',
    }),
  );
  return () => {
    expect(violations).toEqual([]);
    expect(responses.filter((response) => response.status >= 400)).toEqual([]);
    expect(errors).toEqual([]);
    const scripts = responses.filter((response) => response.url.endsWith('.js'));
    const styles = responses.filter((response) => response.url.endsWith('.css'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(styles.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    }
    for (const style of styles) expect(style).toMatchObject({ status: 200, type: 'text/css; charset=utf-8' });
  };
}

test('the built renderer loads through the app:// handler and the welcome screen works', async ({ page }) => {
  const check = await watch(page);
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  const nonce = /'nonce-([^']+)'/.exec(response?.headers()['content-security-policy'] ?? '')?.[1] ?? '';
  expect(response?.headers()['content-security-policy']).toBe(
    contentSecurityPolicy({ dev: false, styleNonce: nonce }),
  );
  expect(RELEASE_CSP).not.toContain('unsafe');

  const welcome = new WelcomePage(page);
  await expect(page.getByRole('heading', { name: 'Welkom bij Gedeeld' })).toBeVisible();
  // Mantine's <style> elements are there and carry this page's nonce (violations are checked below).
  const styleNonces = await page
    .locator('style')
    .evaluateAll((styles) => styles.map((style) => (style as HTMLStyleElement).nonce));
  expect(styleNonces.length).toBeGreaterThan(0);
  expect(new Set(styleNonces)).toEqual(new Set([nonce]));
  await welcome.createHome('Gezinshuis De Linde', 'Karin Bakker', 'herfst-peer-17');
  await welcome.confirmRecoveryKeyStored();
  const shell = new ShellPage(page);
  await shell.expectSignedInAs('Karin Bakker');
  await shell.lock();
  await new SignInPage(page).expectVisible('Gezinshuis De Linde');
  check();
});

test('the demo home and every tab of a child work under the release CSP, without inline styles', async ({
  page,
}) => {
  const check = await watch(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Demohuis openen' }).click();
  const signIn = new SignInPage(page);
  await signIn.expectVisible('Demohuis De Linde');
  const names = await signIn.names();
  await signIn.signIn(names[0]!, 'demo-wachtwoord');
  await expect(page.getByRole('heading', { name: 'Overzicht', level: 1 })).toBeVisible();
  await new ShellPage(page).goTo('Jeugdigen');
  await page.getByRole('table', { name: 'Jeugdigen' }).getByRole('link').first().click();
  const child = new ChildPages(page);
  for (const tab of [
    'Overzicht',
    'Gezin en netwerk',
    'Afspraken',
    'Doelen',
    'Contact',
    'Evaluaties',
    'Documenten',
    'Gegevens',
  ] as const) {
    await child.tab(tab);
    await expect(
      page.getByRole('tablist', { name: 'Onderdelen' }).getByRole('tab', { name: tab, exact: true }),
    ).toHaveAttribute('aria-selected', 'true');
  }
  check();
});

test('the handler refuses paths outside the renderer folder', async ({ request }) => {
  for (const path of [
    '/..%2fpackage.json',
    '/..%2f..%2fpackage.json',
    '/%2e%2e%2f%2e%2e%2fpackage.json',
    '/assets/..%5c..%5cpackage.json',
    '/%2fetc%2fpasswd',
    '/index.html%00.js',
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain('"name"');
  }
});
