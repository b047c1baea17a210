// A child's page tells staff who the child is and how things stand (flow 2), an empty field is never
// "Geen" (flow 3), who counts for the contact norm is chosen per child (flow 1), and what is overdue
// shows on the dashboard and in the child's header (flow 7).
import { expect, test, type Page } from '@playwright/test';
import { ChildPages } from './pages/ChildPages';
import { choose, fillDate } from './pages/inputs';
import { ShellPage } from './pages/ShellPage';
import { WelcomePage } from './pages/WelcomePage';

const CHILD = 'Sanne de Vries';

function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function homeWithChild(page: Page) {
  const welcome = new WelcomePage(page);
  await welcome.startNewHome('De Eik', 'Marieke Jansen', 'zomer-appel-42');
  await new ShellPage(page).addChild({
    name: CHILD,
    birthDate: '2012-05-14',
    placementStart: daysAgo(20),
    legalFramework: 'OTS (ondertoezichtstelling)',
  });
  return new ChildPages(page);
}

const header = (page: Page) => page.getByRole('region', { name: `Over ${CHILD}` });

test('the header says who the child is and how things stand; tabs follow the URL; parents first', async ({
  page,
}) => {
  // Many steps through several forms: more than the default minute on a busy 2-core machine.
  test.setTimeout(120_000);
  const child = await homeWithChild(page);
  await expect(header(page).getByRole('heading', { name: CHILD, level: 1 })).toBeVisible();
  await expect(header(page)).toContainText(/\d+ jaar/);
  await expect(header(page).getByRole('link', { name: 'OTS' })).toBeVisible();
  // Nobody recorded yet: it says so, and each fact links to where it is changed.
  await expect(header(page).getByRole('link', { name: 'Nog niemand' })).toHaveAttribute('href', /\/family$/);
  await expect(header(page).getByRole('link', { name: 'Nog geen mentor' })).toHaveAttribute(
    'href',
    /\/family$/,
  );
  // 20 days without contact with a parent: the norm of 7 days is overdue.
  const contactChip = header(page).getByRole('link', { name: 'Contact ouders: te laat' });
  await expect(contactChip).toHaveAttribute('href', /\/contacts$/);
  await expect(header(page).getByRole('link', { name: '0 open acties' })).toBeVisible();

  // The family list: parents first (mother before father), whatever the order they were added in.
  await child.tab('Gezin en netwerk');
  await page.getByRole('button', { name: 'Netwerklid toevoegen' }).click();
  const network = page.getByRole('form', { name: 'Nieuw netwerklid' });
  await network.getByLabel('Naam').fill('Oma Truus');
  await choose(network, 'Relatie', 'Opa of oma', false);
  await network.getByRole('button', { name: 'Opslaan' }).click();
  await expect(network).toHaveCount(0);
  await child.addParent({ name: 'Karel de Vries', relation: 'Vader', authority: false });
  await child.addParent({ name: 'Ingrid de Vries', relation: 'Moeder', authority: true });
  const parents = page.getByRole('table', { name: 'Ouders en opvoeders' });
  await expect(parents.getByRole('row').nth(1)).toContainText('Ingrid de Vries');
  await expect(parents.getByRole('row').nth(2)).toContainText('Karel de Vries');
  await expect(header(page).getByRole('link', { name: 'Ingrid de Vries (Moeder)' })).toBeVisible();

  // The tab lives in the URL: leaving and coming back with the browser's Back marks it again.
  await child.tab('Afspraken');
  await expect(page).toHaveURL(/\/agreements$/);
  await new ShellPage(page).goTo('Overzicht');
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Afspraken', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );

  // An ended placement is clearly marked.
  await child.tab('Gegevens');
  await page.getByRole('link', { name: 'Gegevens bewerken' }).click();
  const form = page.getByRole('form', { name: 'Jeugdige bewerken' });
  await fillDate(form, /^Plaatsing beëindigd op/, daysAgo(1));
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toHaveCount(0);
  await expect(header(page)).toContainText('Plaatsing beëindigd op');
  await expect(header(page).getByRole('link', { name: /Contact ouders/ })).toHaveCount(0);
});

test('an empty field reads "Niet ingevuld"; "Geen medicatie" only once someone recorded it', async ({
  page,
}) => {
  const child = await homeWithChild(page);
  await child.tab('Gegevens');
  const health = page.getByRole('region', { name: 'Gezondheid', exact: true });
  const medication = health.getByRole('definition').nth(2);
  await expect(health.getByRole('term').nth(2)).toHaveText('Medicatie');
  await expect(medication).toHaveText('Niet ingevuld');
  await expect(health).not.toContainText('Geen');
  await expect(page.getByRole('region', { name: 'Gegevens' })).toContainText('Niet ingevuld');

  await health.getByRole('button', { name: 'Gezondheid bewerken' }).click();
  const form = page.getByRole('form', { name: 'Gezondheid', exact: true });
  await form.getByRole('radio', { name: 'Nee, geen medicatie' }).check();
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toHaveCount(0);
  await expect(medication).toHaveText('Geen medicatie');

  // Choosing "Ja" needs the medication itself.
  await health.getByRole('button', { name: 'Gezondheid bewerken' }).click();
  await form.getByRole('radio', { name: 'Ja' }).check();
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByText('Vul dit veld in.')).toBeVisible();
  await form.getByRole('textbox', { name: 'Medicatie' }).fill('Melatonine 1 mg voor het slapen');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(medication).toHaveText('Melatonine 1 mg voor het slapen');
});

test('who counts for the contact norm is chosen per child: parents by default, others when switched on', async ({
  page,
}) => {
  // A new home, a parent and a network member through their drawers: over a minute on a busy machine.
  test.setTimeout(120_000);
  const child = await homeWithChild(page);
  await child.addParent({ name: 'Ingrid de Vries', relation: 'Moeder', authority: true });
  await page.getByRole('button', { name: 'Netwerklid toevoegen' }).click();
  const network = page.getByRole('form', { name: 'Nieuw netwerklid' });
  await network.getByLabel('Naam').fill('Oma Truus');
  await choose(network, 'Relatie', 'Opa of oma', false);
  await network.getByRole('button', { name: 'Opslaan' }).click();

  const mother = page.getByRole('switch', { name: 'Contact met Ingrid de Vries telt voor de contactnorm' });
  const grandma = page.getByRole('switch', { name: 'Contact met Oma Truus telt voor de contactnorm' });
  await expect(mother).toBeChecked();
  await expect(grandma).not.toBeChecked();
  // Oma raises Sanne at weekends: her contacts count too; the choice is kept.
  await grandma.click();
  await expect(grandma).toBeChecked();
  await child.tab('Overzicht');
  await child.tab('Gezin en netwerk');
  await expect(
    page.getByRole('switch', { name: 'Contact met Oma Truus telt voor de contactnorm' }),
  ).toBeChecked();
  await expect(mother).toBeChecked();
});

test('what is overdue shows on the dashboard and in the header, each with one button to it', async ({
  page,
}) => {
  // Opening the demo home writes a year of fictional records first.
  test.setTimeout(120_000);
  await new WelcomePage(page).signInToDemo();
  await expect(page.getByRole('heading', { name: 'Overzicht', level: 1 })).toBeVisible();

  const goals = page.getByRole('region', { name: /Doelen over de streefdatum \(\d+\)/ });
  await expect(goals.getByRole('row').nth(1)).toContainText('Te laat');
  const followUps = page.getByRole('region', { name: /Open vervolgacties \(\d+\)/ });
  await expect(followUps.getByText('Te laat').first()).toBeVisible();
  const noReview = page.getByRole('region', { name: /Afspraken zonder evaluatiedatum \(\d+\)/ });
  await expect(noReview.getByRole('link', { name: /^Datum kiezen voor / }).first()).toBeVisible();
  // At most five rows, the rest behind "alle n tonen".
  const total = Number((await followUps.getByRole('heading').textContent())?.match(/\((\d+)\)/)?.[1]);
  expect(total).toBeGreaterThan(5);
  await expect(followUps.getByRole('row')).toHaveCount(6);
  await followUps.getByRole('button', { name: `Alle ${total} tonen` }).click();
  await expect(followUps.getByRole('row')).toHaveCount(total + 1);
  // A card with nothing to do folds to one line.
  await expect(
    page.getByRole('region', { name: /Evaluaties van de samenwerking|Contact met ouders/ }).first(),
  ).toBeVisible();

  // The goal's button opens the child on the Doelen tab; the header counts the overdue goal too.
  const firstGoal = goals.getByRole('link', { name: /^Doel bekijken voor / }).first();
  const childName = ((await firstGoal.getAttribute('aria-label')) ?? '').replace('Doel bekijken voor ', '');
  await firstGoal.click();
  await expect(page.getByRole('tab', { name: 'Doelen', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const childHeader = page.getByRole('region', { name: `Over ${childName}` });
  await expect(childHeader.getByRole('link', { name: /doel(en)? over de streefdatum/ })).toHaveAttribute(
    'href',
    /\/goals$/,
  );
});
