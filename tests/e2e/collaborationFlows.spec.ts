// Flows that misled staff (issue 12): only contact with parents keeps the contact norm; reviewing an
// agreement is its own action and keeps everyone it was made with; no silent overwrite between two
// windows; evaluations prepared and recorded from the Evaluaties tab; overdue visible in the tabs.
import { expect, test, type Page } from '@playwright/test';
import { ChildPages } from './pages/ChildPages';
import { choose, dutchDate, fillDate } from './pages/inputs';
import { ShellPage } from './pages/ShellPage';
import { SignInPage } from './pages/SignInPage';
import { WelcomePage } from './pages/WelcomePage';

const CHILD = 'Sanne de Vries';
const HOME = 'De Eik';
const COORDINATOR = 'Marieke Jansen';
const PASSWORD = 'zomer-appel-42';

// Each flow sets up a home, a child and its family first: more than a minute on a busy 2-core machine.
test.describe.configure({ timeout: 180_000 });

/** A date `days` from today (negative: before), as YYYY-MM-DD in local time. */
function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function homeWithChild(page: Page, placementDaysAgo = 20) {
  const welcome = new WelcomePage(page);
  await welcome.startNewHome(HOME, COORDINATOR, PASSWORD);
  await new ShellPage(page).addChild({
    name: CHILD,
    birthDate: '2012-05-14',
    placementStart: dayFromToday(-placementDaysAgo),
    legalFramework: 'OTS (ondertoezichtstelling)',
  });
  const child = new ChildPages(page);
  await child.addParent({ name: 'Ingrid de Vries', relation: 'Moeder', authority: true });
  return child;
}

/** Adds a network member or a professional on the family tab. */
async function addOther(page: Page, kind: 'network' | 'professional', name: string, relation: string) {
  const [button, title] =
    kind === 'network'
      ? ['Netwerklid toevoegen', 'Nieuw netwerklid']
      : ['Professional toevoegen', 'Nieuwe professional'];
  await page.getByRole('button', { name: button }).click();
  const form = page.getByRole('form', { name: title });
  await form.getByLabel('Naam').fill(name);
  await choose(form, 'Relatie', relation, false);
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toHaveCount(0);
}

async function logContact(page: Page, withWhom: string, summary: string) {
  await page.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
  const form = page.getByRole('form', { name: 'Nieuw contactmoment' });
  await form
    .getByRole('group', { name: /Met wie/ })
    .getByLabel(withWhom)
    .check();
  await choose(form, /^Hoe/, 'Telefoon');
  await form.getByLabel('Korte samenvatting').fill(summary);
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toHaveCount(0);
}

test('only contact with a parent or carer keeps the contact norm; "Met wie" lists parents first with the relation', async ({
  page,
}) => {
  const child = await homeWithChild(page);
  await addOther(page, 'network', 'Kees Bakker', 'Trainer of coach');
  await child.tab('Contact');
  await expect(page.getByText(/Achterstallig sinds/)).toBeVisible();

  await page.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
  const form = page.getByRole('form', { name: 'Nieuw contactmoment' });
  const withWhom = form.getByRole('group', { name: /Met wie/ });
  await expect(withWhom).toHaveText(
    /Ouders en opvoeders.*Ingrid de Vries.*\(Moeder\).*Netwerk.*Kees Bakker.*\(Trainer of coach\)/,
  );
  // Nobody chosen: the contact cannot be told apart, so it is refused at the field.
  await form.getByLabel('Korte samenvatting').fill('Gebeld.');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByText('Vul dit veld in.')).toBeVisible();
  await form.getByRole('button', { name: 'Annuleren' }).click();
  await expect(form).toHaveCount(0);

  await logContact(page, 'Kees Bakker', 'Trainer belde over de wedstrijd van zaterdag.');
  await expect(page.getByText(/Achterstallig sinds/)).toBeVisible();
  const log = page.getByRole('table', { name: 'Contactmomenten' });
  await expect(log.getByRole('row', { name: /Kees Bakker.*Telt niet voor de contactnorm/ })).toBeVisible();

  await new ShellPage(page).goTo('Overzicht');
  await expect(
    page.getByRole('region', { name: /Contact met ouders/ }).getByRole('link', { name: CHILD, exact: true }),
  ).toBeVisible();

  // The row's one action leads straight to the Contact tab.
  await page
    .getByRole('region', { name: /Contact met ouders/ })
    .getByRole('link', { name: `Contact vastleggen voor ${CHILD}` })
    .click();
  await logContact(page, 'Ingrid de Vries', 'Moeder gebeld over het weekend.');
  await expect(page.getByText(/Op schema/)).toBeVisible();
  await page.getByRole('combobox', { name: 'Met wie', exact: true }).click();
  await page.getByRole('option', { name: 'Met anderen' }).click();
  await expect(log.getByRole('row')).toHaveCount(2);
  await expect(log).toContainText('Trainer belde');
  await new ShellPage(page).goTo('Overzicht');
  await expect(page.getByRole('region', { name: /Contact met ouders/ })).toHaveCount(0);
});

test('"Evaluatie nodig" opens a review with the parents view; the gezinsvoogd on the agreement is kept', async ({
  page,
}) => {
  const child = await homeWithChild(page);
  await addOther(page, 'professional', 'Joyce Visser', 'Gezinsvoogd');
  await child.tab('Afspraken');
  await page.getByRole('button', { name: 'Afspraak maken over Bedtijden' }).click();
  const form = page.getByRole('form', { name: 'Nieuwe afspraak' });
  await form.getByLabel('Wat is afgesproken').fill('Doordeweeks om 21:00 naar bed');
  await form
    .getByRole('group', { name: /Wie voert het uit/ })
    .getByLabel('Groepsleiding')
    .check();
  const agreedWith = form.getByRole('group', { name: 'Afgesproken met' });
  await agreedWith.getByLabel('Ingrid de Vries').check();
  await agreedWith.getByLabel('Joyce Visser').check();
  await fillDate(form, /Afgesproken op/, dayFromToday(-10));
  await fillDate(form, 'Evaluatiedatum', dayFromToday(-2));
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toHaveCount(0);

  const agreements = page.getByRole('table', { name: 'Afspraken' });
  const row = agreements.getByRole('row', { name: /Doordeweeks om 21:00 naar bed/ });
  await expect(row).toContainText('met Ingrid de Vries, Joyce Visser');

  // The review: its own short form, not the nine fields of the edit form.
  await row.getByRole('button', { name: 'Evaluatie nodig: Doordeweeks om 21:00 naar bed' }).click();
  const review = page.getByRole('form', { name: 'Afspraak evalueren' });
  await expect(review.getByLabel('Onderwerp')).toHaveCount(0);
  await expect(review.getByRole('radio', { name: 'Zo houden, met een nieuwe evaluatiedatum' })).toBeChecked();
  await fillDate(review, /Volgende evaluatiedatum/, '');
  await review.getByRole('button', { name: 'Evaluatie opslaan' }).click();
  await expect(review.getByText('Vul dit veld in.')).toBeVisible();
  await fillDate(review, /Volgende evaluatiedatum/, dayFromToday(60));
  await review.getByLabel('Wat vinden de ouders ervan').fill('Moeder vindt 21:00 te vroeg in het weekend.');
  await review.getByRole('button', { name: 'Evaluatie opslaan' }).click();
  await expect(review).toHaveCount(0);
  await expect(row).toContainText(dutchDate(dayFromToday(60)));
  await expect(row).toContainText('met Ingrid de Vries, Joyce Visser');

  // The edit form offers and keeps everyone the agreement was made with, the gezinsvoogd too.
  await row.getByRole('button', { name: 'Wijzigen: Doordeweeks om 21:00 naar bed' }).click();
  const edit = page.getByRole('form', { name: 'Afspraak wijzigen' });
  await expect(edit.getByRole('group', { name: 'Afgesproken met' }).getByLabel('Joyce Visser')).toBeChecked();
  await edit.getByLabel('Wat is afgesproken').fill('Doordeweeks om 21:00, vrijdag om 22:00 naar bed');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(edit).toHaveCount(0);
  const changed = agreements.getByRole('row', { name: /vrijdag om 22:00/ });
  await expect(changed).toContainText('met Ingrid de Vries, Joyce Visser');
  await changed.getByRole('button', { name: /Geschiedenis \(3 versies\)/ }).click();
  const history = page.getByRole('list', { name: 'Geschiedenis van de afspraak' });
  await expect(history.getByRole('listitem')).toHaveCount(3);
  await expect(history).toContainText('Moeder vindt 21:00 te vroeg in het weekend.');
});

/** A second window of the same browser: its own page, signed in on its own. */
async function secondWindow(page: Page): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto('/');
  await other.getByRole('button', { name: `${HOME} openen` }).click();
  await new SignInPage(other).signIn(COORDINATOR, PASSWORD);
  await new ShellPage(other).goTo('Jeugdigen');
  await other
    .getByRole('table', { name: 'Jeugdigen' })
    .getByRole('link', { name: CHILD, exact: true })
    .click();
  return other;
}

test('two windows: the second save is refused with the other change, and re-applied on top', async ({
  page,
}) => {
  const child = await homeWithChild(page);
  await child.addStarterAgreement('Zakgeld', 'Moeder geeft € 5 per week', ['Groepsleiding'], []);
  await child.tab('Doelen');
  await page.getByRole('button', { name: 'Doel toevoegen' }).click();
  const newGoal = page.getByRole('form', { name: 'Nieuw doel' });
  await newGoal.getByRole('textbox', { name: 'Doel', exact: true }).fill('Zelf naar school fietsen');
  await newGoal.getByRole('button', { name: 'Opslaan' }).click();
  await expect(newGoal).toHaveCount(0);

  const other = await secondWindow(page);
  const otherChild = new ChildPages(other);

  // Agreements: both windows open the same version.
  await page.bringToFront();
  await child.tab('Afspraken');
  await other.bringToFront();
  await otherChild.tab('Afspraken');
  // Each window is brought to the front before it is used, as a person clicks into it.
  const open = async (p: Page) => {
    await p.bringToFront();
    await p
      .getByRole('table', { name: 'Afspraken' })
      .getByRole('button', { name: /^Wijzigen: Moeder geeft/ })
      .click();
  };
  await open(page);
  await open(other);
  const mine = page.getByRole('form', { name: 'Afspraak wijzigen' });
  const theirs = other.getByRole('form', { name: 'Afspraak wijzigen' });
  await theirs.getByLabel('Wat is afgesproken').fill('Moeder geeft € 6 per week');
  await theirs.getByRole('button', { name: 'Opslaan' }).click();
  await expect(theirs).toHaveCount(0);

  await page.bringToFront();
  await mine.getByLabel('Wat is afgesproken').fill('Moeder geeft € 5 per week, oma € 2');
  await mine.getByRole('button', { name: 'Opslaan' }).click();
  const notice = mine.getByRole('alert').filter({ hasText: 'Intussen gewijzigd in een ander venster' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`${COORDINATOR} heeft dit om`);
  await expect(notice).toContainText('Afspraak: Moeder geeft € 6 per week');
  await expect(mine.getByLabel('Wat is afgesproken')).toHaveValue('Moeder geeft € 5 per week, oma € 2');
  await notice.getByRole('button', { name: 'Mijn wijziging opnieuw toepassen' }).click();
  await expect(mine).toHaveCount(0);
  const row = page.getByRole('table', { name: 'Afspraken' }).getByRole('row', { name: /oma € 2/ });
  await row.getByRole('button', { name: /Geschiedenis \(3 versies\)/ }).click();
  const history = page.getByRole('list', { name: 'Geschiedenis van de afspraak' });
  await expect(history.getByRole('listitem')).toHaveCount(3);
  await expect(history).toContainText('Moeder geeft € 6 per week');
  await page.keyboard.press('Escape');

  // Goals: the same, on the record's version.
  await child.tab('Doelen');
  await other.bringToFront();
  await otherChild.tab('Doelen');
  const editGoal = async (p: Page) => {
    await p.bringToFront();
    await p.getByRole('button', { name: 'Bewerken: Zelf naar school fietsen' }).click();
  };
  await editGoal(page);
  await editGoal(other);
  const goalMine = page.getByRole('form', { name: 'Doel bewerken' });
  const goalTheirs = other.getByRole('form', { name: 'Doel bewerken' });
  await goalTheirs.getByLabel('In de woorden van de ouders').fill('Dat ze veilig oversteekt.');
  await goalTheirs.getByRole('button', { name: 'Opslaan' }).click();
  await expect(goalTheirs).toHaveCount(0);
  await page.bringToFront();
  await fillDate(goalMine, 'Streefdatum', dayFromToday(90));
  await goalMine.getByRole('button', { name: 'Opslaan' }).click();
  const goalNotice = goalMine.getByRole('alert').filter({ hasText: 'Intussen gewijzigd' });
  await expect(goalNotice).toContainText('In de woorden van de ouders: Dat ze veilig oversteekt.');
  await goalNotice.getByRole('button', { name: 'Mijn wijziging opnieuw toepassen' }).click();
  await expect(goalMine).toHaveCount(0);
  const goalRow = page.getByRole('table', { name: 'Doelen (veranderwensen)' }).getByRole('row', {
    name: /Zelf naar school fietsen/,
  });
  // Both changes stand: theirs (the parents' words) and mine (the target date).
  await expect(goalRow).toContainText('Dat ze veilig oversteekt.');
  await expect(goalRow).toContainText(dutchDate(dayFromToday(90)));
  await other.close();
});

test('an evaluation is prepared and recorded from its tab: attendees, each goal reviewed, the parents view asked', async ({
  page,
}) => {
  const child = await homeWithChild(page, 20);
  await child.tab('Doelen');
  await page.getByRole('button', { name: 'Doel toevoegen' }).click();
  const goal = page.getByRole('form', { name: 'Nieuw doel' });
  await goal.getByRole('textbox', { name: 'Doel', exact: true }).fill('Zelf naar school fietsen');
  await fillDate(goal, 'Streefdatum', dayFromToday(-3));
  await goal.getByRole('button', { name: 'Opslaan' }).click();
  await expect(goal).toHaveCount(0);
  // A running goal past its target date says so.
  await expect(
    page
      .getByRole('row', { name: /Zelf naar school fietsen/ })
      .getByText(`Te laat · ${dutchDate(dayFromToday(-3))}`),
  ).toBeVisible();

  await child.tab('Evaluaties');
  const status = page.getByRole('status').filter({ hasText: 'Volgende evaluatie:' });
  const due = ((await status.textContent()) ?? '').match(/\d{2}-\d{2}-\d{4}/)?.[0];
  expect(due).toBeTruthy();
  await page.getByRole('button', { name: 'Gesprek voorbereiden' }).click();
  const prepare = page.getByRole('dialog', { name: 'Gesprek voorbereiden' });
  await expect(prepare.getByRole('textbox', { name: /Datum van het gesprek/ })).toHaveValue(due!);
  const download = page.waitForEvent('download');
  await prepare.getByRole('button', { name: 'Gespreksvoorbereiding maken' }).click();
  expect((await download).suggestedFilename()).toMatch(/^gespreksvoorbereiding-SdV-.*\.docx$/);
  await expect(prepare.getByRole('status')).toContainText('Opgeslagen als');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
  const form = page.getByRole('form', { name: 'Nieuwe evaluatie' });
  await form
    .getByRole('group', { name: 'Aanwezig van gezin en netwerk' })
    .getByLabel('Ingrid de Vries')
    .check();
  const review = form.getByRole('group', { name: 'Zelf naar school fietsen' });
  await choose(review, 'Status', 'Deels bereikt');
  await review.getByLabel('Voortgang sinds de vorige evaluatie').fill('Fietst met mentor tot de brug.');
  await form.getByLabel('Hoe ervaren de begeleiders de samenwerking').fill('Open en hartelijk.');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(
    form.getByText(
      'Schrijf op wat de ouders ervan vinden, of kruis aan dat ze niet wilden of konden reageren.',
    ),
  ).toBeVisible();
  await form.getByLabel('Ouders wilden of konden niet reageren').check();
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toHaveCount(0);

  const row = page
    .getByRole('table', { name: 'Eerdere evaluaties' })
    .getByRole('row', { name: /Ingrid de Vries/ });
  await expect(row).toContainText('Ouders wilden of konden niet reageren');
  await row.getByRole('button', { name: /bekijken/ }).click();
  await expect(page.getByRole('dialog')).toContainText(
    'Zelf naar school fietsen — Fietst met mentor tot de brug.',
  );
  await page.keyboard.press('Escape');

  // The review moved the goal on: its status and the progress as a note.
  await child.tab('Doelen');
  const goalRow = page.getByRole('row', { name: /Zelf naar school fietsen/ });
  await expect(goalRow).toContainText('Deels bereikt');
  await expect(goalRow).toContainText('Fietst met mentor tot de brug.');
});

test('overdue in the tabs: a follow-up past its date, an agreement without a review date', async ({
  page,
}) => {
  const child = await homeWithChild(page);
  await child.addStarterAgreement('Zakgeld', 'Moeder geeft € 5 per week', ['Groepsleiding'], []);
  await expect(
    page.getByRole('row', { name: /Moeder geeft € 5 per week/ }).getByText('Geen evaluatiedatum'),
  ).toBeVisible();

  await child.tab('Contact');
  await page.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
  const form = page.getByRole('form', { name: 'Nieuw contactmoment' });
  const day = form.getByRole('textbox', { name: 'Datum', exact: true });
  await day.fill(dutchDate(dayFromToday(-5)));
  await day.press('Tab');
  await form
    .getByRole('group', { name: /Met wie/ })
    .getByLabel('Ingrid de Vries')
    .check();
  await form.getByLabel('Korte samenvatting').fill('Moeder gebeld over school.');
  await form.getByRole('button', { name: 'Vervolgactie toevoegen' }).click();
  await form.getByLabel('Wat moet er gebeuren').fill('Rapport naar moeder sturen');
  await fillDate(form, 'Uiterlijk op', dayFromToday(-1));
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toHaveCount(0);
  const followUps = page.getByRole('region', { name: /open vervolgactie/ });
  await expect(followUps.getByText('1 te laat')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Contactmomenten' }).getByText('Te laat')).toBeVisible();
  await followUps.getByLabel(/Rapport naar moeder sturen/).click();
  await expect(page.getByRole('region', { name: /open vervolgactie/ })).toHaveCount(0);
});
