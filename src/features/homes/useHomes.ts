// Homes hooks: the registry (from the platform) and creating, demo-filling and deleting homes. The
// database code loads on first use: the welcome screen itself only lists the homes of the settings.
import { useCallback, useEffect, useState } from 'react';
import type { CreateHomeInput, DeletionAuthorization, SignInName } from '../../data/homes';
import type { HomeEntry } from '../../domain/types';
import { usePlatform } from '../../ui/AppContext';
import { localToday } from '../../ui/useToday';

export function useHomes() {
  const { platform, settings, updateSettings } = usePlatform();
  const [homes, setHomes] = useState<HomeEntry[] | null>(null);

  const refresh = useCallback(async () => {
    const list = await platform.listHomes();
    setHomes(list.sort((a, b) => a.name.localeCompare(b.name, 'nl')));
  }, [platform]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const create = useCallback(
    async (input: Omit<CreateHomeInput, 'today'>) => {
      const { createHome } = await import('../../data/homes');
      const result = await createHome({ ...input, today: localToday() });
      await platform.saveHome(result.home);
      await refresh();
      return result;
    },
    [platform, refresh],
  );

  const createDemo = useCallback(
    async (name: string, onProgress: (done: number, total: number) => void) => {
      // The generator and the writer load only when someone opens the demo home.
      const { createDemoHome, generateHome } = await import('../../data/demo');
      const data = generateHome({ seed: 2026, today: localToday() });
      const home = await createDemoHome(name, data, onProgress);
      await platform.saveHome(home);
      await refresh();
      return home;
    },
    [platform, refresh],
  );

  /**
   * Deletes a home after a coordinator of it signed in, with a verified safety backup first; the
   * deletion is logged in the app settings (ids and date only). Returns why it was refused, if it was.
   */
  const remove = useCallback(
    async (home: HomeEntry, staffId: string, password: string): Promise<DeletionAuthorization> => {
      const { authorizeHomeDeletion, deleteHomeSafely } = await import('../../data/homes');
      const authorized = await authorizeHomeDeletion(home.id, staffId, password);
      if (!authorized.ok) return authorized;
      const deletion = await deleteHomeSafely({
        home,
        staffId,
        appVersion: await platform.appVersion(),
        saveSafetyBackup: (fileName, bytes) => platform.saveSafetyBackup(home.id, fileName, bytes),
      });
      await platform.removeHome(home.id);
      await updateSettings({ deletedHomes: [...(settings.deletedHomes ?? []), deletion] });
      await refresh();
      return authorized;
    },
    [platform, refresh, settings, updateSettings],
  );

  return { homes, create, createDemo, remove, refresh };
}

/** The sign-in names of a home (read before anyone signs in), for choosing who confirms a deletion. */
export function useSignInNamesOf(home: HomeEntry | null): SignInName[] | null {
  const [names, setNames] = useState<SignInName[] | null>(null);
  useEffect(() => {
    setNames(null);
    if (!home) return;
    let cancelled = false;
    void import('../../data/homes')
      .then(async ({ openLockedHome }) => {
        const locked = openLockedHome(home.id);
        try {
          const list = await locked.signInNames(localToday());
          if (!cancelled) setNames(list);
        } finally {
          locked.close();
        }
      })
      .catch(() => !cancelled && setNames([]));
    return () => {
      cancelled = true;
    };
  }, [home]);
  return names;
}
