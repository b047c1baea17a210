// The first screen after sign-in: a work queue, one card per kind of attention, the cards with work
// first; cards with nothing to do fold to one line.
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardItem } from '../../domain/dashboard';
import { useRepos } from '../../ui/AppContext';
import { EmptyState } from '../../ui/components/EmptyState';
import { PageHeader } from '../../ui/components/PageHeader';
import { WorkCard, withWorkFirst, type WorkCardModel } from '../../ui/components/WorkCard';
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

function WorkQueue({ data, featureCards }: { data: DashboardData; featureCards: readonly WorkCardModel[] }) {
  const { t } = useTranslation(['dashboard', 'common']);
  const itemCards: WorkCardModel[] = ITEM_CARDS.map(({ key, kinds }) => ({
    key,
    title: t(`sections.${key}` as 'sections.contacts'),
    rows: data.items
      .filter((item) => kinds.includes(item.kind))
      .map((item, index) => dashboardRow(item, index, data, t)),
    emptyText: t(`nothingToDo.${key}` as 'nothingToDo.contacts'),
  }));
  // One queue: cards with work first (in their own order), then the one-line cards with nothing to do.
  return withWorkFirst([...itemCards, ...featureCards]).map(({ key, title, rows, emptyText }) => (
    <WorkCard key={key} id={key} title={title} rows={rows} emptyText={emptyText} />
  ));
}

/**
 * `featureCards`: the cards other features add to the work queue (reports, school, continuity), each
 * built by its feature's hook and composed by the app (src/app/HomeDashboard.tsx); a card still
 * loading is left out.
 */
export function DashboardPage({
  featureCards = [],
}: {
  featureCards?: readonly (WorkCardModel | undefined)[];
}) {
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
          <WorkQueue data={data} featureCards={featureCards.filter((card) => card !== undefined)} />
        )}
      </Stack>
    </section>
  );
}
