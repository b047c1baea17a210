// The continuity card's "no backup contact person" row: every family it names is one link away,
// not only the first (rendered to static HTML with the app's theme, router and Dutch texts).
import { MantineProvider } from '@mantine/core';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContinuityAlert } from '../../../src/domain/continuity';
import type { Child } from '../../../src/domain/types';
import { alertRow } from '../../../src/features/roster/ContinuityAlertsCard';
import { lazyTexts } from '../../../src/i18n/resources';
import { theme } from '../../../src/ui/design/theme';

beforeAll(async () => {
  await i18next
    .use(lazyTexts)
    .use(initReactI18next)
    .init({
      lng: 'nl',
      fallbackLng: 'nl',
      defaultNS: 'common',
      ns: ['common', 'roster'],
      interpolation: { escapeValue: false },
    });
});

const child = (id: string, name: string) => ({ id, name }) as Child;
const children = [child('c1', 'Sanne de Vries'), child('c2', 'Noor Bakker'), child('c3', 'Daan Smit')];
const state = { alerts: [], children, staffNames: new Map([['s1', 'Femke Bakker']]), maxStaffPer30Days: 4 };

function render(node: ReactNode): string {
  return renderToStaticMarkup(
    <MantineProvider theme={theme}>
      <MemoryRouter>{node}</MemoryRouter>
    </MantineProvider>,
  );
}

function gapRow(childIds: string[]) {
  const alert: ContinuityAlert = {
    kind: 'contactPersonGap',
    staffId: 's1',
    reason: 'leaving',
    date: '2026-12-20',
    childIds,
  };
  const t = i18next.getFixedT('nl', ['roster', 'common']) as unknown as Parameters<typeof alertRow>[3];
  return alertRow(alert, 0, state, t);
}

/** Every link of the markup: where it goes and its accessible name. */
const links = (html: string) =>
  [...html.matchAll(/<a [^>]*>/g)].map(([tag]) => ({
    href: /href="([^"]+)"/.exec(tag)?.[1],
    label: /aria-label="([^"]+)"/.exec(tag)?.[1],
  }));

describe('continuity card: a contact person leaving several families without a backup', () => {
  it('links to each family to choose its backup, not only the first', () => {
    const html = render(gapRow(['c1', 'c2', 'c3']).action);
    expect(links(html)).toEqual([
      { href: '/children/c1/family', label: 'Vervanger kiezen voor Sanne de Vries' },
      { href: '/children/c2/family', label: 'Vervanger kiezen voor Noor Bakker' },
      { href: '/children/c3/family', label: 'Vervanger kiezen voor Daan Smit' },
    ]);
    for (const name of ['Sanne de Vries', 'Noor Bakker', 'Daan Smit']) expect(html).toContain(`>${name}</`);
  });

  it('keeps the one plain button when the alert names one family', () => {
    const html = render(gapRow(['c2']).action);
    expect(links(html)).toEqual([
      { href: '/children/c2/family', label: 'Vervanger kiezen voor Noor Bakker' },
    ]);
    expect(html).toContain('>Vervanger kiezen</');
  });
});
