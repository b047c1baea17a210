// Audit hooks: the filtered log, newest first, with staff names resolved.
import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditFilter } from '../../data/audit';
import type { AuditEntry } from '../../domain/types';
import { useRepos } from '../../ui/AppContext';

export function useAuditLog(filter: AuditFilter): AuditEntry[] | undefined {
  const repos = useRepos();
  return useLiveQuery(
    () => repos.audit.list(filter),
    [repos, filter.action, filter.entity, filter.staffId, filter.from, filter.to],
  );
}
