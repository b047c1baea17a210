// Staff hooks: the live staff list with access states, and the coordinator's commands.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Draft, Id, StaffMember } from '../../domain/types';
import { useRepos } from '../../ui/AppContext';

export function useStaffList(): StaffMember[] | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (await repos.staff.list()).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [repos],
  );
}

export function useStaffAccess(): Map<Id, 'active' | 'pending'> | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.staff.accessStates(), [repos]);
}

export function useStaffCommands() {
  const repos = useRepos();
  return {
    signedInStaffId: repos.session.staffId,
    add: (draft: Draft<StaffMember>) => repos.staff.addWithAccess(draft),
    update: (id: Id, draft: Draft<StaffMember>) => repos.staff.update(id, draft),
    resetAccess: (staff: StaffMember) => repos.staff.resetAccess(staff),
    /** Ends their access (key slot deleted, end date today); their record and name stay. */
    remove: (id: Id) => repos.staff.remove(id),
  };
}
