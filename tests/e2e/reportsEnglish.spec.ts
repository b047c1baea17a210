// Reports in English: with the app switched to English under Instellingen, a mentor writes a report, a
// gedragswetenschapper checks and shares it, the parent's reaction is recorded and seen verbatim, and
// the copy for a parent whose preferred language is English comes out with English document texts.
import { expect, test, type Download, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { generateHome } from '../../src/data/demo/generateHome';
import { choose, fillDate } from './pages/inputs';
import { ShellPage } from './pages/ShellPage';
import { WelcomePage } from './pages/WelcomePage';

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

const WORDS = 'I do NOT agree.\nShe was "ill", not difficult & that is missing.';

async function openChildTab(page: Page, tab: string) {
  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'Young people' })
    .click();
  await page
    .getByRole('table', { name: 'Young people' })
    .getByRole('link', { name: child.name, exact: true })
    .click();
  await page.getByRole('tablist', { name: 'Sections' }).getByRole('tab', { name: tab, exact: true }).click();
}

async function documentText(download: Download): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"');
}

test('in English: write, check, share, record the reaction, see it verbatim, export for an English-speaking parent', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await new WelcomePage(page).signInToDemo(mentor.name);

  // Switch the app to English, as under Instellingen.
  await new ShellPage(page).switchToEnglish();

  // The parent prefers English.
  await openChildTab(page, 'Family and network');
  await page.getByRole('button', { name: `Edit ${parent.name}` }).click();
  const member = page.getByRole('form', { name: 'Edit parent or carer' });
  await member.getByRole('textbox', { name: 'Preferred language' }).fill('English');
  await member.getByRole('button', { name: 'Save' }).click();
  await expect(member).toHaveCount(0);

  // Write.
  await page
    .getByRole('tablist', { name: 'Sections' })
    .getByRole('tab', { name: 'Reports', exact: true })
    .click();
  await page.getByRole('button', { name: 'New report' }).click();
  const form = page.getByRole('dialog', { name: 'Write a report' });
  await choose(form, 'Kind of report', 'Own kind');
  await form.getByLabel('Name of the kind').fill('Half-year report E2E');
  await fillDate(form, 'Period from', '2026-01-01');
  await fillDate(form, 'Period until', '2026-06-30');
  await form.getByLabel('What happened (facts)').fill('Reported ill at school twice.');
  await form.getByLabel('How we see it (interpretation)').fill('School attendance is a concern.');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  const detail = page.getByRole('region', { name: /Half-year report E2E/ });
  await expect(detail.getByText('Draft', { exact: true })).toBeVisible();

  // The gedragswetenschapper checks and shares it (the sign-in screen is English now too).
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await choose(page, 'Name', scientist.name, false);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('demo-wachtwoord');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await openChildTab(page, 'Reports');
  await page.getByRole('button', { name: 'Half-year report E2E' }).click();
  await detail.getByRole('button', { name: 'Check' }).click();
  await expect(detail.getByText('Checked', { exact: true })).toBeVisible();
  await detail.getByRole('button', { name: 'Share' }).click();
  const share = page.getByRole('dialog', { name: 'Share with' });
  await choose(share, 'With whom', parent.name);
  await choose(share, 'How', 'By e-mail');
  await share.getByRole('button', { name: 'Share' }).click();
  await expect(detail.getByText(/Waiting for a reaction, \d+ days left/)).toBeVisible();

  // Record the parent's reaction, told by phone, and see it verbatim.
  await detail.getByRole('button', { name: 'Record reaction' }).click();
  const reaction = page.getByRole('dialog', { name: 'Record reaction' });
  await choose(reaction, 'Opinion: What happened', 'Do not agree');
  await reaction.getByLabel('Own words (exactly as said or written): What happened').fill(WORDS);
  await reaction.getByRole('button', { name: 'Save reaction' }).click();
  await expect(reaction).toBeHidden();
  await expect(detail.getByRole('heading', { name: `Reaction of ${parent.name}` })).toBeVisible();
  await expect(detail.getByText('What happened: Do not agree')).toBeVisible();
  await expect(detail.locator('blockquote')).toHaveText(WORDS);
  await expect(detail.getByText(/Reaction received on/)).toBeVisible();

  // The copy for the parent, who prefers English, has English document texts and their words as given.
  const [forParent] = await Promise.all([
    page.waitForEvent('download'),
    detail.getByRole('button', { name: `Export for ${parent.name}` }).click(),
  ]);
  expect(forParent.suggestedFilename()).toMatch(/^report-[A-Za-z]+-\d{4}-\d{2}-\d{2}\.docx$/);
  const text = await documentText(forParent);
  expect(text).toContain(`Your reaction, ${parent.name}`);
  expect(text).toContain('What happened');
  expect(text).toContain('Reaction received on');
  expect(text).toContain('Do not agree');
  expect(text).toContain(WORDS);
  expect(text).not.toContain('Wat er gebeurde');
  expect(text).not.toContain('Uw reactie');

  // Recording an evaluation in English shows the same words beside the parents' view.
  await page
    .getByRole('tablist', { name: 'Sections' })
    .getByRole('tab', { name: 'Evaluations', exact: true })
    .click();
  await page.getByRole('button', { name: 'Record evaluation' }).click();
  const evaluation = page.getByRole('form', { name: 'New evaluation' });
  const latest = evaluation.getByRole('region', { name: 'Parents’ latest reactions on reports' });
  await expect(
    latest.getByText(/^On: Half-year report E2E, 1 Jan 2026 to 30 Jun 2026, shared on/),
  ).toBeVisible();
  await expect(latest.getByText(/^Reaction received on .* · By phone$/)).toBeVisible();
  await expect(latest.locator('blockquote')).toHaveText(WORDS);
});
