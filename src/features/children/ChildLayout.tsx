// A child's pages share a header with the name and tabs for each part of the collaboration.
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useParams } from 'react-router';
import { useChild, useRecordChildViewed } from './useChildren';

const TABS = [
  { to: '', key: 'overview', end: true },
  { to: 'family', key: 'family' },
  { to: 'agreements', key: 'agreements' },
  { to: 'goals', key: 'goals' },
  { to: 'contacts', key: 'contacts' },
  { to: 'evaluations', key: 'evaluations' },
  { to: 'reports', key: 'reports' },
  { to: 'school', key: 'school' },
  { to: 'documents', key: 'documents' },
  { to: 'details', key: 'details' },
] as const;

export function ChildLayout() {
  const { t } = useTranslation(['children', 'common']);
  const { childId } = useParams();
  const child = useChild(childId);
  useRecordChildViewed(child ? child.id : undefined);
  if (child === undefined) return <p role="status">{t('common:loading')}</p>;
  if (child === null) return <p>{t('notFound')}</p>;
  return (
    <article aria-labelledby="child-heading">
      <h1 id="child-heading">{child.name}</h1>
      <nav className="tabs" aria-label={t('tabs.label')}>
        {TABS.map((tab) => (
          <NavLink key={tab.key} to={`/children/${child.id}/${tab.to}`} end={'end' in tab}>
            {t(`tabs.${tab.key}`)}
          </NavLink>
        ))}
      </nav>
      <Outlet context={child} />
    </article>
  );
}
