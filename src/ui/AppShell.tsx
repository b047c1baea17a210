// The signed-in frame: header with home and user, navigation, lock, and the feature routes.
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes, useLocation } from 'react-router';
import { auditRoutes } from '../features/audit';
import { childrenRoutes } from '../features/children';
import { dashboardRoute } from '../features/dashboard';
import { settingsRoutes } from '../features/settings';
import { staffRoutes } from '../features/staff';
import { effectiveAutoLockMinutes } from '../platform';
import { usePlatform, useSessionState } from './AppContext';
import { ErrorBoundary } from './components/ErrorBoundary';
import { useIdleLock } from './useIdleLock';

export function AppShell({ onSwitchHome }: { onSwitchHome: () => void }) {
  const { t } = useTranslation('common');
  const { home, repos, lock } = useSessionState();
  const { settings } = usePlatform();
  useIdleLock(effectiveAutoLockMinutes(settings, home.id), lock);
  const coordinator = repos.session.isCoordinator;
  const { pathname } = useLocation();

  return (
    <div className="shell">
      <header className="shell__header">
        <span className="shell__home">{home.name}</span>
        <span className="shell__user">{t('shell.signedInAs', { name: repos.session.staff.name })}</span>
        <button type="button" onClick={lock} title={t('shell.lockShortcut')}>
          {t('shell.lock')}
        </button>
        <button type="button" className="button--subtle" onClick={onSwitchHome}>
          {t('shell.switchHome')}
        </button>
      </header>
      <nav className="shell__nav" aria-label={t('shell.navigation')}>
        <NavLink to="/" end>
          {t('nav.dashboard')}
        </NavLink>
        <NavLink to="/children">{t('nav.children')}</NavLink>
        {coordinator ? <NavLink to="/staff">{t('nav.staff')}</NavLink> : null}
        {coordinator ? <NavLink to="/audit">{t('nav.audit')}</NavLink> : null}
        <NavLink to="/settings">{t('nav.settings')}</NavLink>
      </nav>
      <main className="shell__main">
        {/* A new boundary per route: leaving a failed screen shows the next one normally. */}
        <ErrorBoundary key={pathname} onLock={lock}>
          <Routes>
            {dashboardRoute}
            {childrenRoutes}
            {coordinator ? staffRoutes : null}
            {coordinator ? auditRoutes : null}
            {settingsRoutes}
            {import.meta.env.DEV ? <Route path="/__test/crash" element={<CrashForTests />} /> : null}
            <Route path="*" element={<p>{t('notFound')}</p>} />
          </Routes>
        </ErrorBoundary>
      </main>
    </div>
  );
}

/** Development builds only: a screen that fails to render, so the e2e tests can see the boundary. */
function CrashForTests(): never {
  throw new Error('test crash');
}
