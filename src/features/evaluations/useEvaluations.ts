// Evaluation hooks: the child's collaboration evaluations (newest first) and saving them.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Draft, Evaluation, Id } from '../../domain/types';
import { useRepos } from '../../ui/AppContext';

export function useEvaluations(childId: Id): Evaluation[] | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (await repos.evaluations.byChild(childId)).sort((a, b) => b.heldOn.localeCompare(a.heldOn)),
    [repos, childId],
  );
}

export function useEvaluationCommands() {
  const repos = useRepos();
  return {
    save: (existing: Evaluation | undefined, draft: Draft<Evaluation>) =>
      existing ? repos.evaluations.update(existing.id, draft) : repos.evaluations.create(draft),
  };
}
