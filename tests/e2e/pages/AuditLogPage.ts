// Page model of the Logboek: the chain status, the filters and the rows.
import { expect, type Page } from '@playwright/test';
import { choose } from './inputs';

export class AuditLogPage {
  constructor(readonly page: Page) {}

  async expectIntact() {
    await expect(this.page.getByRole('status').filter({ hasText: 'Logboek intact' })).toBeVisible();
  }

  async filterByChild(name: string) {
    await choose(this.page.getByRole('search', { name: 'Filters' }), 'Jeugdige', name);
  }

  async filterByAction(label: string) {
    await choose(this.page.getByRole('search', { name: 'Filters' }), 'Handeling', label);
  }

  /** The rows of the log table (header row excluded). */
  rows() {
    return this.page
      .getByRole('table', { name: 'Logboek' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell') });
  }
}
