// How a person fills the design system's inputs: pick an option from a select (Mantine's combobox or
// a native select), type a date as dd-mm-jjjj, a time as hours and minutes.
import { expect, type Locator, type Page } from '@playwright/test';

type Scope = Page | Locator;

const pageOf = (scope: Scope): Page =>
  'page' in scope && typeof scope.page === 'function' ? scope.page() : (scope as Page);

/** Chooses `option` in the select labelled `label`, as a person would: open it, click the option. */
export async function choose(scope: Scope, label: string | RegExp, option: string | RegExp, exact = true) {
  // A native select and a Mantine select are both comboboxes; a Mantine select's listbox carries the
  // same label as its input, so a search by label alone would find two.
  const field = scope.getByRole('combobox', {
    name: label,
    exact: typeof label === 'string' ? exact : undefined,
  });
  if ((await field.evaluate((element) => element.tagName)) === 'SELECT') {
    await field.selectOption(typeof option === 'string' ? { label: option } : { label: String(option) });
    return;
  }
  await field.click();
  await pageOf(scope)
    .getByRole('option', { name: option, exact: typeof option === 'string' ? true : undefined })
    .click();
  if (typeof option === 'string') await expect(field).toHaveValue(option);
}

/** `2026-03-01` → `01-03-2026`, the way staff type dates in Dutch. */
export const dutchDate = (iso: string): string => iso.split('-').reverse().join('-');

/** Types an ISO date into the date field labelled `label` in Dutch form and leaves the field. */
export async function fillDate(scope: Scope, label: string | RegExp, iso: string) {
  const field = scope.getByLabel(label, { exact: typeof label === 'string' ? true : undefined });
  await field.fill(iso ? dutchDate(iso) : '');
  await field.press('Tab');
}
