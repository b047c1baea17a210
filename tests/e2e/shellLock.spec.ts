// Locking beyond the idle timer: a coordinator's cap per home, and coming back to a hidden page.
import { expect, test, type Page, type Route } from '@playwright/test';
import { ShellPage } from './pages/ShellPage';
import { SignInPage } from './pages/SignInPage';
import { WelcomePage } from './pages/WelcomePage';

const HOME = 'Gezinshuis De Beuk';
const COORDINATOR = 'Ilse de Groot';
const PASSWORD = 'winter-kiwi-83';

async function setVisibility(page: Page, state: 'hidden' | 'visible') {
  await page.evaluate((value) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => value });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

test('a coordinator caps the auto-lock time of the home, and the cap wins over the personal setting', async ({
  page,
}) => {
  await page.clock.install();
  const welcome = new WelcomePage(page);
  const shell = new ShellPage(page);
  await welcome.startNewHome(HOME, COORDINATOR, PASSWORD);
  await shell.goTo('Instellingen');

  const cap = page.getByRole('form', { name: 'Maximale vergrendeltijd voor dit huis' });
  await cap.getByLabel('Hoogstens vergrendelen na (minuten)').fill('1');
  await cap.getByRole('button', { name: 'Maximum instellen' }).click();
  await expect(cap.getByText('Opgeslagen.')).toBeVisible();

  await page.getByLabel('Automatisch vergrendelen na (minuten)').fill('5');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Kies hoogstens 1 minuut: dat is het maximum voor dit huis.',
  );

  // The personal setting is still the default 10 minutes; the cap of 1 minute applies.
  await page.clock.fastForward('00:50');
  await shell.expectSignedInAs(COORDINATOR);
  await page.clock.fastForward('00:11');
  await new SignInPage(page).expectVisible(HOME);
});

test('returning to the page after it was hidden longer than the idle time locks the home', async ({
  page,
}) => {
  await page.clock.install();
  const welcome = new WelcomePage(page);
  const shell = new ShellPage(page);
  await welcome.startNewHome(HOME, COORDINATOR, PASSWORD);
  await shell.expectSignedInAs(COORDINATOR);

  // Freeze the timers, as a sleeping laptop does: only the wall clock moves on.
  const start = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(start + 1_000);
  await setVisibility(page, 'hidden');
  await page.clock.setSystemTime(start + 9 * 60_000);
  await setVisibility(page, 'visible');
  await shell.expectSignedInAs(COORDINATOR);

  await setVisibility(page, 'hidden');
  await page.clock.setSystemTime(start + 20 * 60_000);
  await setVisibility(page, 'visible');
  await new SignInPage(page).expectVisible(HOME);
});

test('Ctrl+L locks as soon as the home is unlocked, also while the signed-in screens still load', async ({
  page,
}) => {
  const welcome = new WelcomePage(page);
  const shell = new ShellPage(page);
  const signIn = new SignInPage(page);
  await welcome.goto();
  await welcome.createHome(HOME, COORDINATOR, PASSWORD);
  // Hold back the code of the signed-in screens, as a slow disk on a first start would.
  const held: Route[] = [];
  await page.route(/\/app\/SignedInShell\.tsx/, (route) => {
    held.push(route);
  });
  await welcome.confirmRecoveryKeyStored();
  await expect.poll(() => held.length).toBeGreaterThan(0);
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toHaveCount(0);
  await page.keyboard.press('Control+l');
  await signIn.expectVisible(HOME);

  // Once the screens have loaded, Ctrl+L still locks.
  await Promise.all(held.map((route) => route.continue()));
  await page.unroute(/\/app\/SignedInShell\.tsx/);
  await signIn.signIn(COORDINATOR, PASSWORD);
  await shell.expectSignedInAs(COORDINATOR);
  await page.keyboard.press('Control+l');
  await signIn.expectVisible(HOME);
});
