// Word exports from the UI: each document downloads as a valid .docx with the child's agreements.
import { choose, fillDate } from './pages/inputs';
import { expect, test, type Download, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { SignInPage } from './pages/SignInPage';
import { DEMO_PASSWORD, WelcomePage } from './pages/WelcomePage';

async function documentXml(download: Download): Promise<string> {
  const path = await download.path();
  const zip = await JSZip.loadAsync(await readFile(path));
  expect(Object.keys(zip.files)).toContain('[Content_Types].xml');
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

async function openDemoChildDocuments(page: Page): Promise<string> {
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.openDemoHome();
  const signIn = new SignInPage(page);
  const names = await signIn.names();
  expect(names.length).toBeGreaterThan(1);
  await signIn.signIn(names[0]!, DEMO_PASSWORD);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Jeugdigen' }).click();
  const childLink = page.getByRole('table', { name: 'Jeugdigen' }).getByRole('link').first();
  const childName = (await childLink.textContent()) ?? '';
  await childLink.click();
  await page
    .getByRole('tablist', { name: 'Onderdelen' })
    .getByRole('tab', { name: 'Documenten', exact: true })
    .click();
  return childName;
}

test('agreements sheet and meeting preparation download as .docx, in Dutch or English', async ({ page }) => {
  const childName = await openDemoChildDocuments(page);
  const agreementsCard = page.getByRole('region', { name: 'Afsprakenoverzicht gedeeld opvoederschap' });
  const [sheet] = await Promise.all([
    page.waitForEvent('download'),
    agreementsCard.getByRole('button', { name: 'Afsprakenoverzicht maken' }).click(),
  ]);
  expect(sheet.suggestedFilename()).toMatch(/^afspraken-[A-Za-z]+-\d{4}-\d{2}-\d{2}\.docx$/);
  expect(sheet.suggestedFilename()).not.toContain(childName.split(' ')[0]!);
  await expect(agreementsCard.getByRole('status')).toContainText('Opgeslagen als afspraken-');
  const xml = await documentXml(sheet);
  expect(xml).toContain('Afsprakenoverzicht');
  expect(xml).toContain(childName);

  // Every agreement in force on the Afspraken tab appears in the document.
  await page
    .getByRole('tablist', { name: 'Onderdelen' })
    .getByRole('tab', { name: 'Afspraken', exact: true })
    .click();
  const inForce = page
    .getByRole('table', { name: 'Afspraken' })
    .getByRole('row')
    .filter({ has: page.getByText('Afgesproken', { exact: true }) });
  await expect(inForce.first()).toBeVisible();
  // Each agreement's change button is named by its text.
  const texts = (
    await inForce
      .getByRole('button', { name: /^Wijzigen: / })
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''))
  ).map((label) => label.replace(/^Wijzigen: /, ''));
  expect(texts.length).toBeGreaterThan(0);
  const escape = (text: string) =>
    text
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;')
      .replaceAll("'", '&apos;');
  for (const text of texts) expect(xml.includes(text) || xml.includes(escape(text)), text).toBe(true);
  await page
    .getByRole('tablist', { name: 'Onderdelen' })
    .getByRole('tab', { name: 'Documenten', exact: true })
    .click();

  const prepCard = page.getByRole('region', { name: 'Gespreksvoorbereiding' });
  await choose(prepCard, 'Taal van het document', 'Engels');
  const [prep] = await Promise.all([
    page.waitForEvent('download'),
    prepCard.getByRole('button', { name: 'Gespreksvoorbereiding maken' }).click(),
  ]);
  expect(prep.suggestedFilename()).toMatch(/^meeting-preparation-/);
  const prepXml = await documentXml(prep);
  expect(prepXml).toContain('Meeting preparation');
  expect(prepXml).not.toContain('Gespreksvoorbereiding');
});

test('handover leaves out a section without consent unless a legal ground is confirmed', async ({ page }) => {
  await openDemoChildDocuments(page);
  const card = page.getByRole('region', { name: 'Overdrachtsdocument' });
  await card.getByRole('button', { name: /Overdrachtsgegevens (invullen|bewerken)/ }).click();
  await card.getByLabel('Nieuwe instelling').fill('Gezinshuis Het Baken');
  await card.getByLabel('Reden van de overplaatsing').fill('Dichter bij moeder wonen, op eigen verzoek.');
  await card
    .getByLabel('Wat ouders de nieuwe plek willen laten weten')
    .fill('Zij is gevoelig voor harde geluiden; wees geduldig.');
  // The first evaluation after the move cannot come before the move: said at the field, nothing lost.
  await fillDate(card, 'Datum overplaatsing', '2026-12-01');
  await fillDate(card, 'Datum eerste evaluatie na de overplaatsing', '2026-11-01');
  await card.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(card.getByText('De einddatum ligt vóór de begindatum.')).toBeVisible();
  await expect(card.getByLabel('Nieuwe instelling')).toHaveValue('Gezinshuis Het Baken');
  await fillDate(card, 'Datum eerste evaluatie na de overplaatsing', '2027-01-15');
  await card.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(card.getByRole('form', { name: 'Overdrachtsgegevens' })).toHaveCount(0);

  await card.getByLabel('Ouders geven toestemming voor: Reden en besluit over de overplaatsing').check();
  // Who consented, when and how is recorded with the consent and listed in the document.
  const reason = card.getByRole('group', {
    name: 'Wie gaf toestemming voor: Reden en besluit over de overplaatsing',
  });
  const firstGiver = reason.getByRole('checkbox').first();
  const giverName = ((await reason.getByText(/\(/).first().textContent()) ?? '').split(' (')[0]!;
  await firstGiver.check();
  await fillDate(card, 'Datum toestemming voor: Reden en besluit over de overplaatsing', '2026-11-02');
  await choose(card, 'Hoe gegeven voor: Reden en besluit over de overplaatsing', 'Schriftelijk (getekend)');
  await card
    .getByRole('button', { name: 'Toestemming vastleggen voor Reden en besluit over de overplaatsing' })
    .click();
  await expect(card.getByText('Toestemming vastgelegd.')).toBeVisible();
  // Consent given while the content form is open stays when that form is saved afterwards.
  await card.getByRole('button', { name: 'Overdrachtsgegevens bewerken' }).click();
  await expect(card.getByLabel('Nieuwe instelling')).toHaveValue('Gezinshuis Het Baken');
  const messageConsent = card.getByLabel('Ouders geven toestemming voor: Wat ouders willen meegeven');
  await messageConsent.check();
  await card.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(card.getByRole('form', { name: 'Overdrachtsgegevens' })).toHaveCount(0);
  await expect(messageConsent).toBeChecked();
  await expect(card.getByText(/Wordt weggelaten \(geen toestemming\):.*Gezondheid/)).toBeVisible();

  const [first] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'Overdrachtsdocument maken' }).click(),
  ]);
  expect(first.suggestedFilename()).toMatch(/^overdracht-[A-Za-z]+-\d{4}-\d{2}-\d{2}\.docx$/);
  const withoutHealth = await documentXml(first);
  expect(withoutHealth).toContain('Dichter bij moeder wonen');
  expect(withoutHealth).toContain('Zij is gevoelig voor harde geluiden; wees geduldig.');
  expect(withoutHealth).toContain('Gezondheid');
  expect(withoutHealth).toContain('Niet gedeeld: geen toestemming van ouders — vraag de ouders.');
  expect(withoutHealth).toContain('Schriftelijk (getekend)');
  expect(withoutHealth).toContain('02-11-2026');
  expect(withoutHealth).toContain(giverName);

  await card.getByLabel('Wettelijke grondslag voor: Gezondheid').fill('Besluit gezinsvoogd 12-11-2026');
  await card.getByRole('button', { name: 'Grondslag opslaan voor Gezondheid' }).click();
  await card.getByLabel('Ik bevestig de grondslag voor Gezondheid: Besluit gezinsvoogd 12-11-2026').check();
  const [second] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'Overdrachtsdocument maken' }).click(),
  ]);
  const withHealth = await documentXml(second);
  expect(withHealth).toContain('Besluit gezinsvoogd 12-11-2026');
});
