// The app's top level: choose a home, sign in, set a password, then the signed-in shell.
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { createRepositories } from '../data/repositories';
import type { LockedHome, Session } from '../data/homes';
import { openLockedHome } from '../data/homes';
import type { HomeEntry } from '../domain/types';
import { RecoveryKeyPanel, WelcomePage } from '../features/homes';
import { MigrationPage, SetPasswordPage, SignInPage } from '../features/signin';
import { SessionContext, type SessionState } from '../ui/AppContext';
import { useShellLock } from '../ui/useShellLock';

// The signed-in screens load apart from the start-up chunk (the welcome and sign-in screens); the
// download starts when a home is opened, so it is there by the time the password is checked.
// The router goes with them: only the signed-in screens use it.
const loadSignedInShell = () => Promise.all([import('./SignedInShell'), import('react-router')]);
const SignedInShell = lazy(() =>
  loadSignedInShell().then(([{ SignedInShell }, { HashRouter }]) => ({
    default: (props: { onSwitchHome: () => void }) => (
      <HashRouter>
        <SignedInShell {...props} />
      </HashRouter>
    ),
  })),
);

type Stage =
  | { name: 'welcome' }
  | { name: 'created'; home: HomeEntry; session: Session; recoveryKey: string }
  | { name: 'signIn'; home: HomeEntry; locked: LockedHome; demo: boolean }
  | { name: 'migrating'; home: HomeEntry; session: Session }
  | { name: 'signedIn'; home: HomeEntry; session: Session };

export function App() {
  const [stage, setStage] = useState<Stage>({ name: 'welcome' });

  const openHome = useCallback((home: HomeEntry) => {
    void loadSignedInShell();
    setStage({ name: 'signIn', home, locked: openLockedHome(home.id), demo: Boolean(home.demo) });
  }, []);

  const lock = useCallback(() => {
    setStage((current) => {
      if (current.name !== 'signedIn' && current.name !== 'created' && current.name !== 'migrating') {
        return current;
      }
      current.session.lock();
      return {
        name: 'signIn',
        home: current.home,
        locked: openLockedHome(current.home.id),
        demo: Boolean(current.home.demo),
      };
    });
  }, []);

  useShellLock(lock, stage.name === 'welcome' ? null : stage.home.id);

  const backToWelcome = useCallback(() => {
    setStage((current) => {
      if (current.name === 'signIn') current.locked.close();
      if (current.name === 'signedIn' || current.name === 'created' || current.name === 'migrating') {
        current.session.lock();
      }
      return { name: 'welcome' };
    });
  }, []);

  switch (stage.name) {
    case 'welcome':
      return (
        <WelcomePage
          onOpen={openHome}
          onCreated={(home, session, recoveryKey) =>
            setStage({ name: 'created', home, session, recoveryKey })
          }
        />
      );
    case 'created':
      return (
        <RecoveryKeyPanel
          home={stage.home}
          session={stage.session}
          recoveryKey={stage.recoveryKey}
          onDone={() => setStage({ name: 'signedIn', home: stage.home, session: stage.session })}
        />
      );
    case 'signIn':
      return (
        <SignInPage
          key={stage.locked.homeId}
          home={stage.home}
          locked={stage.locked}
          demo={stage.demo}
          onSignedIn={(session) => setStage({ name: 'migrating', home: stage.home, session })}
          onBack={backToWelcome}
        />
      );
    case 'migrating':
      return (
        <MigrationPage
          session={stage.session}
          home={stage.home}
          onDone={() => setStage({ name: 'signedIn', home: stage.home, session: stage.session })}
          onLock={lock}
        />
      );
    case 'signedIn':
      return stage.session.mustSetPassword ? (
        <SetPasswordPage session={stage.session} onDone={() => setStage({ ...stage })} onCancel={lock} />
      ) : (
        <SignedIn home={stage.home} session={stage.session} lock={lock} onSwitchHome={backToWelcome} />
      );
  }
}

function SignedIn({
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
      <Suspense fallback={null}>
        <SignedInShell onSwitchHome={onSwitchHome} />
      </Suspense>
    </SessionContext.Provider>
  );
}
