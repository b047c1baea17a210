// Settings hooks: damaged records of the home (coordinators) and the state of this computer's storage.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { DamagedRecord } from '../../data/homes';
import { useRepos } from '../../ui/AppContext';

export function useDamagedRecords(): DamagedRecord[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.session.damagedRecords(), [repos]);
}

export interface StorageStatus {
  persistent: boolean | null;
  usage: number | null;
  quota: number | null;
}

export function useStorageStatus(): StorageStatus | null {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => {
    let cancelled = false;
    const storage = globalThis.navigator?.storage;
    void Promise.all([
      storage?.persisted?.().catch(() => null) ?? null,
      storage?.estimate?.().catch(() => null) ?? null,
    ]).then(([persistent, estimate]) => {
      if (cancelled) return;
      setStatus({ persistent, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null });
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return status;
}
