// Page model of the Logboek: the chain status, the filters and the rows.
import { expect, type Page } from '@playwright/test';

export class AuditLogPage {
  constructor(readonly page: Page) {}

  async expectIntact() {
    await expect(this.page.getByRole('status').filter({ hasText: 'Logboek intact' })).toBeVisible();
  }

  async filterByChild(name: string) {
    await this.page
      .getByRole('search', { name: 'Filters' })
      .getByLabel('Jeugdige')
      .selectOption({ label: name });
  }

  async filterByAction(label: string) {
    await this.page.getByRole('search', { name: 'Filters' }).getByLabel('Handeling').selectOption({ label });
  }

  /** The rows of the log table (header row excluded). */
  rows() {
    return this.page
      .getByRole('table')
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell') });
  }
}
