// Runs the content migrations a signed-in home still needs, once, with progress for the screen.
import { useEffect, useRef, useState } from 'react';
import type { Session } from '../../data/homes';

export type MigrationState =
  | { step: 'checking' }
  | { step: 'running'; done: number; total: number }
  | { step: 'failed' }
  | { step: 'done' };

export function useMigration(session: Session): MigrationState {
  const [state, setState] = useState<MigrationState>({ step: 'checking' });
  const started = useRef<Session | null>(null);
  useEffect(() => {
    // StrictMode mounts twice: the work must start once per session.
    if (started.current === session) return;
    started.current = session;
    void (async () => {
      try {
        if (await session.hasPendingMigrations()) {
          await session.migrate((progress) => setState({ step: 'running', ...progress }));
        }
        setState({ step: 'done' });
      } catch {
        setState({ step: 'failed' });
      }
    })();
  }, [session]);
  return state;
}
