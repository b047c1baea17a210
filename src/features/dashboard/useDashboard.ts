// Dashboard hook: everything the home's attention list needs, in one live query.
import { useLiveQuery } from 'dexie-react-hooks';
import { useRepos } from '../../ui/AppContext';
import { loadDashboard } from './dashboardQuery';

export type { DashboardData } from './dashboardQuery';

export function useDashboard(today: string) {
  const repos = useRepos();
  return useLiveQuery(() => loadDashboard(repos, today), [repos, today]);
}
