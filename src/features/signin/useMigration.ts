// Runs the content migrations a signed-in home still needs, once, with progress for the screen.
import { useEffect, useRef, useState } from 'react';
import { makeVerifiedBackup } from '../../data/backup';
import type { Session } from '../../data/homes';
import type { HomeEntry } from '../../domain/types';
import { usePlatform } from '../../ui/AppContext';

export type MigrationState =
  | { step: 'checking' }
  | { step: 'safetyBackup' }
  | { step: 'running'; done: number; total: number }
  | { step: 'failed' }
  | { step: 'done' };

export function useMigration(session: Session, home: HomeEntry): MigrationState {
  const { platform } = usePlatform();
  const [state, setState] = useState<MigrationState>({ step: 'checking' });
  const started = useRef<Session | null>(null);
  useEffect(() => {
    // StrictMode mounts twice: the work must start once per session.
    if (started.current === session) return;
    started.current = session;
    void (async () => {
      try {
        if (await session.hasPendingMigrations()) {
          // The data as it was, kept and verified before anything is rewritten; no backup, no migration.
          setState({ step: 'safetyBackup' });
          const safety = await makeVerifiedBackup({
            home,
            createdBy: session.staffId,
            reason: 'beforeMigration',
            appVersion: await platform.appVersion(),
            save: (fileName, bytes) => platform.saveSafetyBackup(home.id, fileName, bytes),
          });
          if (!safety.saved) throw new Error('safety backup not saved');
          await session.migrate((progress) => setState({ step: 'running', ...progress }));
        }
        setState({ step: 'done' });
      } catch {
        setState({ step: 'failed' });
      }
    })();
  }, [session, home, platform]);
  return state;
}
