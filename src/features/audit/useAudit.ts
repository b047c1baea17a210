// Audit hooks: the filtered log, newest first, and the check of its hash chain.
import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditFilter } from '../../data/audit';
import type { ChainCheck } from '../../data/auditChain';
import type { AuditEntry } from '../../domain/types';
import { useRepos } from '../../ui/AppContext';

export function useAuditLog(filter: AuditFilter): AuditEntry[] | undefined {
  const repos = useRepos();
  return useLiveQuery(
    () => repos.audit.list(filter),
    [repos, filter.action, filter.entity, filter.staffId, filter.childId, filter.from, filter.to],
  );
}

export type ChainState = ChainCheck | { failed: true } | undefined;

/** The chain check of the whole log, redone when the log changes; undefined while checking. */
export function useAuditChain(): ChainState {
  const repos = useRepos();
  return useLiveQuery(() => repos.audit.verify().catch((): ChainState => ({ failed: true })), [repos]);
}
