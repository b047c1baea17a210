// Role assignment hooks: a child's mentor, contact person and backup with their history, the change
// command, and the assignments of staff who leave or have left, for reassignment.
import { useLiveQuery } from 'dexie-react-hooks';
import { leavingWithOpenAssignments, type RoleAssignment, type RoleChange } from '../../domain/assignments';
import type { ContactMoment } from '../../domain/contactMoments';
import type { Draft, Id, IsoDate } from '../../domain/types';
import { useRepos } from '../../ui/AppContext';

export function useRoleAssignments(childId: Id): RoleAssignment[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.roleAssignments.byChild(childId), [repos, childId]);
}

export function useContactMoments(childId: Id): ContactMoment[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.contactMoments.byChild(childId), [repos, childId]);
}

export function useRoleCommands() {
  const repos = useRepos();
  return {
    change: (change: RoleChange) => repos.roleAssignments.change(change),
    end: (id: Id, to: IsoDate) => repos.roleAssignments.end(id, to),
    saveMoment: (existing: ContactMoment | undefined, draft: Draft<ContactMoment>) =>
      existing ? repos.contactMoments.update(existing.id, draft) : repos.contactMoments.create(draft),
    removeMoment: (id: Id) => repos.contactMoments.remove(id),
  };
}

/** Staff with an end date (passed or ahead) who still hold families, with what the change drawer needs. */
export function useLeavingWithOpenAssignments(today: IsoDate) {
  const repos = useRepos();
  return useLiveQuery(async () => {
    const [staff, assignments, children] = await Promise.all([
      repos.staff.list(),
      repos.roleAssignments.list(),
      repos.children.list(),
    ]);
    return { leaving: leavingWithOpenAssignments(staff, assignments, children, today), staff, assignments };
  }, [repos, today]);
}
