// Retention hooks: children with an ended placement and their retention date; destroying a file.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { readHomePolicy } from '../../data/homePolicy';
import { destroyChildFile, type DestructionReason } from '../../data/retention';
import { retentionEndsOn } from '../../domain/retention';
import type { Child, IsoDate } from '../../domain/types';
import { useRepos } from '../../ui/AppContext';

export interface EndedPlacement {
  child: Child;
  retentionEndsOn: IsoDate;
  pastRetention: boolean;
}

/** Children whose placement ended, with the day their file may be destroyed, earliest first. */
export function useEndedPlacements(today: IsoDate): EndedPlacement[] | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => {
    const [children, policy] = await Promise.all([repos.children.list(), readHomePolicy(repos.session.db)]);
    return children
      .flatMap((child) => {
        const end = retentionEndsOn(child, policy.retentionYears);
        return end ? [{ child, retentionEndsOn: end, pastRetention: end <= today }] : [];
      })
      .sort((a, b) => a.retentionEndsOn.localeCompare(b.retentionEndsOn));
  }, [repos, today]);
}

export function useDestroyChild() {
  const repos = useRepos();
  return useCallback(
    (childId: string, reason: DestructionReason, today: IsoDate) =>
      destroyChildFile({
        db: repos.session.db,
        childId,
        staffId: repos.session.staffId,
        isCoordinator: repos.session.isCoordinator,
        reason,
        today,
      }),
    [repos],
  );
}
