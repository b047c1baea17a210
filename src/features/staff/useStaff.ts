// Staff hooks: the live staff list with access states, who may be assigned, and the coordinator's commands.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { assignableStaff } from '../../domain/staffAccess';
import type { Draft, Id, StaffMember } from '../../domain/types';
import { useRepos } from '../../ui/AppContext';
import { useToday } from '../../ui/useToday';

export function useStaffList(): StaffMember[] | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (await repos.staff.list()).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [repos],
  );
}

/**
 * The staff a picker may offer for a new assignment (mentor, contact person, backup, responsible…):
 * everyone whose last day has not passed, by name. Pass the ids already chosen on the record being
 * edited as `keep`, so an assignment made before someone left still shows their name.
 */
export function useAssignableStaff(keep: readonly Id[] = []): StaffMember[] | undefined {
  const staff = useStaffList();
  const today = useToday();
  const keepKey = keep.join(',');
  return useMemo(
    () => (staff ? assignableStaff(staff, today, keepKey ? keepKey.split(',') : []) : undefined),
    [staff, today, keepKey],
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
