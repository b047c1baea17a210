// Restore hooks: choose and check a file, then unlock, make a safety backup if needed, and restore.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  BackupFormatError,
  BACKUP_EXTENSION,
  makeVerifiedBackup,
  readBackupFile,
  restoreBackup,
  storedHomeState,
  unlockBackup,
  WrongSecretError,
  type BackupContents,
  type BackupProblem,
  type RestoreProgress,
  type RestoreResult,
} from '../../data/backup';
import type { HomeEntry, HomeKind } from '../../domain/types';
import type { OpenedFile } from '../../platform';
import { usePlatform } from '../../ui/AppContext';

export type RestoreState =
  | { step: 'choose' }
  | { step: 'reading' }
  | { step: 'refused'; problem: BackupProblem | 'unreadable' }
  | { step: 'confirm'; fileName: string; contents: BackupContents; existing: HomeEntry | null }
  | { step: 'safety' }
  | { step: 'running'; progress: RestoreProgress }
  | { step: 'done'; home: HomeEntry; result: RestoreResult }
  | { step: 'failed' };

const KINDS: HomeKind[] = ['smallScale', 'familyHome', 'other'];

function entryOf(contents: BackupContents): HomeEntry {
  const { id, name, kind, createdAt } = contents.manifest.home;
  return { id, name, kind: KINDS.includes(kind as HomeKind) ? (kind as HomeKind) : 'other', createdAt };
}

/** Reads and checks a chosen file: the manifest to confirm, or why it is refused. */
export async function checkBackupFile(file: OpenedFile, homes: HomeEntry[]): Promise<RestoreState> {
  try {
    const contents = await readBackupFile(file.bytes);
    const existing = homes.find((home) => home.id === contents.manifest.home.id) ?? null;
    return { step: 'confirm', fileName: file.name, contents, existing };
  } catch (error) {
    return { step: 'refused', problem: error instanceof BackupFormatError ? error.problem : 'corrupt' };
  }
}

/** Steps in which another file may take the place of the current one (nothing is being written). */
const OPEN_TO_A_FILE: RestoreState['step'][] = ['choose', 'refused', 'confirm', 'failed', 'done'];

export function useRestore(homes: HomeEntry[]) {
  const { platform } = usePlatform();
  const [state, setState] = useState<RestoreState>({ step: 'choose' });
  const step = useRef(state.step);
  useEffect(() => {
    step.current = state.step;
  }, [state.step]);

  /** A file chosen here or opened with the app; ignored while a restore is under way. */
  const load = useCallback(
    async (file: OpenedFile | null) => {
      if (!OPEN_TO_A_FILE.includes(step.current)) return;
      if (!file) return setState({ step: 'refused', problem: 'unreadable' });
      setState({ step: 'reading' });
      setState(await checkBackupFile(file, homes));
    },
    [homes],
  );

  const choose = useCallback(async () => {
    const file = await platform.openFile([{ name: 'Gedeeld back-up', extensions: [BACKUP_EXTENSION] }]);
    if (file) await load(file);
  }, [platform, load]);

  /** Returns 'wrongSecret' when the secret does not open this backup (nothing changed then). */
  const restore = useCallback(
    async (contents: BackupContents, secret: string): Promise<'wrongSecret' | void> => {
      let unlocked;
      try {
        unlocked = await unlockBackup(contents, secret);
      } catch (error) {
        if (error instanceof WrongSecretError) return 'wrongSecret';
        throw error;
      }
      const home = entryOf(contents);
      try {
        const present = await storedHomeState(home.id);
        if (present === 'inUse') {
          // What is here now is kept as a safety backup before anything is replaced.
          setState({ step: 'safety' });
          const existing = homes.find((entry) => entry.id === home.id) ?? home;
          const safety = await makeVerifiedBackup({
            home: existing,
            createdBy: null,
            reason: 'beforeRestore',
            appVersion: await platform.appVersion(),
            save: (fileName, bytes) => platform.saveSafetyBackup(home.id, fileName, bytes),
          });
          if (!safety.saved) throw new Error('safety backup not saved');
        }
        const result = await restoreBackup({
          contents,
          unlocked,
          replaceExisting: present === 'inUse',
          onProgress: (progress) => setState({ step: 'running', progress }),
        });
        await platform.saveHome(home);
        setState({ step: 'done', home, result });
      } catch {
        setState({ step: 'failed' });
      }
    },
    [platform, homes],
  );

  const reset = useCallback(() => setState({ step: 'choose' }), []);
  return { state, choose, load, restore, reset };
}
