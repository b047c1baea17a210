// A select's clear button is a real button: Tab reaches it, Enter or Space clears the choice (before,
// Mantine kept it out of the tab order and only Backspace in the field cleared).
import { expect, test } from '@playwright/test';
import { AuditLogPage } from './pages/AuditLogPage';
import { ShellPage } from './pages/ShellPage';
import { WelcomePage } from './pages/WelcomePage';

test('Tab reaches a select’s clear button, and Enter or Space clears the choice', async ({ page }) => {
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.createHome('Gezinshuis De Eik', 'Marieke Jansen', 'zomer-appel-42');
  await welcome.confirmRecoveryKeyStored();
  await new ShellPage(page).goTo('Logboek');
  const log = new AuditLogPage(page);
  const filters = page.getByRole('search', { name: 'Filters' });

  for (const key of ['Enter', 'Space']) {
    await log.filterByAction('Ingelogd');
    const field = filters.getByRole('combobox', { name: 'Handeling', exact: true });
    await expect(field).toHaveValue('Ingelogd');
    await field.focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const clear = filters.getByRole('button', { name: 'Keuze wissen' });
    await expect(clear).toBeFocused();
    await page.keyboard.press(key);
    await expect(field).toHaveValue('');
  }
});
