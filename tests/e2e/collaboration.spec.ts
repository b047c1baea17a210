// A mentor runs a child's collaboration with the parents: family, agreements with history, contacts,
// the dashboard and the three-monthly evaluation.
import { expect, test, type Page } from '@playwright/test';
import { ChildPages } from './pages/ChildPages';
import { choose, fillDate } from './pages/inputs';
import { ShellPage } from './pages/ShellPage';
import { SignInPage } from './pages/SignInPage';
import { DEMO_PASSWORD, WelcomePage } from './pages/WelcomePage';

const CHILD = 'Sanne de Vries';

// A whole home is set up per test: more than a minute on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

/** A date `days` before today, as YYYY-MM-DD in local time. */
function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function homeWithChild(page: Page, placementDaysAgo = 20) {
  const welcome = new WelcomePage(page);
  await welcome.startNewHome('De Eik', 'Marieke Jansen', 'zomer-appel-42');
  await new ShellPage(page).addChild({
    name: CHILD,
    birthDate: '2012-05-14',
    placementStart: daysAgo(placementDaysAgo),
    legalFramework: 'OTS (ondertoezichtstelling)',
  });
  return new ChildPages(page);
}

test('family and network: parents with and without authority, a network member, validation', async ({
  page,
}) => {
  const child = await homeWithChild(page);
  await child.addParent({
    name: 'Ingrid de Vries',
    relation: 'Moeder',
    authority: true,
    interpreter: true,
    language: 'Pools',
  });
  await child.addParent({ name: 'Karel de Vries', relation: 'Vader', authority: false });
  const parents = page.getByRole('region', { name: 'Ouders en opvoeders' });
  await expect(parents.getByRole('row', { name: /Ingrid de Vries.*Heeft gezag.*Tolk nodig/ })).toBeVisible();
  await expect(parents.getByRole('row', { name: /Karel de Vries.*Geen gezag/ })).toBeVisible();

  await page.getByRole('button', { name: 'Netwerklid toevoegen' }).click();
  const form = page.getByRole('form', { name: 'Nieuw netwerklid' });
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByText('Vul dit veld in.').first()).toBeVisible();
  await form.getByLabel('Naam').fill('Oma Truus');
  await choose(form, 'Relatie', 'Opa of oma', false);
  await form.getByLabel('Rol in de steun aan de jeugdige').fill('Haalt op vrijdag op');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(
    page.getByRole('region', { name: 'Informeel netwerk' }).getByText('Haalt op vrijdag op'),
  ).toBeVisible();

  // The contact person and backup are role assignments with history (issue 15): the first needs no reason.
  const roles = page.getByRole('region', { name: 'Vaste gezichten voor deze jeugdige' });
  await roles.getByRole('button', { name: 'Vaste contactpersoon wijzigen' }).click();
  const contactForm = page.getByRole('form', { name: 'Vaste contactpersoon wijzigen' });
  await contactForm.getByRole('combobox', { name: 'Nieuwe vaste contactpersoon', exact: true }).click();
  await page.getByRole('option', { name: 'Marieke Jansen', exact: true }).click();
  await contactForm.getByRole('button', { name: 'Opslaan' }).click();
  await page
    .getByRole('form', { name: 'Brief aan de ouders' })
    .getByRole('button', { name: 'Niet nu' })
    .click();
  await expect(roles.getByRole('row', { name: /^Vaste contactpersoon.*Marieke Jansen/ })).toBeVisible();
  // The same person cannot be the backup as well.
  await roles.getByRole('button', { name: 'Vervanger wijzigen' }).click();
  const backupForm = page.getByRole('form', { name: 'Vervanger wijzigen' });
  await backupForm.getByRole('combobox', { name: 'Nieuwe vervanger', exact: true }).click();
  await page.getByRole('option', { name: 'Marieke Jansen', exact: true }).click();
  await backupForm.getByRole('button', { name: 'Opslaan' }).click();
  await expect(backupForm.getByText('Kies iemand anders')).toBeVisible();
});

test('two agreements from the starter list, one changed with its history, review before agreed refused', async ({
  page,
}) => {
  const child = await homeWithChild(page);
  await child.addParent({ name: 'Ingrid de Vries', relation: 'Moeder', authority: true });
  await child.tab('Afspraken');
  await expect(page.getByText('Nog 17 onderwerpen zonder afspraak')).toBeVisible();
  await child.addStarterAgreement(
    'Bedtijden',
    'Doordeweeks om 21:00 naar bed',
    ['Groepsleiding'],
    ['Ingrid de Vries'],
  );
  await child.addStarterAgreement(
    'Zakgeld',
    'Moeder geeft € 5 per week',
    ['Ingrid de Vries (Moeder)'],
    ['Ingrid de Vries'],
  );
  await expect(page.getByText('Nog 15 onderwerpen zonder afspraak')).toBeVisible();

  const agreements = page.getByRole('table', { name: 'Afspraken' });
  await agreements.getByRole('button', { name: 'Wijzigen: Doordeweeks om 21:00 naar bed' }).click();
  const edit = page.getByRole('form', { name: 'Afspraak wijzigen' });
  await edit.getByLabel('Wat is afgesproken').fill('Doordeweeks om 21:30 naar bed, moeder belt om 21:00');
  await fillDate(edit, /Afgesproken op/, daysAgo(1));
  await fillDate(edit, 'Evaluatiedatum', daysAgo(3));
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(edit.getByText('De evaluatiedatum ligt vóór de datum van de afspraak.')).toBeVisible();
  await fillDate(edit, 'Evaluatiedatum', '');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(edit).toHaveCount(0);

  await agreements
    .getByRole('button', {
      name: 'Geschiedenis (2 versies): Doordeweeks om 21:30 naar bed, moeder belt om 21:00',
    })
    .click();
  const history = page.getByRole('list', { name: 'Geschiedenis van de afspraak' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText('Versie 2');
  await expect(history.getByRole('listitem').first()).toContainText('Gewijzigd: afspraak, datum.');
  await expect(history.getByRole('listitem').nth(1)).toContainText('Doordeweeks om 21:00 naar bed');
});

/** The date `months` after an ISO date, as the Dutch UI shows it (dd-mm-jjjj). */
function dutchDateMonthsAfter(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.min(day, lastDay))}-${pad(target.getUTCMonth() + 1)}-${target.getUTCFullYear()}`;
}

test('logging a contact moves the child off the overdue list; future contacts are refused; follow-ups', async ({
  page,
}) => {
  // Two sign-ins, two contact forms and three dashboard visits: over a minute on a busy 2-core machine.
  test.setTimeout(120_000);
  const child = await homeWithChild(page, 20);
  await child.addParent({ name: 'Ingrid de Vries', relation: 'Moeder', authority: true });
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
  const contactSection = page.getByRole('region', { name: /Contact met ouders/ });
  await expect(contactSection.getByRole('link', { name: CHILD, exact: true })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: /Zonder vaste contactpersoon/ })
      .getByRole('link', { name: CHILD, exact: true }),
  ).toBeVisible();

  await contactSection.getByRole('link', { name: `Contact vastleggen voor ${CHILD}` }).click();
  await expect(page.getByText(/Achterstallig sinds/)).toBeVisible();
  await page.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
  const form = page.getByRole('form', { name: 'Nieuw contactmoment' });
  const tomorrow = new Date(Date.now() + 36 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = form.getByRole('textbox', { name: 'Datum', exact: true });
  await day.fill(`${pad(tomorrow.getDate())}-${pad(tomorrow.getMonth() + 1)}-${tomorrow.getFullYear()}`);
  await day.press('Tab');
  await form.getByLabel('Ingrid de Vries').check();
  await choose(form, /^Hoe/, 'Telefoon');
  await form.getByLabel('Korte samenvatting').fill('Moeder gebeld over het weekend.');
  await form.getByRole('button', { name: 'Vervolgactie toevoegen' }).click();
  await form.getByLabel('Wat moet er gebeuren').fill('Schoolrapport doorsturen naar moeder');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByText('Deze datum ligt in de toekomst.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Inloggen bij De Eik').or(page.getByText('Welkom bij Gedeeld'))).toBeVisible();
  // Nothing was saved: after signing in again the log is still empty.
  await page.getByRole('button', { name: 'De Eik openen' }).click();
  await new SignInPage(page).signIn('Marieke Jansen', 'zomer-appel-42');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Jeugdigen' }).click();
  await page
    .getByRole('table', { name: 'Jeugdigen' })
    .getByRole('link', { name: CHILD, exact: true })
    .click();
  await child.tab('Contact');
  await expect(page.getByText('Nog geen contactmomenten vastgelegd.')).toBeVisible();

  await page.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
  const again = page.getByRole('form', { name: 'Nieuw contactmoment' });
  await again.getByLabel('Ingrid de Vries').check();
  await again.getByLabel('Korte samenvatting').fill('Moeder gebeld over het weekend.');
  await again.getByRole('button', { name: 'Vervolgactie toevoegen' }).click();
  await again.getByLabel('Wat moet er gebeuren').fill('Schoolrapport doorsturen naar moeder');
  await again.getByRole('button', { name: 'Opslaan' }).click();
  await expect(again).toHaveCount(0);
  await expect(page.getByText(/Op schema/).first()).toBeVisible();

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
  await expect(page.getByRole('region', { name: /Contact met ouders/ })).toContainText(
    'Niets te doen — alle gezinnen op schema',
  );
  const followUps = page.getByRole('region', { name: /Open vervolgacties/ });
  await expect(followUps).toContainText('Schoolrapport doorsturen naar moeder');

  await followUps.getByRole('link', { name: `Actie openen voor ${CHILD}` }).click();
  await page.getByLabel(/Schoolrapport doorsturen naar moeder/).check();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
  await expect(page.getByRole('region', { name: /Open vervolgacties/ })).toContainText('Niets te doen');

  // The child overview shows the last contact.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Jeugdigen' }).click();
  await page
    .getByRole('table', { name: 'Jeugdigen' })
    .getByRole('link', { name: CHILD, exact: true })
    .click();
  await expect(page.getByRole('region', { name: 'Laatste contacten' })).toContainText(
    'Moeder gebeld over het weekend.',
  );
});

test('an evaluation sets the next due date three months later; goals keep the parents own words', async ({
  page,
}) => {
  const child = await homeWithChild(page, 100);
  await child.tab('Evaluaties');
  await page.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
  const form = page.getByRole('form', { name: 'Nieuwe evaluatie' });
  const heldOn = daysAgo(2);
  await fillDate(form, /Gehouden op/, heldOn);
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByText('Beschrijf hoe ten minste één van de betrokkenen')).toBeVisible();
  await form.getByLabel('Hoe ervaren de ouders de samenwerking').fill('Moeder voelt zich gehoord.');
  await form.getByLabel('Wat moet anders').fill('Vaker beeldbellen met vader.');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByText(`Volgende evaluatie: ${dutchDateMonthsAfter(heldOn, 3)}`)).toBeVisible();
  await expect(page.getByText('Moeder voelt zich gehoord.')).toBeVisible();

  await child.tab('Doelen');
  await page.getByRole('button', { name: 'Doel toevoegen' }).click();
  const goal = page.getByRole('form', { name: 'Nieuw doel' });
  await goal.getByRole('textbox', { name: 'Doel', exact: true }).fill('Zelfstandig naar school fietsen');
  await goal.getByLabel('In de woorden van de ouders').fill('Dat ze zich veilig voelt in het verkeer.');
  await goal.getByLabel('In de woorden van de jeugdige').fill('Ik wil zelf gaan, net als Zoë.');
  await goal.getByRole('button', { name: 'Opslaan' }).click();
  await expect(goal).toHaveCount(0);
  await page.getByRole('button', { name: 'Voortgang: Zelfstandig naar school fietsen' }).click();
  const item = page.getByRole('dialog', { name: 'Zelfstandig naar school fietsen' });
  await expect(item.getByText('Ik wil zelf gaan, net als Zoë.')).toBeVisible();
  await item.getByLabel('Nieuwe voortgangsnotitie').fill('Eerste keer samen met mentor gefietst.');
  await item.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect(item.getByRole('list', { name: 'Voortgang' })).toContainText(
    'Eerste keer samen met mentor gefietst.',
  );
  await page.keyboard.press('Escape');
  await expect(page.getByRole('row', { name: /Zelfstandig naar school fietsen/ })).toContainText(
    'Eerste keer samen met mentor gefietst.',
  );
});

test('the demo home dashboard lists several kinds of work, each linking to the right tab', async ({
  page,
}) => {
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.openDemoHome();
  const signIn = new SignInPage(page);
  const names = await signIn.names();
  expect(names.length).toBeGreaterThan(1);
  await signIn.signIn(names[0]!, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Overzicht', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: /Zonder vaste contactpersoon \(\d+\)/ })).toBeVisible();
  const sections = page.getByRole('heading', { level: 2 });
  expect(await sections.count()).toBeGreaterThanOrEqual(3);

  // The cards other features add read as the same work queue: a count in the title, rows with one
  // button each to the place where the work is done.
  const cards = [
    {
      title: 'Rapportages wachten op reactie',
      action: 'Reactie vastleggen',
      to: /\/children\/[\w-]+\/reports\?report=[\w-]+$/,
    },
    {
      title: 'School',
      action: /^(Ouders inlichten|Ziekmelding bekijken|School vastleggen|Afspraken maken|Doornemen)$/,
      to: /\/children\/[\w-]+\/school$/,
    },
    {
      title: 'Continuïteit',
      action: /^(Vaste gezichten bekijken|Vervanger kiezen|Rooster openen)$/,
      to: /\/children\/[\w-]+\/family$|\/roster$/,
    },
  ];
  for (const { title, action, to } of cards) {
    const card = page.getByRole('region', { name: new RegExp(`^${title} \\(\\d+\\)$`) });
    await expect(card).toBeVisible();
    const buttons = card.getByRole('link', { name: / voor / });
    expect(await buttons.count()).toBeGreaterThan(0);
    expect(await buttons.count()).toBeLessThanOrEqual(5);
    const first = buttons.first();
    await expect(first).toHaveText(action);
    await expect(first).toHaveAttribute('href', to);
  }
  // Cards with work come before the one-line cards with nothing to do.
  const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  const counted = headings.map((text) => /\(\d+\)$/.test(text));
  expect(counted.lastIndexOf(true)).toBeLessThan(
    counted.indexOf(false) === -1 ? Infinity : counted.indexOf(false),
  );

  // A waiting report opens chosen on the child's Rapportages tab.
  await page
    .getByRole('region', { name: /^Rapportages wachten op reactie/ })
    .getByRole('link', { name: /^Reactie vastleggen voor / })
    .first()
    .click();
  await expect(page.getByRole('tab', { name: 'Rapportages', selected: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reactie vastleggen' }).first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();

  // A school row opens the child's School tab.
  await page
    .getByRole('region', { name: /^School \(/ })
    .getByRole('link', { name: / voor / })
    .first()
    .click();
  await expect(page.getByRole('tab', { name: 'School', selected: true })).toBeVisible();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();

  await page
    .getByRole('region', { name: /Zonder vaste contactpersoon/ })
    .getByRole('link', { name: /^Contactpersoon kiezen voor / })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Gezin en netwerk', level: 2 })).toBeVisible();
});
