// The BUILT renderer, served by the app:// handler's function, loads under the strict release CSP
// and a new user gets from the welcome screen into the app: what the packaged window would show.
import { expect, test } from '@playwright/test';
import { RELEASE_CSP } from '../../../electron/main/contentSecurityPolicy';
import { ShellPage } from '../pages/ShellPage';
import { SignInPage } from '../pages/SignInPage';
import { WelcomePage } from '../pages/WelcomePage';

test('the built renderer loads through the app:// handler and the welcome screen works', async ({ page }) => {
  const violations: string[] = [];
  const errors: string[] = [];
  const assets: { url: string; status: number; type: string }[] = [];
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
    assets.push({
      url: response.url(),
      status: response.status(),
      type: response.headers()['content-type'] ?? '',
    }),
  );

  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toBe(RELEASE_CSP);

  const welcome = new WelcomePage(page);
  await expect(page.getByRole('heading', { name: 'Welkom bij Gedeeld' })).toBeVisible();
  await welcome.createHome('Gezinshuis De Linde', 'Karin Bakker', 'herfst-peer-17');
  await welcome.confirmRecoveryKeyStored();
  const shell = new ShellPage(page);
  await shell.expectSignedInAs('Karin Bakker');
  await shell.lock();
  await new SignInPage(page).expectVisible('Gezinshuis De Linde');

  expect(violations).toEqual([]);
  expect(assets.filter((asset) => asset.status >= 400)).toEqual([]);
  expect(errors).toEqual([]);
  const scripts = assets.filter((asset) => asset.url.endsWith('.js'));
  const styles = assets.filter((asset) => asset.url.endsWith('.css'));
  expect(scripts.length).toBeGreaterThan(0);
  expect(styles.length).toBeGreaterThan(0);
  for (const asset of scripts)
    expect(asset).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
  for (const asset of styles) expect(asset).toMatchObject({ status: 200, type: 'text/css; charset=utf-8' });
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
