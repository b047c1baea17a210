// A child's pages: the header card (who, how things stand) and tabs driven by the URL.
import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorBoundary } from '../../ui/components/ErrorBoundary';
import { ChildHeader } from './ChildHeader';
import { useChild, useRecordChildViewed } from './useChildren';

const TABS = [
  { to: '', key: 'overview' },
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

/** The tab a path belongs to: `/children/:id/contacts/…` → contacts; editing the child is under details. */
function activeTab(pathname: string, childId: string): string {
  const rest = pathname.slice(`/children/${childId}`.length).split('/').filter(Boolean)[0] ?? '';
  if (rest === 'edit') return 'details';
  return TABS.find((tab) => tab.to === rest)?.key ?? 'overview';
}

export function ChildLayout() {
  const { t } = useTranslation(['children', 'common']);
  const { childId } = useParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const child = useChild(childId);
  useRecordChildViewed(child ? child.id : undefined);
  if (child === undefined) return <p role="status">{t('common:loading')}</p>;
  if (child === null) return <p>{t('notFound')}</p>;
  const active = activeTab(pathname, child.id);
  return (
    <article aria-labelledby="child-heading">
      <ChildHeader child={child} />
      <Tabs
        value={active}
        onChange={(value) => {
          const tab = TABS.find((candidate) => candidate.key === value);
          if (tab) void navigate(`/children/${child.id}/${tab.to}`);
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('tabs.label')} mb="md">
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.key} value={tab.key}>
              {t(`tabs.${tab.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={active}>
          {/* A failed tab shows its message under the header; the next tab renders normally. */}
          <ErrorBoundary key={pathname}>
            <Outlet context={child} />
          </ErrorBoundary>
        </Tabs.Panel>
      </Tabs>
    </article>
  );
}
