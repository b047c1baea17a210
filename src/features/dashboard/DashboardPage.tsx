// The first screen after sign-in: what needs attention today, per kind, each item linking to its fix.
import { useTranslation } from 'react-i18next';
import type { DashboardItem } from '../../domain/dashboard';
import { useRepos } from '../../ui/AppContext';
import { EmptyState } from '../../ui/components/EmptyState';
import { BackupReminder } from '../backup';
import { useToday } from '../../ui/useToday';
import { DashboardItemRow } from './DashboardItemRow';
import { useDashboard } from './useDashboard';

const SECTIONS: { key: string; kinds: DashboardItem['kind'][] }[] = [
  { key: 'contacts', kinds: ['contactOverdue', 'contactDue'] },
  { key: 'reviews', kinds: ['reviewDue'] },
  { key: 'evaluations', kinds: ['evaluationDue'] },
  { key: 'followUps', kinds: ['followUpOpen'] },
  { key: 'contactPersons', kinds: ['noContactPerson'] },
  { key: 'starterTopics', kinds: ['missingStarterTopics'] },
];

export function DashboardPage() {
  const { t } = useTranslation(['dashboard', 'common']);
  const today = useToday();
  const data = useDashboard(today);
  const coordinator = useRepos().session.isCoordinator;
  if (!data) return <p role="status">{t('common:loading')}</p>;
  return (
    <section aria-labelledby="dashboard-heading">
      <h1 id="dashboard-heading">{t('title')}</h1>
      {coordinator ? <BackupReminder /> : null}
      {data.children.size === 0 ? (
        <EmptyState>{t('noChildren')}</EmptyState>
      ) : data.items.length === 0 ? (
        <EmptyState>{t('allClear')}</EmptyState>
      ) : (
        SECTIONS.map(({ key, kinds }) => {
          const items = data.items.filter((item) => kinds.includes(item.kind));
          if (items.length === 0) return null;
          return (
            <section key={key} className="card" aria-labelledby={`dashboard-${key}`}>
              <h2 id={`dashboard-${key}`}>
                {t(`sections.${key}` as 'sections.contacts')} ({items.length})
              </h2>
              <ul className="dashboard-list">
                {items.map((item, index) => (
                  <DashboardItemRow key={`${item.kind}-${item.childId}-${index}`} item={item} data={data} />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </section>
  );
}
