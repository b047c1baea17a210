// Backup hooks: the last verified backup, the home's policy, and making a verified backup.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import {
  BackupFormatError,
  lastVerifiedBackup,
  makeVerifiedBackup,
  recordVerifiedBackup,
  type BackupProblem,
  type LastBackup,
} from '../../data/backup';
import { readHomePolicy, updateHomePolicy, type HomePolicy } from '../../data/homePolicy';
import { usePlatform, useSessionState } from '../../ui/AppContext';

export function useLastBackup(): LastBackup | null | undefined {
  const { repos } = useSessionState();
  return useLiveQuery(() => lastVerifiedBackup(repos.session.db), [repos]);
}

export function useHomePolicy(): {
  policy: HomePolicy | undefined;
  update: (patch: Partial<HomePolicy>) => Promise<HomePolicy>;
} {
  const { repos } = useSessionState();
  const policy = useLiveQuery(() => readHomePolicy(repos.session.db), [repos]);
  const update = useCallback(
    (patch: Partial<HomePolicy>) => updateHomePolicy(repos.session.db, patch),
    [repos],
  );
  return { policy, update };
}

export type BackupState =
  | { step: 'idle' }
  | { step: 'running'; done: number; total: number }
  | { step: 'done'; fileName: string }
  | { step: 'cancelled' }
  | { step: 'failed'; problem?: BackupProblem };

/** Makes a backup where the user chooses, verifies the file read back, and records the date. */
export function useMakeBackup(): { state: BackupState; make: () => Promise<void> } {
  const { home, repos } = useSessionState();
  const { platform } = usePlatform();
  const [state, setState] = useState<BackupState>({ step: 'idle' });
  const make = useCallback(async () => {
    setState({ step: 'running', done: 0, total: 1 });
    try {
      const result = await makeVerifiedBackup({
        home,
        createdBy: repos.session.staffId,
        reason: 'manual',
        appVersion: await platform.appVersion(),
        onProgress: (progress) => setState({ step: 'running', ...progress }),
        save: (fileName, bytes) => platform.saveBackup(fileName, bytes),
      });
      if (!result.saved) {
        setState({ step: 'cancelled' });
        return;
      }
      await recordVerifiedBackup(repos.session.db, {
        at: result.manifest.createdAt,
        by: repos.session.staffId,
      });
      await repos.audit.recordBackup();
      setState({ step: 'done', fileName: result.fileName });
    } catch (error) {
      setState({ step: 'failed', problem: error instanceof BackupFormatError ? error.problem : undefined });
    }
  }, [home, repos, platform]);
  return { state, make };
}
