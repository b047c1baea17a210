// School contact rules end to end: record the school with consent, set the rules (starter rules, one
// changed), mail the school and check the mailto: URL's To and CC exactly, report sick, export the card.
import { expect, test, type Download, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { ChildPages } from './pages/ChildPages';
import { choose, dutchDate, fillDate } from './pages/inputs';
import { ShellPage } from './pages/ShellPage';
import { WelcomePage } from './pages/WelcomePage';

const CHILD = 'Noor de Vries';

function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function addParent(page: Page, name: string, relation: string, authority: boolean, email?: string) {
  await page.getByRole('button', { name: 'Ouder of opvoeder toevoegen' }).click();
  const form = page.getByRole('form', { name: 'Nieuwe ouder of opvoeder' });
  await form.getByLabel('Naam').fill(name);
  await choose(form, 'Relatie', relation, false);
  if (authority) await form.getByLabel('Heeft gezag').check();
  if (email) await form.getByLabel('E-mail').fill(email);
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toHaveCount(0);
}

async function documentText(download: Download): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

test('set school rules, mail the school with the exact To and CC, report sick, export the school card', async ({
  page,
}) => {
  // One long journey through four tabs: more than the default minute on a busy machine.
  test.setTimeout(300_000);
  const welcome = new WelcomePage(page);
  await welcome.startNewHome('De Eik', 'Marieke Jansen', 'zomer-appel-42');
  await new ShellPage(page).addChild({
    name: CHILD,
    birthDate: '2016-05-14',
    placementStart: daysAgo(200),
    legalFramework: 'OTS (ondertoezichtstelling)',
  });
  const child = new ChildPages(page);
  await child.tab('Gezin en netwerk');
  await addParent(page, 'Samira de Vries', 'Moeder', true, 'samira@example.nl');
  await addParent(page, 'Kees de Vries', 'Vader', false, 'kees@example.nl');
  await addParent(page, 'Ruud Smit', 'Stiefouder', false);
  // The shared-parenting agreement the sick-report rule will come from.
  await child.tab('Afspraken');
  await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
  const agreementForm = page.getByRole('form', { name: 'Nieuwe afspraak' });
  await choose(agreementForm, 'Onderwerp', 'Ziekmelden op school', false);
  await agreementForm.getByLabel('Wat is afgesproken').fill('De groep belt school vóór 8:15 en appt moeder.');
  await agreementForm.getByRole('group', { name: 'Wie voert het uit' }).getByLabel('Groepsleiding').check();
  await agreementForm.getByRole('button', { name: 'Opslaan' }).click();
  await expect(agreementForm).toHaveCount(0);

  // The school, with a typo in the absence address caught at the field.
  await page
    .getByRole('tablist', { name: 'Onderdelen' })
    .getByRole('tab', { name: 'School', exact: true })
    .click();
  await page.getByRole('button', { name: 'School vastleggen' }).click();
  const schoolForm = page.getByRole('form', { name: 'School vastleggen' });
  await schoolForm.getByLabel('Naam van de school').fill('OBS De Regenboog');
  await schoolForm.getByLabel('Groep of klas').fill('groep 6');
  await schoolForm.getByLabel('E-mailadres voor verzuim').fill('verzuim@regenboog,nl');
  await schoolForm.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
  await schoolForm.getByLabel('Naam', { exact: true }).fill('Juf Anouk');
  await schoolForm.getByLabel('E-mailadres', { exact: true }).fill('anouk@regenboog.nl');
  await schoolForm.getByLabel('Samira de Vries: In CC bij schoolmail').check();
  await schoolForm.getByLabel('Samira de Vries: Contactgegevens op de schoolkaart').check();
  await schoolForm.getByLabel('Kees de Vries: In CC bij schoolmail').check();
  await schoolForm.getByRole('button', { name: 'Opslaan' }).click();
  await expect(schoolForm.getByText('Er staat een komma of puntkomma in. Bedoelt u een punt?')).toBeVisible();
  await schoolForm.getByLabel('E-mailadres voor verzuim').fill('verzuim@regenboog.nl');
  await schoolForm.getByRole('button', { name: 'Opslaan' }).click();
  await expect(schoolForm).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'OBS De Regenboog' })).toBeVisible();

  // Starter rules, then the sick-report rule: the group calls before 8:15, only the mother in CC.
  await page.getByRole('button', { name: 'Startafspraken toevoegen' }).click();
  const rules = page.getByRole('table', { name: 'Afspraken met school' });
  await expect(rules.getByRole('row')).toHaveCount(9);
  await expect(rules.getByRole('row', { name: 'Ziekmelden' })).toContainText('Beide ouders');
  await rules.getByRole('button', { name: 'Afspraak over Ziekmelden wijzigen' }).click();
  const ruleForm = page.getByRole('form', { name: 'Afspraak over Ziekmelden wijzigen' });
  const who = ruleForm.getByRole('group', { name: 'Wie doet het' });
  await who.getByLabel('Beide ouders').uncheck();
  await who.getByLabel('Groepsleiding').check();
  const cc = ruleForm.getByRole('group', { name: 'In CC bij e-mail (ontvangt)' });
  await cc.getByLabel('Kees de Vries').uncheck();
  await ruleForm.getByLabel('Hoe').fill('Bellen naar de administratie');
  await choose(ruleForm, 'Hoort bij de afspraak', /^Ziekmelden op school: De groep belt school/);
  await ruleForm.getByRole('button', { name: 'Opslaan' }).click();
  await expect(ruleForm).toHaveCount(0);
  await expect(rules.getByRole('row', { name: 'Ziekmelden' })).toContainText('Groepsleiding');
  await expect(rules.getByRole('row', { name: 'Ziekmelden' })).toContainText(
    'Uit afspraak: Ziekmelden op school: De groep belt school vóór 8:15 en appt moeder.',
  );

  // Leave may only be signed by a parent with authority.
  await rules.getByRole('button', { name: 'Afspraak over Verlof aanvragen wijzigen' }).click();
  const leave = page.getByRole('form', { name: 'Afspraak over Verlof aanvragen wijzigen' });
  await leave.getByRole('group', { name: 'Wie doet het' }).getByLabel('Kees de Vries').check();
  await leave.getByRole('button', { name: 'Opslaan' }).click();
  await expect(leave.getByText('Alleen een ouder met gezag mag verlof ondertekenen.')).toBeVisible();
  await leave.getByRole('group', { name: 'Wie doet het' }).getByLabel('Kees de Vries').uncheck();
  await leave.getByRole('button', { name: 'Opslaan' }).click();
  await expect(leave).toHaveCount(0);

  // Mail the school about a sick report: To the absence address, CC exactly the mother.
  await page.getByRole('button', { name: 'Mail de school' }).click();
  await page.getByLabel('Onderwerp', { exact: true }).selectOption({ label: 'Ziekmelden' });
  const [sickMail] = await Promise.all([
    page.waitForRequest((request) => request.url().startsWith('mailto:')),
    page.getByRole('button', { name: 'Mail openen' }).click(),
  ]);
  const sickUrl = new URL(sickMail.url());
  expect(sickUrl.pathname).toBe('verzuim@regenboog.nl');
  expect(sickUrl.searchParams.get('cc')).toBe('samira@example.nl');
  expect(sickUrl.searchParams.get('subject')).toBe('Noor (groep 6) – ziekmelding');
  await page.getByRole('button', { name: 'Vastleggen als contact' }).click();
  await expect(page.getByRole('button', { name: 'Vastleggen als contact' })).toHaveCount(0);

  // The general school mail goes to the teacher, both consenting parents in CC; the stepfather is named.
  await page.getByRole('button', { name: 'Mail de school' }).click();
  await page.getByLabel('Onderwerp', { exact: true }).selectOption({ label: 'E-mail met school' });
  await expect(
    page.getByText('Ruud Smit heeft geen e-mailadres en staat daarom niet in de CC.'),
  ).toBeVisible();
  const [generalMail] = await Promise.all([
    page.waitForRequest((request) => request.url().startsWith('mailto:')),
    page.getByRole('button', { name: 'Mail openen' }).click(),
  ]);
  const generalUrl = new URL(generalMail.url());
  expect(generalUrl.pathname).toBe('anouk@regenboog.nl');
  // Exactly these two, in the rule's order (the family's order): compared as a set.
  expect(generalUrl.searchParams.get('cc')?.split(',').sort()).toEqual([
    'kees@example.nl',
    'samira@example.nl',
  ]);
  await page.getByRole('button', { name: 'Sluiten', exact: true }).click();

  // Report sick: the plan says who calls before when and whom to tell; the day is recorded.
  await page.getByRole('button', { name: 'Ziek melden' }).click();
  const plan = page.getByRole('dialog', { name: 'Noor ziek melden' });
  await expect(plan).toContainText('Groepsleiding belt school vóór 08:15.');
  await expect(plan).toContainText('Hoe: Bellen naar de administratie');
  await expect(plan).toContainText('Samira de Vries');
  await page.getByRole('button', { name: 'Ziekmelding vastleggen' }).click();
  const open = page.getByRole('region', { name: 'Nu ziek' });
  await expect(open.getByText('Ouders weten het nog niet')).toBeVisible();
  await open.getByRole('button', { name: 'Ouders zijn ingelicht' }).click();
  await expect(open.getByText('Ouders weten het', { exact: true })).toBeVisible();
  await open.getByRole('button', { name: 'School is gebeld' }).click();
  await expect(open.getByRole('button', { name: 'School is gebeld' })).toHaveCount(0);

  // Back at school today: the report closes and stays as history.
  const today = daysAgo(0);
  await fillDate(open, 'Weer naar school op', today);
  await open.getByRole('button', { name: 'Beter melden' }).click();
  await expect(page.getByRole('region', { name: 'Nu ziek' })).toHaveCount(0);
  const sickHistory = page
    .getByRole('region', { name: 'Eerdere ziekmeldingen' })
    .getByRole('table', { name: 'Eerdere ziekmeldingen' });
  await expect(sickHistory.getByRole('row')).toHaveCount(2);
  await expect(sickHistory.getByRole('row').nth(1)).toContainText(`${dutchDate(today)}${dutchDate(today)}`);
  await expect(sickHistory.getByRole('row').nth(1)).toContainText(/(Op tijd|Te laat) gemeld/);

  // The mail was logged as a contact with the mother.
  await child.tab('Contact');
  await expect(page.getByText('Mail aan school (Ziekmelden): Noor (groep 6) – ziekmelding')).toBeVisible();

  // The school card: who reports sick, whom to CC, parents' details only with consent.
  await page
    .getByRole('tablist', { name: 'Onderdelen' })
    .getByRole('tab', { name: 'Documenten', exact: true })
    .click();
  const card = page.getByRole('region', { name: 'Schoolkaart' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'Schoolkaart maken' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^schoolkaart-NdV-\d{4}-\d{2}-\d{2}\.docx$/);
  const text = await documentText(download);
  expect(text).toContain('Wie meldt ziek\nBegeleiding op de groep');
  expect(text).toContain('Vóór 08:15');
  expect(text).toContain('Samira de Vries\nsamira@example.nl');
  expect(text).toContain('Via de groep (geen toestemming om gegevens te delen)');
  expect(text).toContain('Samira de Vries (Moeder)');
  expect(text).not.toContain('Kees de Vries (Vader)');

  // The father is removed from the family: the rules that copied him say so, and the form lets him go.
  await child.tab('Gezin en netwerk');
  await page.getByRole('button', { name: 'Kees de Vries verwijderen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByRole('button', { name: 'Kees de Vries verwijderen' })).toHaveCount(0);
  await page
    .getByRole('tablist', { name: 'Onderdelen' })
    .getByRole('tab', { name: 'School', exact: true })
    .click();
  const mailRule = rules.getByRole('row', { name: 'E-mail met school' });
  const removedWarning = 'Let op: iemand in deze afspraak staat niet meer bij het gezin.';
  await expect(mailRule.getByLabel(removedWarning)).toBeVisible();
  await expect(rules.getByRole('row', { name: 'Ziekmelden' }).getByLabel(removedWarning)).toHaveCount(0);
  await mailRule.getByRole('button', { name: 'Afspraak over E-mail met school wijzigen' }).click();
  const mailForm = page.getByRole('form', { name: 'Afspraak over E-mail met school wijzigen' });
  await mailForm.getByRole('button', { name: 'Opslaan' }).click();
  await expect(mailForm.getByText('Iemand hier staat niet meer bij het gezin. Kies opnieuw.')).toBeVisible();
  const mailCc = mailForm.getByRole('group', { name: 'In CC bij e-mail (ontvangt)' });
  await mailCc.getByLabel('Niet meer bij het gezin (vink uit)').uncheck();
  await expect(mailCc.getByLabel('Samira de Vries')).toBeChecked();
  await mailForm.getByRole('button', { name: 'Opslaan' }).click();
  await expect(mailForm).toHaveCount(0);
  await expect(mailRule.getByLabel(removedWarning)).toHaveCount(0);

  // A change of school mid-year: the old school and its rules stay as history, none of them apply.
  await page.getByRole('button', { name: 'Naar een andere school' }).click();
  const change = page.getByRole('form', { name: 'Naar een andere school' });
  await fillDate(change, /^Laatste dag op de oude school/, daysAgo(1));
  await change.getByLabel('Naam van de school').fill('Het Kompas');
  await change.getByLabel('Afspraken van de oude school overnemen').uncheck();
  await change.getByRole('button', { name: 'Opslaan' }).click();
  await expect(change).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Het Kompas' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Afspraken met school' })).toContainText(
    'Nog geen afspraken met school.',
  );
  await expect(page.getByRole('region', { name: 'Eerdere scholen' })).toContainText(
    `OBS De Regenboog, tot ${dutchDate(daysAgo(1))} 8 afspraken (niet meer van kracht)`,
  );
  // The old school's rules themselves, folded away until asked for: the same words, nothing to change.
  const earlier = page.getByRole('region', { name: 'Eerdere scholen' });
  const oldRules = earlier.getByRole('table', {
    name: 'Afspraken met OBS De Regenboog (niet meer van kracht)',
  });
  await expect(oldRules).toBeHidden();
  await earlier.getByRole('button', { name: 'Afspraken tonen' }).click();
  await expect(oldRules).toBeVisible();
  await expect(oldRules.getByRole('row')).toHaveCount(9);
  const oldSick = oldRules.getByRole('row', { name: 'Ziekmelden' });
  await expect(oldSick).toContainText('Groepsleiding');
  await expect(oldSick).toContainText('Bellen naar de administratie');
  await expect(oldSick).toContainText(
    'Uit afspraak: Ziekmelden op school: De groep belt school vóór 8:15 en appt moeder.',
  );
  await expect(oldRules.getByRole('button')).toHaveCount(0);
  await earlier.getByRole('button', { name: 'Afspraken verbergen' }).click();
  await expect(oldRules).toBeHidden();
  // The sick report of today keeps its history; the dashboard now asks for rules at the new school.
  await expect(page.getByRole('table', { name: 'Eerdere ziekmeldingen' }).getByRole('row')).toHaveCount(2);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
  const schoolCard = page.getByRole('region', { name: /^School \(\d+\)$/ });
  await expect(schoolCard.getByRole('row', { name: /Noor de Vries/ })).toContainText(
    'Geen afspraken met school',
  );
  await schoolCard.getByRole('link', { name: 'Afspraken maken voor Noor de Vries' }).click();
  await expect(page.getByRole('heading', { name: 'Het Kompas' })).toBeVisible();
});

test('the core school flow in English: rules, mail with exact To and CC, sick and better', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const welcome = new WelcomePage(page);
  await welcome.startNewHome('De Eik', 'Marieke Jansen', 'zomer-appel-42');
  const shell = new ShellPage(page);
  await shell.addChild({
    name: CHILD,
    birthDate: '2016-05-14',
    placementStart: daysAgo(200),
    legalFramework: 'OTS (ondertoezichtstelling)',
  });
  await new ChildPages(page).tab('Gezin en netwerk');
  await addParent(page, 'Samira de Vries', 'Moeder', true, 'samira@example.nl');
  await addParent(page, 'Kees de Vries', 'Vader', false, 'kees@example.nl');

  await shell.switchToEnglish();
  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'Young people' })
    .click();
  await page.getByRole('table', { name: 'Young people' }).getByRole('link', { name: CHILD }).click();
  await page
    .getByRole('tablist', { name: 'Sections' })
    .getByRole('tab', { name: 'School', exact: true })
    .click();

  await page.getByRole('button', { name: 'Record school' }).click();
  const schoolForm = page.getByRole('form', { name: 'Record school' });
  await schoolForm.getByLabel('Name of the school').fill('OBS De Regenboog');
  await schoolForm.getByLabel('Class or year').fill('groep 6');
  await schoolForm.getByLabel('E-mail address for absence').fill('verzuim@regenboog;nl');
  await schoolForm.getByLabel('Samira de Vries: In CC on school mail').check();
  await schoolForm.getByLabel('Kees de Vries: In CC on school mail').check();
  await schoolForm.getByRole('button', { name: 'Save' }).click();
  await expect(
    schoolForm.getByText('There is a comma or semicolon in it. Did you mean a full stop?'),
  ).toBeVisible();
  await schoolForm.getByLabel('E-mail address for absence').fill('verzuim@regenboog.nl');
  await schoolForm.getByRole('button', { name: 'Save' }).click();
  await expect(schoolForm).toHaveCount(0);

  await page.getByRole('button', { name: 'Add starter arrangements' }).click();
  const rules = page.getByRole('table', { name: 'Arrangements with the school' });
  await expect(rules.getByRole('row', { name: 'Reporting sick' })).toContainText('Both parents');
  await expect(rules.getByRole('row', { name: 'Reporting sick' })).toContainText('before 08:15');

  // Only a parent with authority may sign leave: the father cannot.
  await rules.getByRole('button', { name: /Leave requests/ }).click();
  const leave = page.getByRole('form', { name: /Leave requests/ });
  await leave.getByRole('group', { name: 'Who does it' }).getByLabel('Kees de Vries').check();
  await leave.getByRole('button', { name: 'Save' }).click();
  await expect(
    leave.getByText('Only a parent with parental authority may sign a leave request.'),
  ).toBeVisible();
  await leave.getByRole('button', { name: 'Cancel' }).click();

  // The sick-report mail: To the absence address, CC both consenting parents (the starter rule).
  await page.getByRole('button', { name: 'Mail the school' }).click();
  await page.getByLabel('Topic', { exact: true }).selectOption({ label: 'Reporting sick' });
  const [sickMail] = await Promise.all([
    page.waitForRequest((request) => request.url().startsWith('mailto:')),
    page.getByRole('button', { name: 'Open mail' }).click(),
  ]);
  const url = new URL(sickMail.url());
  expect(url.pathname).toBe('verzuim@regenboog.nl');
  expect(url.searchParams.get('cc')?.split(',').sort()).toEqual(['kees@example.nl', 'samira@example.nl']);
  expect(url.searchParams.get('subject')).toBe('Noor (groep 6) – absence (sick)');
  await page.getByRole('button', { name: 'Close', exact: true }).click();

  // Sick today, then better: the report moves to the history.
  await page.getByRole('button', { name: 'Report sick' }).click();
  const plan = page.getByRole('dialog', { name: 'Report Noor sick' });
  await expect(plan).toContainText('Samira de Vries');
  await plan.getByRole('button', { name: 'Record sick report' }).click();
  const open = page.getByRole('region', { name: 'Sick now' });
  await expect(open.getByText('Parents do not know yet')).toBeVisible();
  // English dates are typed dd/mm/yyyy.
  await open
    .getByRole('textbox', { name: 'Back at school on' })
    .fill(dutchDate(daysAgo(0)).replace(/-/g, '/'));
  await open.getByRole('textbox', { name: 'Back at school on' }).press('Tab');
  await open.getByRole('button', { name: 'Report better' }).click();
  await expect(page.getByRole('region', { name: 'Sick now' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Earlier sick reports' }).getByRole('row')).toHaveCount(2);
});
