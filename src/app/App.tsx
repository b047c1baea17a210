// The app's top level: choose a home, sign in, set a password, then the signed-in shell.
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useCallback } from 'react';
import type { Session } from '../data/homes';
import { loadAllTexts } from '../i18n';
import type { HomeEntry } from '../domain/types';
import { RecoveryKeyPanel, WelcomePage } from '../features/homes';
// The sign-in screen is part of the start-up scripts: locking must show it at once, also while a sleeping
// laptop's timers are frozen. The update and new-password screens come after a sign-in and load then.
import { SignInPage } from '../features/signin/SignInPage';
import { hasSession, lockStage, signInStage, useStages, welcomeStage, type StageDeps } from './stages';
import { useLockShortcut } from '../ui/lockShortcut';
import { useShellLock } from '../ui/useShellLock';

// The signed-in screens load apart from the start-up chunk (the welcome and sign-in screens), with the
// router and the repositories; the download starts when a home is opened, so it is there by the time the
// password is checked. Their texts too: every namespace in the session's language.
const loadSignedInShell = () => Promise.all([import('./SignedInShell'), loadAllTexts()]);
const SignedInRoot = lazy(() => loadSignedInShell().then(([module]) => ({ default: module.SignedInRoot })));

// The database code (Dexie, the record cipher, migrations) loads when a home is opened or created: the
// welcome screen lists the homes of the app settings and needs none of it.
let homesModule: typeof import('../data/homes') | undefined;
const loadHomesModule = async () => (homesModule ??= await import('../data/homes'));

const loadSignInScreens = () => import('../features/signin');
const MigrationPage = lazy(() => loadSignInScreens().then((module) => ({ default: module.MigrationPage })));
const SetPasswordPage = lazy(() =>
  loadSignInScreens().then((module) => ({ default: module.SetPasswordPage })),
);

const deps: StageDeps = {
  openLocked: (home) => {
    // Every way to a sign-in (opening or creating a home) loads the module first.
    if (!homesModule) throw new Error('The database code is not loaded yet');
    return homesModule.openLockedHome(home.id);
  },
};

export function App() {
  const [stage, move] = useStages({ name: 'welcome' });

  const openHome = useCallback(
    (home: HomeEntry) => {
      void loadSignedInShell();
      void loadSignInScreens();
      // The sign-in screen shows once the database code and the full styles (its inputs) are there.
      void Promise.all([loadHomesModule(), import('../ui/design/allStyles')]).then(() =>
        move((current) => signInStage(current, home, deps)),
      );
    },
    [move],
  );
  // Locking or leaving a home also clears the toasts: nothing of the home stays on screen.
  const lock = useCallback(() => {
    move((current) => lockStage(current, deps));
    notifications.clean();
  }, [move]);
  useShellLock(lock, stage.name === 'welcome' ? null : stage.home.id);
  // Here, not in the lazily loaded shell: Ctrl+L works from the moment the home is unlocked.
  useLockShortcut(hasSession(stage) ? lock : null);
  const backToWelcome = useCallback(() => {
    move(welcomeStage);
    notifications.clean();
  }, [move]);
  const signedIn = useCallback(
    (session: Session) =>
      move((current) =>
        'session' in current && current.session === session
          ? { name: 'signedIn', home: current.home, session }
          : null,
      ),
    [move],
  );

  return <Suspense fallback={null}>{screen()}</Suspense>;

  function screen() {
    switch (stage.name) {
      case 'welcome':
        return (
          <WelcomePage
            onOpen={openHome}
            onCreated={(home, session, recoveryKey) =>
              void loadHomesModule().then(() => move(() => ({ name: 'created', home, session, recoveryKey })))
            }
          />
        );
      case 'created':
        return (
          <RecoveryKeyPanel
            home={stage.home}
            session={stage.session}
            recoveryKey={stage.recoveryKey}
            onDone={() => signedIn(stage.session)}
          />
        );
      case 'signIn':
        return (
          <SignInPage
            key={stage.locked.homeId}
            home={stage.home}
            locked={stage.locked}
            demo={stage.demo}
            onSignedIn={(session) =>
              move((current) => {
                if (current.name === 'signIn') return { name: 'migrating', home: current.home, session };
                session.lock(); // the screen moved on meanwhile: this session must not stay open
                return null;
              })
            }
            onBack={backToWelcome}
          />
        );
      case 'migrating':
        return (
          <MigrationPage
            session={stage.session}
            home={stage.home}
            onDone={() => signedIn(stage.session)}
            onLock={lock}
          />
        );
      case 'signedIn':
        return stage.session.mustSetPassword ? (
          <SetPasswordPage session={stage.session} onDone={() => signedIn(stage.session)} onCancel={lock} />
        ) : (
          <SignedIn home={stage.home} session={stage.session} lock={lock} onSwitchHome={backToWelcome} />
        );
    }
  }
}

function SignedIn(props: { home: HomeEntry; session: Session; lock: () => void; onSwitchHome: () => void }) {
  return (
    <Suspense fallback={null}>
      <SignedInRoot {...props} />
    </Suspense>
  );
}
