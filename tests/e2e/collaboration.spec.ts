// A mentor runs a child's collaboration with the parents: family, agreements with history, contacts,
// the dashboard and the three-monthly evaluation.
import { expect, test, type Page } from '@playwright/test';
import { ChildPages } from './pages/ChildPages';
import { ShellPage } from './pages/ShellPage';
import { WelcomePage } from './pages/WelcomePage';

const CHILD = 'Sanne de Vries';

/** A date `days` before today, as YYYY-MM-DD in local time. */
function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function homeWithChild(page: Page, placementDaysAgo = 20) {
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.createHome('De Eik', 'Marieke Jansen', 'zomer-appel-42');
  await welcome.confirmRecoveryKeyStored();
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
  await expect(form.getByText('Vul dit veld in.')).toBeVisible();
  await form.getByLabel('Naam').fill('Oma Truus');
  await form.getByLabel('Relatie').selectOption({ label: 'Opa of oma' });
  await form.getByLabel('Rol in de steun aan de jeugdige').fill('Haalt op vrijdag op');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(
    page.getByRole('region', { name: 'Informeel netwerk' }).getByText('Haalt op vrijdag op'),
  ).toBeVisible();

  await page.getByLabel('Vaste contactpersoon', { exact: true }).selectOption({ label: 'Marieke Jansen' });
  await page.getByLabel('Vervanger').selectOption({ label: 'Marieke Jansen' });
  await page.getByRole('button', { name: 'Contactpersonen opslaan' }).click();
  await expect(page.getByText('Kies als vervanger iemand anders')).toBeVisible();
  await page.getByLabel('Vervanger').selectOption({ label: 'Nog niemand' });
  await page.getByRole('button', { name: 'Contactpersonen opslaan' }).click();
  await expect(page.getByText('De contactpersonen zijn opgeslagen.')).toBeVisible();
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

  const bedtimes = page.getByRole('listitem', { name: 'Doordeweeks om 21:00 naar bed' });
  await bedtimes.getByRole('button', { name: 'Wijzigen' }).click();
  const edit = page.getByRole('form', { name: 'Afspraak wijzigen' });
  await edit.getByLabel('Wat is afgesproken').fill('Doordeweeks om 21:30 naar bed, moeder belt om 21:00');
  await edit.getByLabel('Afgesproken op').fill(daysAgo(1));
  await edit.getByLabel('Evaluatiedatum').fill(daysAgo(3));
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(edit.getByText('De evaluatiedatum ligt vóór de datum van de afspraak.')).toBeVisible();
  await edit.getByLabel('Evaluatiedatum').fill('');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(edit).toHaveCount(0);

  const changed = page.getByRole('listitem', { name: 'Doordeweeks om 21:30 naar bed, moeder belt om 21:00' });
  await changed.getByRole('button', { name: 'Geschiedenis (2 versies)' }).click();
  const history = changed.getByRole('list', { name: 'Geschiedenis van de afspraak' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText('Versie 2');
  await expect(history.getByRole('listitem').first()).toContainText('Gewijzigd: afspraak, datum.');
  await expect(history.getByRole('listitem').nth(1)).toContainText('Doordeweeks om 21:00 naar bed');
});
