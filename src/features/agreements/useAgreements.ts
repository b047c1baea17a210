// Agreement hooks: the child's agreements, one agreement's history, and add/revise commands.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Agreement, AgreementContent, AgreementRevision, Id } from '../../domain/types';
import { useRepos } from '../../ui/AppContext';

export function useAgreements(childId: Id): Agreement[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.agreements.byChild(childId), [repos, childId]);
}

export function useAgreementHistory(agreementId: Id): AgreementRevision[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.agreements.history(agreementId), [repos, agreementId]);
}

export function useAgreementCommands() {
  const repos = useRepos();
  return {
    add: (childId: Id, content: AgreementContent) => repos.agreements.add(childId, content),
    /** Refused with a ConflictError when the agreement is no longer at `basedOnVersion`. */
    revise: (id: Id, content: AgreementContent, basedOnVersion: number) =>
      repos.agreements.revise(id, content, basedOnVersion),
  };
}
