// Page model of a child's tabs: family, agreements, contacts, evaluations, goals.
import { expect, type Page } from '@playwright/test';
import { choose } from './inputs';

export class ChildPages {
  constructor(readonly page: Page) {}

  async tab(
    name:
      | 'Overzicht'
      | 'Gezin en netwerk'
      | 'Afspraken'
      | 'Doelen'
      | 'Contact'
      | 'Evaluaties'
      | 'Documenten'
      | 'Gegevens',
  ) {
    const tab = this.page
      .getByRole('tablist', { name: 'Onderdelen' })
      .getByRole('tab', { name, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  async addParent(parent: {
    name: string;
    relation: string;
    authority: boolean;
    interpreter?: boolean;
    language?: string;
  }) {
    await this.tab('Gezin en netwerk');
    await this.page.getByRole('button', { name: 'Ouder of opvoeder toevoegen' }).click();
    const form = this.page.getByRole('form', { name: 'Nieuwe ouder of opvoeder' });
    await form.getByLabel('Naam').fill(parent.name);
    await choose(form, 'Relatie', parent.relation, false);
    if (parent.authority) await form.getByLabel('Heeft gezag').check();
    if (parent.interpreter) await form.getByLabel('Tolk nodig').check();
    if (parent.language) await form.getByLabel('Voorkeurstaal').fill(parent.language);
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect(form).toHaveCount(0);
  }

  /** Opens the agreement form from the checklist for a starter topic and saves it. */
  async addStarterAgreement(topic: string, text: string, responsible: string[], agreedWith: string[]) {
    await this.tab('Afspraken');
    await this.page.getByRole('button', { name: `Afspraak maken over ${topic}` }).click();
    const form = this.page.getByRole('form', { name: 'Nieuwe afspraak' });
    await expect(form.getByLabel('Onderwerp')).toHaveValue(/.+/);
    await form.getByLabel('Wat is afgesproken').fill(text);
    for (const who of responsible)
      await form.getByRole('group', { name: 'Wie voert het uit' }).getByLabel(who).check();
    for (const name of agreedWith)
      await form.getByRole('group', { name: 'Afgesproken met' }).getByLabel(name).check();
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect(form).toHaveCount(0);
  }
}
