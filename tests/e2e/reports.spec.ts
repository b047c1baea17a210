// Reports with the parents' own voice, end to end: a mentor writes a report, a gedragswetenschapper
// checks it, it is shared with a parent, exported for them, filled in as the parent's Word would, read
// back through "Reactie inlezen", and the parent's words stand verbatim in the file copy.
import { expect, test, type Download, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateHome } from '../../src/data/demo/generateHome';
import { fillReturnedReport } from '../fixtures/fillReturnedReport';
import { choose, fillDate } from './pages/inputs';
import { ShellPage } from './pages/ShellPage';
import { SignInPage } from './pages/SignInPage';
import { DEMO_PASSWORD, WelcomePage } from './pages/WelcomePage';

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const demo = generateHome({ seed: 2026, today });
const activeOn = (member: { activeFrom: string; activeTo?: string }) =>
  member.activeFrom <= today && (member.activeTo === undefined || member.activeTo > today);
const mentor = demo.staff.find((member) => member.role === 'mentor' && activeOn(member))!;
const scientist = demo.staff.find((member) => member.role === 'behaviouralScientist' && activeOn(member))!;
const child = demo.children.find(
  (candidate) =>
    !candidate.placementEndedOn &&
    demo.familyMembers.some((member) => member.childId === candidate.id && member.hasParentalAuthority),
)!;
const parent = demo.familyMembers.find(
  (member) => member.childId === child.id && member.hasParentalAuthority,
)!;

const WORDS = 'Ik ben het er NIET mee eens.\nMijn kind was „ziek”, niet lastig & dat staat er niet.';

async function signInAs(page: Page, name: string) {
  await new SignInPage(page).signIn(name, DEMO_PASSWORD);
  await new ShellPage(page).goTo('Jeugdigen');
  await page
    .getByRole('table', { name: 'Jeugdigen' })
    .getByRole('link', { name: child.name, exact: true })
    .click();
  await page
    .getByRole('tablist', { name: 'Onderdelen' })
    .getByRole('tab', { name: 'Rapportages', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Rapportages', level: 2 })).toBeVisible();
}

async function documentText(download: Download): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}

test('write, check, share, export, read the returned Word file back, and see the words in the final export', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.openDemoHome();
  await signInAs(page, mentor.name);

  // Write.
  await page.getByRole('button', { name: 'Nieuwe rapportage' }).click();
  const form = page.getByRole('dialog', { name: 'Rapportage schrijven' });
  await choose(form, 'Soort rapportage', 'Eigen soort');
  await form.getByLabel('Naam van de soort').fill('Halfjaarverslag E2E');
  await fillDate(form, 'Periode van', '2026-01-01');
  await fillDate(form, 'Periode tot en met', '2026-06-30');
  await form.getByLabel('Wat er gebeurde (feiten)').fill('Twee keer ziek gemeld op school.');
  await form.getByLabel('Hoe wij het zien (duiding)').fill('De schoolgang is een zorgpunt.');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toBeHidden();
  const detail = page.getByRole('region', { name: /Halfjaarverslag E2E/ });
  await expect(detail.getByText('Concept')).toBeVisible();

  // A mentor cannot check; the gedragswetenschapper can.
  await detail.getByRole('button', { name: 'Controleren' }).click();
  await expect(
    page.getByText('Alleen een gedragswetenschapper kan een rapportage controleren.'),
  ).toBeVisible();
  await new ShellPage(page).lock();
  await signInAs(page, scientist.name);
  await page.getByRole('button', { name: 'Halfjaarverslag E2E' }).click();
  await detail.getByRole('button', { name: 'Controleren' }).click();
  await expect(detail.getByText('Gecontroleerd', { exact: true })).toBeVisible();

  // Share with the parent.
  await detail.getByRole('button', { name: 'Delen' }).click();
  const share = page.getByRole('dialog', { name: 'Delen met' });
  await choose(share, 'Met wie', parent.name);
  await choose(share, 'Hoe', 'Per e-mail');
  await share.getByRole('button', { name: 'Delen' }).click();
  await expect(detail.getByText(/Wacht op reactie, nog \d+ dagen/)).toBeVisible();

  // Export the copy for the parent and fill it in as their Word would.
  const [forParent] = await Promise.all([
    page.waitForEvent('download'),
    detail.getByRole('button', { name: `Exporteren voor ${parent.name}` }).click(),
  ]);
  expect(forParent.suggestedFilename()).toMatch(/^(rapportage|report)-[A-Za-z]+-\d{4}-\d{2}-\d{2}\.docx$/);
  const exported = new Uint8Array(await readFile((await forParent.path())!));
  const xml = await (await JSZip.loadAsync(exported)).file('word/document.xml')!.async('string');
  const tags = [...xml.matchAll(/<w:tag w:val="([^"]+)"/g)].map((match) => match[1]!);
  const factsText = tags.find((tag) => tag.endsWith('ft'))!;
  const factsChoice = tags.find((tag) => tag.endsWith('fc'))!;
  const filled = await fillReturnedReport(exported, { [factsText]: WORDS, [factsChoice]: 'Niet eens' });
  const returned = join(tmpdir(), `teruggestuurd-${Date.now()}.docx`);
  await writeFile(returned, filled);

  // A copy returned without anything filled in stores nothing.
  const untouched = join(tmpdir(), `leeg-${Date.now()}.docx`);
  await writeFile(untouched, exported);
  await detail.getByRole('button', { name: 'Reactie inlezen' }).click();
  const reader = page.getByRole('dialog', { name: 'Reactie inlezen' });
  const [empty] = await Promise.all([
    page.waitForEvent('filechooser'),
    reader.getByRole('button', { name: 'Bestand kiezen' }).click(),
  ]);
  await empty.setFiles(untouched);
  await expect(
    reader.getByText(`${parent.name} heeft niets ingevuld. Er wordt voor ${parent.name} niets opgeslagen.`),
  ).toBeVisible();
  await expect(reader.getByRole('button', { name: 'Opslaan als reactie' })).toBeDisabled();
  await reader.getByRole('button', { name: 'Venster sluiten' }).click();

  // Read it back through the UI.
  await detail.getByRole('button', { name: 'Reactie inlezen' }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    reader.getByRole('button', { name: 'Bestand kiezen' }).click(),
  ]);
  await chooser.setFiles(returned);
  const preview = reader.getByRole('region', { name: `Reactie van ${parent.name}` });
  await expect(preview.getByText('Niet eens')).toBeVisible();
  await expect(preview.locator('blockquote')).toHaveText(WORDS);
  await reader.getByRole('button', { name: 'Opslaan als reactie' }).click();
  await expect(reader.getByText('1 reactie opgeslagen.')).toBeVisible();
  await reader.getByRole('button', { name: 'Venster sluiten' }).click();
  await expect(detail.getByText(/Reactie ontvangen op/)).toBeVisible();

  // Recording an evaluation, the parent's latest reaction stands beside the parents' view, verbatim.
  const tabs = page.getByRole('tablist', { name: 'Onderdelen' });
  await tabs.getByRole('tab', { name: 'Evaluaties', exact: true }).click();
  await page.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
  const evaluation = page.getByRole('form', { name: 'Nieuwe evaluatie' });
  const latest = evaluation.getByRole('region', { name: 'Laatste reacties van ouders op rapportages' });
  const theirs = latest.getByRole('article', { name: new RegExp(`^${parent.name} \\(`) });
  await expect(
    theirs.getByText(/^Over: Halfjaarverslag E2E, 01-01-2026 t\/m 30-06-2026, gedeeld op/),
  ).toBeVisible();
  await expect(theirs.getByText(/^Reactie ontvangen op .* · Teruggestuurd document$/)).toBeVisible();
  await expect(theirs.getByText('Wat er gebeurde: Niet eens')).toBeVisible();
  await expect(theirs.locator('blockquote')).toHaveText(WORDS);
  // Their words are shown, never copied into the evaluation's own field.
  await expect(evaluation.getByLabel('Hoe ervaren de ouders de samenwerking')).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(evaluation).toHaveCount(0);

  // The meeting preparation carries the same words.
  await page.getByRole('button', { name: 'Gesprek voorbereiden' }).click();
  const prepare = page.getByRole('dialog', { name: 'Gesprek voorbereiden' });
  const [preparation] = await Promise.all([
    page.waitForEvent('download'),
    prepare.getByRole('button', { name: 'Gespreksvoorbereiding maken' }).click(),
  ]);
  const prepText = await documentText(preparation);
  expect(prepText).toContain('Wat ouders zeiden op rapportages');
  expect(prepText).toContain('Over: Halfjaarverslag E2E, 01-01-2026 tot en met 30-06-2026, gedeeld op');
  expect(prepText).toContain(WORDS);
  await page.keyboard.press('Escape');
  await tabs.getByRole('tab', { name: 'Rapportages', exact: true }).click();
  await page.getByRole('button', { name: 'Halfjaarverslag E2E' }).click();

  // A file of another report is refused in plain Dutch.
  await detail.getByRole('button', { name: 'Reactie inlezen' }).click();
  const [second] = await Promise.all([
    page.waitForEvent('filechooser'),
    reader.getByRole('button', { name: 'Bestand kiezen' }).click(),
  ]);
  await second.setFiles({
    name: 'iets.docx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('geen zip'),
  });
  await expect(reader.getByRole('alert')).toHaveText(/Dit is geen Word-bestand \(\.docx\)/);
  await reader.getByRole('button', { name: 'Venster sluiten' }).click();

  // Make it final; the file copy carries the parent's words verbatim.
  await detail.getByRole('button', { name: 'Definitief maken' }).click();
  await expect(detail.getByText('Definitief', { exact: true })).toBeVisible();
  const [record] = await Promise.all([
    page.waitForEvent('download'),
    detail.getByRole('button', { name: 'Exporteren (dossier)' }).click(),
  ]);
  const text = await documentText(record);
  expect(text).toContain('Reactie ontvangen op');
  expect(text).toContain('in het teruggestuurde document');
  expect(text).toContain('Niet eens');
  expect(text).toContain(WORDS);
});
