// Staff rotation and continuity from the UI: plan and copy a week, see the family with too many faces,
// change a contact person with a letter, and export the family's fixed moments as .ics.
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { choose, dutchDate, fillDate } from './pages/inputs';
import { WelcomePage } from './pages/WelcomePage';

/** The demo's first coordinator (sees the home's settings). */
const COORDINATOR = 'Koen Vos';

/** Opens the demo home, signs in (as `name`, or the first on the list) and goes to Rooster; returns who. */
async function openDemoHome(page: Page, name?: string): Promise<string> {
  const who = await new WelcomePage(page).signInToDemo(name);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Rooster' }).click();
  await expect(page.getByRole('heading', { name: 'Rooster', level: 1 })).toBeVisible();
  return who;
}

/** Picks the first option of a Mantine select whose options we do not know by name (except some). */
async function chooseFirst(scope: Page, label: string, except: string[] = []) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  const texts = await scope.getByRole('option').allTextContents();
  const index = texts.findIndex((text) => !except.some((name) => name && text.includes(name)));
  const option = scope.getByRole('option').nth(index);
  const text = (await option.textContent()) ?? '';
  await option.click();
  return text;
}

/** Chooses an option of a Mantine select by the select's accessible name (required ones too). */
async function chooseOption(scope: Locator, label: string, option: string) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await scope.page().getByRole('option', { name: option, exact: true }).click();
  await expect(scope.getByRole('combobox', { name: label, exact: true })).toHaveValue(option);
}

const isoOf = (text: string) => text.split('-').reverse().join('-');

/** `days` after an ISO date (UTC arithmetic: no time zone shifts it). */
const addDaysIso = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

test('plans a shift in an empty week and copies that week into the next', async ({ page }) => {
  const me = await openDemoHome(page);
  // The demo roster reaches two weeks ahead; three weeks ahead is still empty.
  for (let index = 0; index < 3; index++) await page.getByRole('button', { name: 'Volgende week' }).click();
  const range = (await page.getByText(/\d{2}-\d{2}-\d{4} t\/m/).textContent()) ?? '';
  const monday = isoOf(range.slice(0, 10));
  const grid = page.getByRole('table', { name: 'Rooster van de week' });
  await expect(grid.getByText(/–\d{2}:\d{2}/)).toHaveCount(0);

  await page.getByRole('button', { name: 'Dienst plannen' }).click();
  const drawer = page.getByRole('form', { name: 'Dienst plannen' });
  await drawer.getByRole('button', { name: 'Opslaan' }).click();
  await expect(drawer.getByText('Vul dit veld in.')).toBeVisible();
  const name = await chooseFirst(page, 'Medewerker');
  const wednesday = `${monday.slice(0, 8)}${String(Number(monday.slice(8)) + 2).padStart(2, '0')}`;
  await drawer.getByRole('textbox', { name: 'Datum', exact: true }).fill(dutchDate(wednesday));
  await drawer.getByRole('textbox', { name: 'Datum', exact: true }).press('Tab');
  await chooseOption(drawer, 'Dienst', 'Avonddienst');
  await drawer.getByRole('button', { name: 'Opslaan' }).click();
  await expect(grid.getByLabel(`${name}: Avonddienst 15:00–23:00`)).toBeVisible();

  await page.getByRole('button', { name: 'Volgende week' }).click();
  await expect(grid.getByLabel(`${name}: Avonddienst 15:00–23:00`)).toHaveCount(0);
  await page.getByRole('button', { name: 'Vorige week kopiëren' }).click();
  await expect(page.getByText('1 dienst gekopieerd.')).toBeVisible();
  await expect(grid.getByLabel(`${name}: Avonddienst 15:00–23:00`)).toBeVisible();

  // Each staff member can look at their own week only.
  await page.getByText('Mijn week').click();
  await expect(grid.getByRole('row')).toHaveCount(2);
  await expect(grid.getByRole('rowheader', { name: me, exact: true })).toBeVisible();
});

test('shows the family with too many faces, changes its contact person with a letter, exports .ics', async ({
  page,
}) => {
  // A long journey through the demo home (created in the browser first): more than the default minute.
  test.setTimeout(180_000);
  await openDemoHome(page);
  await page.getByRole('tab', { name: 'Continuïteit' }).click();
  // The alerts are a work-queue card: the child, what is wrong, one button to where it is fixed.
  const alerts = page.getByRole('region', { name: /^Continuïteit \(\d+\)$/ });
  const tooManyRow = alerts.getByRole('row', {
    name: /De ouders spraken \d+ verschillende medewerkers in 30 dagen \(meer dan 4\)/,
  });
  await expect(tooManyRow).toBeVisible();
  const childName = (await tooManyRow.getByRole('link').first().textContent()) ?? '';
  const childFirstName = childName.split(' ')[0] ?? '';
  await tooManyRow.getByRole('link', { name: `Vaste gezichten bekijken voor ${childName}` }).click();

  const roles = page.getByRole('region', { name: 'Vaste gezichten voor deze jeugdige' });
  await expect(roles.getByText('Het eerste aanspreekpunt voor de ouders')).toBeVisible();
  await roles.getByRole('button', { name: 'Vaste contactpersoon wijzigen' }).click();
  const change = page.getByRole('form', { name: 'Vaste contactpersoon wijzigen' });
  // The backup cannot also be the contact person: take someone else.
  const backupRow = (await roles.getByRole('row', { name: /^Vervanger/ }).textContent()) ?? '';
  const backup = /vaste contactpersoon er niet is\.(.*?)sinds/.exec(backupRow)?.[1]?.trim() ?? '';
  const newPerson = await chooseFirst(page, 'Nieuwe vaste contactpersoon', [backup]);
  await change.getByRole('button', { name: 'Opslaan' }).click();
  await expect(change.getByText('Kies waarom dit verandert.')).toBeVisible();
  await chooseOption(change, 'Reden van de wijziging', 'Wens van de ouders');
  await change.getByRole('button', { name: 'Opslaan' }).click();

  const letterForm = page.getByRole('form', { name: 'Brief aan de ouders' });
  await letterForm.getByLabel('Telefoon').fill('06-12345678');
  const [letter] = await Promise.all([
    page.waitForEvent('download'),
    letterForm.getByRole('button', { name: 'Brief maken' }).click(),
  ]);
  expect(letter.suggestedFilename()).toMatch(/^brief-contactpersoon-[A-Za-z]+-\d{4}-\d{2}-\d{2}\.docx$/);
  const xml = await documentXml(letter);
  expect(xml).toContain(`${newPerson} uw vaste contactpersoon bij ons voor ${childFirstName}`);
  expect(xml).toContain('06-12345678');
  await letterForm.getByRole('button', { name: 'Sluiten' }).click();

  await expect(roles.getByText(newPerson)).toBeVisible();
  await roles.getByRole('button', { name: 'Geschiedenis tonen' }).click();
  await expect(
    roles.getByRole('table', { name: 'Geschiedenis van de rollen' }).getByText('Wens van de ouders'),
  ).toBeVisible();

  // A fixed moment, then the calendar file: parsed back, initials only.
  const moments = page.getByRole('region', { name: 'Vaste contactmomenten' });
  await moments.getByRole('button', { name: 'Contactmoment toevoegen' }).click();
  const momentForm = page.getByRole('form', { name: 'Nieuw vast contactmoment' });
  await chooseOption(momentForm, 'Dag', 'dinsdag');
  await chooseOption(momentForm, 'Hoe', 'Beeldbellen');
  await momentForm
    .getByLabel('In de woorden van het gezin')
    .fill(`beeldbellen met moeder, ${childFirstName} kijkt mee`);
  await momentForm.getByRole('button', { name: 'Opslaan' }).click();
  await expect(moments.getByText(/elke dinsdag om 19:00, beeldbellen/)).toBeVisible();

  const [calendar] = await Promise.all([
    page.waitForEvent('download'),
    moments.getByRole('button', { name: 'Agenda-bestand (.ics)' }).click(),
  ]);
  expect(calendar.suggestedFilename()).toMatch(/^contactmomenten-[A-Za-z]+-\d{4}-\d{2}-\d{2}\.ics$/);
  const text = await readFile(await calendar.path(), 'utf8');
  expect(text).not.toContain(childFirstName);
  const events = new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent));
  // The moment added here (the demo family may have fixed moments of its own on other days).
  const weekly = events.find(
    (event) =>
      event.summary.startsWith('Vast contactmoment') &&
      String(event.component.getFirstPropertyValue('rrule')).includes('BYDAY=TU'),
  );
  expect(weekly?.summary).toMatch(/^Vast contactmoment [A-Za-z]+ \(beeldbellen\)$/);
  expect(weekly?.startDate.toString()).toMatch(/T19:00:00$/);
  expect(weekly?.component.getFirstPropertyValue('rrule')?.toString()).toContain('BYDAY=TU');
  expect(events.some((event) => event.summary.startsWith('Evaluatie samenwerking'))).toBe(true);
});

test('a coordinator sets how many faces are too many in Instellingen, and the alert follows', async ({
  page,
}) => {
  await openDemoHome(page, COORDINATOR);
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Instellingen' })
    .click();
  const card = page.getByRole('region', { name: 'Te veel gezichten voor een gezin' });
  const field = card.getByRole('textbox', { name: 'Hoogstens verschillende medewerkers in 30 dagen' });
  await expect(field).toHaveValue('4');
  for (const bad of ['0', '21']) {
    await field.fill(bad);
    await card.getByRole('button', { name: 'Aantal opslaan' }).click();
    await expect(card.getByText('Kies een heel getal van 1 tot en met 20.')).toBeVisible();
  }
  await field.fill('2');
  await card.getByRole('button', { name: 'Aantal opslaan' }).click();
  await expect(card.getByText('Kies een heel getal van 1 tot en met 20.')).toHaveCount(0);
  await expect(page.getByText('Opgeslagen', { exact: true })).toBeVisible();

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Rooster' }).click();
  await page.getByRole('tab', { name: 'Continuïteit' }).click();
  const alerts = page.getByRole('region', { name: /^Continuïteit \(\d+\)$/ });
  // A lower threshold flags more families: show every row of the card.
  const showAll = alerts.getByRole('button', { name: /^Alle \d+ tonen$/ });
  if (await showAll.count()) await showAll.click();
  await expect(
    alerts
      .getByRole('row', { name: /spraken \d+ verschillende medewerkers in 30 dagen \(meer dan 2\)/ })
      .first(),
  ).toBeVisible();
  await expect(alerts.getByRole('row', { name: /\(meer dan 4\)/ })).toHaveCount(0);
});

/** Types `HH:MM` into the 24 h time field labelled `label` (hours, then minutes). */
async function fillTime(scope: Locator, label: string, time: string) {
  const [hours, minutes] = time.split(':') as [string, string];
  // The picker's two spinbuttons are named "Uren" and "Minuten"; the field's label sits beside them.
  const group = scope.getByText(new RegExp(`^${label}`)).locator('xpath=..');
  await group.getByRole('spinbutton', { name: 'Uren' }).fill(hours);
  await group.getByRole('spinbutton', { name: 'Minuten' }).fill(minutes);
}

/** Goes `weeks` weeks ahead in the week grid; returns that week's Monday (ISO). */
async function weeksAhead(page: Page, weeks: number): Promise<string> {
  for (let index = 0; index < weeks; index++)
    await page.getByRole('button', { name: 'Volgende week' }).click();
  const range = (await page.getByText(/\d{2}-\d{2}-\d{4} t\/m/).textContent()) ?? '';
  return isoOf(range.slice(0, 10));
}

test("the home's own shift types are added and renamed, offered when planning; a planned shift is changed and deleted", async ({
  page,
}) => {
  await openDemoHome(page);
  await page.getByRole('button', { name: 'Eigen diensten' }).click();
  const types = page.getByRole('dialog', { name: 'Eigen diensten van het huis' });
  const newType = types.getByRole('form', { name: 'Nieuwe eigen dienst' });
  await newType.getByRole('button', { name: 'Dienst toevoegen' }).click();
  await expect(newType.getByText('Vul dit veld in.').first()).toBeVisible();
  await newType.getByRole('textbox', { name: 'Naam', exact: true }).fill('Weekenddienst');
  await fillTime(newType, 'Begint om', '10:00');
  await fillTime(newType, 'Eindigt om', '18:00');
  await newType.getByRole('button', { name: 'Dienst toevoegen' }).click();
  const table = types.getByRole('table', { name: 'Eigen diensten van het huis' });
  await expect(table.getByRole('row', { name: /Weekenddienst 10:00–18:00/ })).toBeVisible();
  await table.getByRole('button', { name: 'Weekenddienst wijzigen' }).click();
  const rename = types.getByRole('form', { name: 'Weekenddienst wijzigen' });
  await rename.getByRole('textbox', { name: 'Naam', exact: true }).fill('Zaterdagdienst');
  await rename.getByRole('button', { name: 'Opslaan' }).click();
  await expect(table.getByRole('row', { name: /Zaterdagdienst 10:00–18:00/ })).toBeVisible();
  await expect(table.getByText('Weekenddienst')).toHaveCount(0);
  await page.keyboard.press('Escape');

  // Four weeks ahead is empty in the demo: plan the own shift there (its times follow the type).
  const monday = await weeksAhead(page, 4);
  const grid = page.getByRole('table', { name: 'Rooster van de week' });
  await page.getByRole('button', { name: 'Dienst plannen' }).click();
  const plan = page.getByRole('form', { name: 'Dienst plannen' });
  const name = await chooseFirst(page, 'Medewerker');
  await plan.getByRole('textbox', { name: 'Datum', exact: true }).fill(dutchDate(monday));
  await plan.getByRole('textbox', { name: 'Datum', exact: true }).press('Tab');
  await chooseOption(plan, 'Dienst', 'Zaterdagdienst');
  await plan.getByRole('button', { name: 'Opslaan' }).click();
  const own = grid.getByRole('button', { name: `${name}: Zaterdagdienst 10:00–18:00` });
  await expect(own).toBeVisible();

  // Changed: another kind, another time.
  await own.click();
  const edit = page.getByRole('form', { name: 'Dienst wijzigen' });
  await expect(edit.getByRole('combobox', { name: 'Dienst', exact: true })).toHaveValue('Zaterdagdienst');
  await chooseOption(edit, 'Dienst', 'Avonddienst');
  await fillTime(edit, 'Eindigt om', '22:30');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  const changed = grid.getByRole('button', { name: `${name}: Avonddienst 15:00–22:30` });
  await expect(changed).toBeVisible();
  await expect(grid.getByRole('button', { name: /Zaterdagdienst/ })).toHaveCount(0);

  // Deleted.
  await changed.click();
  await page
    .getByRole('form', { name: 'Dienst wijzigen' })
    .getByRole('button', { name: 'Dienst verwijderen' })
    .click();
  await expect(page.getByText('Dienst verwijderd')).toBeVisible();
  await expect(grid.getByText(/–\d{2}:\d{2}/)).toHaveCount(0);
});

test('an own shift type is archived: no longer offered when planning, its planned shifts keep its name; then restored', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openDemoHome(page);
  await page.getByRole('button', { name: 'Eigen diensten' }).click();
  const types = page.getByRole('dialog', { name: 'Eigen diensten van het huis' });
  const newType = types.getByRole('form', { name: 'Nieuwe eigen dienst' });
  await newType.getByRole('textbox', { name: 'Naam', exact: true }).fill('Middagdienst');
  await fillTime(newType, 'Begint om', '12:00');
  await fillTime(newType, 'Eindigt om', '20:00');
  await newType.getByRole('button', { name: 'Dienst toevoegen' }).click();
  const table = types.getByRole('table', { name: 'Eigen diensten van het huis' });
  await expect(table.getByRole('row', { name: /Middagdienst 12:00–20:00/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(types).toBeHidden();

  // Planned with the type while it is in use.
  const monday = await weeksAhead(page, 4);
  const grid = page.getByRole('table', { name: 'Rooster van de week' });
  await page.getByRole('button', { name: 'Dienst plannen' }).click();
  const plan = page.getByRole('form', { name: 'Dienst plannen' });
  const name = await chooseFirst(page, 'Medewerker');
  await plan.getByRole('textbox', { name: 'Datum', exact: true }).fill(dutchDate(monday));
  await plan.getByRole('textbox', { name: 'Datum', exact: true }).press('Tab');
  await chooseOption(plan, 'Dienst', 'Middagdienst');
  await plan.getByRole('button', { name: 'Opslaan' }).click();
  const planned = grid.getByRole('button', { name: `${name}: Middagdienst 12:00–20:00` });
  await expect(planned).toBeVisible();

  // Archived.
  await page.getByRole('button', { name: 'Eigen diensten' }).click();
  await table.getByRole('button', { name: 'Middagdienst archiveren' }).click();
  await expect(page.getByText('Middagdienst gearchiveerd.')).toBeVisible();
  await expect(table.getByRole('row', { name: /Middagdienst.*Gearchiveerd/ })).toBeVisible();
  await expect(table.getByRole('button', { name: 'Middagdienst terugzetten' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(types).toBeHidden();

  // The planned shift still shows its name, and keeps its type when opened.
  await expect(planned).toBeVisible();
  await planned.click();
  const edit = page.getByRole('form', { name: 'Dienst wijzigen' });
  await expect(edit.getByRole('combobox', { name: 'Dienst', exact: true })).toHaveValue('Middagdienst');
  await edit.getByRole('button', { name: 'Annuleren' }).click();

  // A new shift no longer offers it.
  await page.getByRole('button', { name: 'Dienst plannen' }).click();
  await plan.getByRole('combobox', { name: 'Dienst', exact: true }).click();
  await expect(page.getByRole('option', { name: 'Avonddienst', exact: true })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Middagdienst', exact: true })).toHaveCount(0);
  await plan.getByRole('combobox', { name: 'Dienst', exact: true }).press('Escape');
  await plan.getByRole('button', { name: 'Annuleren' }).click();
  await expect(plan).toBeHidden();

  // Nor does a pattern line.
  await page.getByRole('button', { name: 'Vast patroon' }).click();
  const pattern = page.getByRole('form', { name: 'Vast patroon van een medewerker' });
  await pattern.getByRole('button', { name: 'Regel toevoegen' }).click();
  const lastLine = pattern.getByRole('group', { name: /^Regel \d+$/ }).last();
  await lastLine.getByRole('combobox', { name: 'Dienst', exact: true }).click();
  await expect(page.getByRole('option', { name: 'Nachtdienst', exact: true })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Middagdienst', exact: true })).toHaveCount(0);
  await lastLine.getByRole('combobox', { name: 'Dienst', exact: true }).press('Escape');
  await pattern.getByRole('button', { name: 'Annuleren' }).click();
  await expect(pattern).toBeHidden();

  // Restored: offered again.
  await page.getByRole('button', { name: 'Eigen diensten' }).click();
  await table.getByRole('button', { name: 'Middagdienst terugzetten' }).click();
  await expect(page.getByText('Middagdienst is weer te kiezen bij het plannen.')).toBeVisible();
  await expect(table.getByText('Gearchiveerd')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(types).toBeHidden();
  await page.getByRole('button', { name: 'Dienst plannen' }).click();
  await chooseOption(plan, 'Dienst', 'Middagdienst');
});

test('a roster drawer asks before closing when something was typed; keep editing keeps it, closing drops it', async ({
  page,
}) => {
  await openDemoHome(page);
  // Nothing typed: Escape closes at once.
  await page.getByRole('button', { name: 'Afwezigheid' }).click();
  const absence = page.getByRole('dialog', { name: 'Afwezigheid invoeren' });
  await expect(absence).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(absence).toBeHidden();

  await page.getByRole('button', { name: 'Eigen diensten' }).click();
  const types = page.getByRole('dialog', { name: 'Eigen diensten van het huis' });
  const name = types.getByRole('textbox', { name: 'Naam', exact: true });
  await name.fill('Vroege dienst');
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Wijzigingen weggooien?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Verder bewerken' }).click();
  await expect(ask).toBeHidden();
  await expect(types).toBeVisible();
  await expect(name).toHaveValue('Vroege dienst');

  // The close button asks too; closing without saving drops what was typed.
  await types.getByRole('button', { name: 'Venster sluiten' }).click();
  await ask.getByRole('button', { name: 'Weggooien en sluiten' }).click();
  await expect(types).toBeHidden();
  await page.getByRole('button', { name: 'Eigen diensten' }).click();
  await expect(name).toHaveValue('');
  await expect(types.getByText('Vroege dienst')).toHaveCount(0);
});

test("a staff member's pattern is defined and planned for two weeks; the shifts show in the grid; its last day is kept", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openDemoHome(page);
  // Five weeks ahead is empty in the demo.
  const monday = await weeksAhead(page, 5);
  await page.getByRole('button', { name: 'Vast patroon' }).click();
  const form = page.getByRole('form', { name: 'Vast patroon van een medewerker' });
  await form.getByRole('button', { name: 'Opslaan en inplannen' }).click();
  await expect(form.getByText('Vul dit veld in.').first()).toBeVisible();

  const name = await chooseFirst(page, 'Medewerker');
  // Whatever pattern the demo gave this person (every other week) is replaced by two weekly lines.
  await form.getByRole('textbox', { name: 'Herhaalt elke … weken' }).fill('1');
  while ((await form.getByRole('button', { name: 'Regel 1 verwijderen' }).count()) > 0)
    await form.getByRole('button', { name: 'Regel 1 verwijderen' }).click();
  await form.getByRole('button', { name: 'Opslaan en inplannen' }).click();
  await expect(form.getByText('Voeg minstens één dienst toe.')).toBeVisible();
  await form.getByRole('button', { name: 'Regel toevoegen' }).click();
  await form.getByRole('button', { name: 'Regel toevoegen' }).click();
  await chooseOption(form.getByRole('group', { name: 'Regel 1' }), 'Dag', 'dinsdag');
  await chooseOption(form.getByRole('group', { name: 'Regel 2' }), 'Dag', 'donderdag');
  await chooseOption(form.getByRole('group', { name: 'Regel 2' }), 'Dienst', 'Avonddienst');
  await expect(form.getByRole('textbox', { name: 'Vanaf', exact: true })).toHaveValue(dutchDate(monday));
  await expect(form.getByRole('textbox', { name: 'Tot en met', exact: true })).toHaveValue(
    dutchDate(addDaysIso(monday, 13)),
  );
  await form.getByRole('button', { name: 'Opslaan en inplannen' }).click();
  await expect(page.getByText('4 diensten ingepland.')).toBeVisible();

  const grid = page.getByRole('table', { name: 'Rooster van de week' });
  const day = grid.getByRole('button', { name: `${name}: Dagdienst 07:30–15:30` });
  const evening = grid.getByRole('button', { name: `${name}: Avonddienst 15:00–23:00` });
  for (const week of [0, 1]) {
    await expect(day, `week ${week + 1}`).toHaveCount(1);
    await expect(evening, `week ${week + 1}`).toHaveCount(1);
    await page.getByRole('button', { name: 'Volgende week' }).click();
  }
  // The third week was not part of the range.
  await expect(day).toHaveCount(0);
  await expect(evening).toHaveCount(0);

  // The pattern gets a last day; saving it again (twice) keeps that day.
  const lastDay = addDaysIso(monday, 30);
  const reopen = async () => {
    await page.getByRole('button', { name: 'Vast patroon' }).click();
    await chooseOption(form, 'Medewerker', name);
    await expect(form.getByRole('group', { name: 'Regel 2' })).toBeVisible();
  };
  await reopen();
  const until = form.getByRole('textbox', { name: 'Patroon loopt tot en met', exact: true });
  await expect(until).toHaveValue('');
  // Long before the pattern's first week (the demo's patterns start a few weeks back).
  await until.fill('01-01-2001');
  await until.press('Tab');
  await form.getByRole('button', { name: 'Alleen opslaan' }).click();
  await expect(form.getByText('Het patroon kan niet stoppen vóór de week waarin het begint.')).toBeVisible();
  await until.fill(dutchDate(lastDay));
  await until.press('Tab');
  await form.getByRole('button', { name: 'Alleen opslaan' }).click();
  await expect(form).toBeHidden();
  for (const round of ['after setting it', 'after saving again']) {
    await reopen();
    await expect(until, round).toHaveValue(dutchDate(lastDay));
    await form.getByRole('button', { name: 'Alleen opslaan' }).click();
    await expect(form).toBeHidden();
  }
});

test("a leaving contact person's families are listed for handing over, and one is handed over", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openDemoHome(page, COORDINATOR);
  const nav = (name: string) =>
    page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name }).click();
  await page.getByRole('tab', { name: 'Continuïteit' }).click();
  await expect(
    page.getByRole('heading', { name: 'Vertrekkende medewerkers: niets over te dragen' }),
  ).toBeVisible();

  // A family's contact person (not the coordinator signed in) gets an end date three weeks ahead.
  await page
    .getByRole('region', { name: /^Continuïteit \(\d+\)$/ })
    .getByRole('row', { name: /spraken \d+ verschillende medewerkers in 30 dagen/ })
    .first()
    .getByRole('link', { name: /^Vaste gezichten bekijken voor / })
    .click();
  const roles = page.getByRole('region', { name: 'Vaste gezichten voor deze jeugdige' });
  const contact = roles.getByRole('row', { name: /^Vaste contactpersoon/ });
  await expect(contact).toContainText('sinds');
  const contactRow = (await contact.textContent()) ?? '';
  const leaver = /vaste contactmomenten\.(.*?)sinds/.exec(contactRow)?.[1]?.trim() ?? '';
  expect(leaver).not.toBe('');
  expect(leaver).not.toBe(COORDINATOR);
  await nav('Medewerkers');
  await page.getByRole('button', { name: `${leaver} bewerken` }).click();
  const staffForm = page.getByRole('form', { name: 'Medewerker bewerken' });
  const lastDay = addDaysIso(new Date().toISOString().slice(0, 10), 21);
  await staffForm.getByRole('textbox', { name: 'Actief tot', exact: true }).fill(dutchDate(lastDay));
  await staffForm.getByRole('textbox', { name: 'Actief tot', exact: true }).press('Tab');
  await staffForm.getByRole('button', { name: 'Opslaan' }).click();
  await expect(staffForm).toBeHidden();

  await nav('Rooster');
  await page.getByRole('tab', { name: 'Continuïteit' }).click();
  const card = page.getByRole('region', { name: /^Vertrekkende medewerkers: \d+ rol/ });
  const table = card.getByRole('table', { name: 'Rollen van vertrekkende medewerkers' });
  const rows = table.getByRole('row').filter({ hasText: leaver });
  // The card reads its records after the page shows: wait for the leaver's rows before counting them.
  await expect(rows.first()).toBeVisible();
  const before = await rows.count();
  expect(before).toBeGreaterThan(0);
  await expect(rows.first()).toContainText(`vertrekt ${dutchDate(lastDay)}`);
  const handOver = rows
    .filter({ hasText: 'Vaste contactpersoon' })
    .first()
    .getByRole('button', { name: /^Nieuwe vaste contactpersoon voor .* kiezen$/ });
  await handOver.click();

  // The change drawer opens for that child with the reason already "Medewerker vertrekt".
  const change = page.getByRole('form', { name: 'Vaste contactpersoon wijzigen' });
  await expect(change.getByRole('combobox', { name: 'Reden van de wijziging', exact: true })).toHaveValue(
    'Medewerker vertrekt',
  );
  await chooseFirst(page, 'Nieuwe vaste contactpersoon', [leaver]);
  await change.getByRole('button', { name: 'Opslaan' }).click();
  await page
    .getByRole('form', { name: 'Brief aan de ouders' })
    .getByRole('button', { name: 'Niet nu' })
    .click();
  await expect(rows).toHaveCount(before - 1);
});

test("a new child's mentor starts the role history; the child's form no longer changes the mentor", async ({
  page,
}) => {
  await openDemoHome(page, COORDINATOR);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Jeugdigen' }).click();
  await page.getByRole('link', { name: 'Jeugdige toevoegen' }).first().click();
  const form = page.getByRole('form', { name: 'Nieuwe jeugdige' });
  await form.getByLabel('Naam').fill('Lotte Testkind');
  await fillDate(form, /^Geboortedatum/, '2012-04-03');
  await fillDate(form, /^Start plaatsing/, '2026-01-05');
  await choose(form, /^Juridisch kader/, 'Vrijwillig');
  const mentor = await chooseFirst(page, 'Mentor');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { name: 'Lotte Testkind', level: 1 })).toBeVisible();

  // The header's mentor leads to the family tab, where the assignment starts on the placement date.
  await page.getByRole('link', { name: mentor, exact: true }).first().click();
  const roles = page.getByRole('region', { name: 'Vaste gezichten voor deze jeugdige' });
  await expect(roles.getByRole('row', { name: /^Mentor/ })).toContainText(`${mentor}sinds 05-01-2026`);

  // Editing the child shows the mentor but offers no field to overwrite it.
  await page.goto(page.url().replace(/\/family$/, '/edit'));
  const edit = page.getByRole('form', { name: 'Jeugdige bewerken' });
  await expect(edit.getByText(mentor)).toBeVisible();
  await expect(edit.getByRole('combobox', { name: 'Mentor' })).toHaveCount(0);
  await expect(edit.getByRole('link', { name: /Wijzigen bij Gezin en netwerk/ })).toBeVisible();
});

async function documentXml(download: Download): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}
