// Child overview hook: the history-bound part of the overview (recent contacts, named staff) via indexes.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Child, IsoDate } from '../../domain/types';
import { useRepos } from '../../ui/AppContext';

export function useChildOverviewRecords(child: Child, today: IsoDate) {
  const repos = useRepos();
  return useLiveQuery(() => repos.queries.childOverview(child, today), [repos, child, today]);
}
