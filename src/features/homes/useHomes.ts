// Homes hooks: the registry (from the platform) and creating, demo-filling and deleting homes.
import { useCallback, useEffect, useState } from 'react';
import { createHome, deleteHome, type CreateHomeInput } from '../../data/homes';
import type { HomeEntry } from '../../domain/types';
import { usePlatform } from '../../ui/AppContext';
import { localToday } from '../../ui/useToday';

export function useHomes() {
  const { platform } = usePlatform();
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

  const remove = useCallback(
    async (home: HomeEntry) => {
      await deleteHome(home.id);
      await platform.removeHome(home.id);
      await refresh();
    },
    [platform, refresh],
  );

  return { homes, create, createDemo, remove };
}
