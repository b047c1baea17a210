// Dashboard hook: everything the home's attention list needs, in one live query.
import { useLiveQuery } from 'dexie-react-hooks';
import { buildDashboard } from '../../domain/dashboard';
import { useRepos } from '../../ui/AppContext';

export function useDashboard(today: string) {
  const repos = useRepos();
  return useLiveQuery(async () => {
    const [children, contacts, agreements, evaluations, staff] = await Promise.all([
      repos.children.list(),
      repos.contacts.list(),
      repos.agreements.list(),
      repos.evaluations.list(),
      repos.staff.list(),
    ]);
    return {
      items: buildDashboard({ children, contacts, agreements, evaluations, staff, today }),
      children: new Map(children.map((child) => [child.id, child])),
      contacts: new Map(contacts.map((contact) => [contact.id, contact])),
      agreements: new Map(agreements.map((agreement) => [agreement.id, agreement])),
      staff: new Map(staff.map((member) => [member.id, member])),
    };
  }, [repos, today]);
}

export type DashboardData = NonNullable<ReturnType<typeof useDashboard>>;
