// The first screen after sign-in: a work queue, one card per kind of attention, the cards with work
// first; cards with nothing to do fold to one line.
import { Stack } from '@mantine/core';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardItem } from '../../domain/dashboard';
import { useRepos } from '../../ui/AppContext';
import { EmptyState } from '../../ui/components/EmptyState';
import { PageHeader } from '../../ui/components/PageHeader';
import { WorkCard } from '../../ui/components/WorkCard';
import { useToday } from '../../ui/useToday';
import { BackupReminder } from '../backup';
import { dashboardRow } from './DashboardItemRow';
import { useDashboard, type DashboardData } from './useDashboard';

/** The work-queue cards built from the dashboard's items, in the order they are shown. */
const ITEM_CARDS: { key: string; kinds: DashboardItem['kind'][] }[] = [
  { key: 'contacts', kinds: ['contactOverdue', 'contactDue'] },
  { key: 'followUps', kinds: ['followUpOpen'] },
  { key: 'reviews', kinds: ['reviewDue'] },
  { key: 'evaluations', kinds: ['evaluationDue'] },
  { key: 'goals', kinds: ['goalPastTarget'] },
  { key: 'noReviewDate', kinds: ['noReviewDate'] },
  { key: 'contactPersons', kinds: ['noContactPerson'] },
  { key: 'starterTopics', kinds: ['missingStarterTopics'] },
];

/**
 * Cards other features add to the work queue (school, roster, reports): each reads its own data and
 * renders a `WorkCard` (src/ui/components/WorkCard.tsx). Add them here.
 */
export const FEATURE_CARDS: { key: string; Card: ComponentType }[] = [];

function ItemCards({ data }: { data: DashboardData }) {
  const { t } = useTranslation(['dashboard', 'common']);
  const cards = ITEM_CARDS.map(({ key, kinds }) => ({
    key,
    rows: data.items
      .filter((item) => kinds.includes(item.kind))
      .map((item, index) => dashboardRow(item, index, data, t)),
  }));
  // Cards with work first (in their own order), then the one-line cards with nothing to do.
  const ordered = [...cards.filter((c) => c.rows.length > 0), ...cards.filter((c) => c.rows.length === 0)];
  return ordered.map(({ key, rows }) => (
    <WorkCard
      key={key}
      id={key}
      title={t(`sections.${key}` as 'sections.contacts')}
      rows={rows}
      emptyText={t(`nothingToDo.${key}` as 'nothingToDo.contacts')}
    />
  ));
}

export function DashboardPage() {
  const { t } = useTranslation(['dashboard', 'common']);
  const today = useToday();
  const data = useDashboard(today);
  const coordinator = useRepos().session.isCoordinator;
  return (
    <section aria-labelledby="dashboard-heading">
      <PageHeader id="dashboard-heading" title={t('title')} description={t('description')} />
      <Stack gap="sm" maw={1200}>
        {coordinator ? <BackupReminder /> : null}
        {!data ? (
          <p role="status">{t('common:loading')}</p>
        ) : data.children.size === 0 ? (
          <EmptyState>{t('noChildren')}</EmptyState>
        ) : (
          <ItemCards data={data} />
        )}
        {FEATURE_CARDS.map(({ key, Card }) => (
          <Card key={key} />
        ))}
      </Stack>
    </section>
  );
}
