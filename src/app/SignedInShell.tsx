// The signed-in app: the frame with the places of every feature, their routes, idle lock and Ctrl+K.
import {
  IconCalendarWeek,
  IconHome,
  IconListDetails,
  IconSettings,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useMemo } from 'react';
import '../ui/design/allStyles';
import { useTranslation } from 'react-i18next';
import { HashRouter, Route, Routes, useLocation } from 'react-router';
import type { Session } from '../data/homes';
import { createRepositories } from '../data/repositories';
import type { HomeEntry } from '../domain/types';
import { auditRoutes } from '../features/audit';
import { childrenRoutes, useChildrenList } from '../features/children';
import { rosterRoute } from '../features/roster';
import { settingsRoutes } from '../features/settings';
import { staffRoutes } from '../features/staff';
import { effectiveAutoLockMinutes } from '../platform';
import { SessionContext, usePlatform, useSessionState, type SessionState } from '../ui/AppContext';
import { AppFrame, type JumpTarget, type NavItem } from '../ui/AppFrame';
import { ErrorBoundary } from '../ui/components/ErrorBoundary';
import { HomeDashboard } from './HomeDashboard';
import { useIdleLock } from '../ui/useIdleLock';

/** The signed-in app: the session's repositories for every screen, the router and the shell. */
export function SignedInRoot({
  home,
  session,
  lock,
  onSwitchHome,
}: {
  home: HomeEntry;
  session: Session;
  lock: () => void;
  onSwitchHome: () => void;
}) {
  const value = useMemo<SessionState>(
    () => ({ home, repos: createRepositories(session), lock }),
    [home, session, lock],
  );
  return (
    <SessionContext.Provider value={value}>
      <HashRouter>
        <SignedInShell onSwitchHome={onSwitchHome} />
      </HashRouter>
    </SessionContext.Provider>
  );
}

function SignedInShell({ onSwitchHome }: { onSwitchHome: () => void }) {
  const { t } = useTranslation(['common', 'staff']);
  const { home, repos, lock } = useSessionState();
  const { settings } = usePlatform();
  useIdleLock(effectiveAutoLockMinutes(settings, home.id), lock);
  const coordinator = repos.session.isCoordinator;
  const { pathname } = useLocation();
  const children = useChildrenList();

  const nav: NavItem[] = [
    { to: '/', label: t('nav.dashboard'), icon: IconHome, end: true },
    { to: '/children', label: t('nav.children'), icon: IconUsers },
    { to: '/roster', label: t('nav.roster'), icon: IconCalendarWeek },
    ...(coordinator ? [{ to: '/staff', label: t('nav.staff'), icon: IconUsersGroup }] : []),
    ...(coordinator ? [{ to: '/audit', label: t('nav.audit'), icon: IconListDetails }] : []),
    { to: '/settings', label: t('nav.settings'), icon: IconSettings },
  ];
  const jumpTargets: JumpTarget[] = (children ?? []).map((child) => ({
    id: child.id,
    label: child.name,
    to: `/children/${child.id}`,
  }));

  return (
    <AppFrame
      homeName={home.name}
      userName={repos.session.staff.name}
      roleLabel={t(`staff:roles.${repos.session.staff.role}`)}
      nav={nav}
      jumpTargets={jumpTargets}
      onLock={lock}
      onSwitchHome={onSwitchHome}
    >
      {/* A new boundary per screen: leaving a failed screen shows the next one normally. A child's
          tabs share one (ChildLayout has its own per tab), so the child's header stays while tabs change. */}
      <ErrorBoundary key={screenKey(pathname)} onLock={lock}>
        <Routes>
          <Route path="/" element={<HomeDashboard />} />
          {childrenRoutes}
          {rosterRoute}
          {coordinator ? staffRoutes : null}
          {coordinator ? auditRoutes : null}
          {settingsRoutes}
          {import.meta.env.DEV ? <Route path="/__test/crash" element={<CrashForTests />} /> : null}
          <Route path="*" element={<p>{t('notFound')}</p>} />
        </Routes>
      </ErrorBoundary>
    </AppFrame>
  );
}

/** `/children/<id>/<tab>` → `/children/<id>`: one screen for all of a child's tabs. */
function screenKey(pathname: string): string {
  const parts = pathname.split('/');
  return parts[1] === 'children' && parts[2] && parts[2] !== 'new' ? parts.slice(0, 3).join('/') : pathname;
}

/** Development builds only: a screen that fails to render, so the e2e tests can see the boundary. */
function CrashForTests(): never {
  throw new Error('test crash');
}
