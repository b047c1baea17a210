// Goal hooks: the child's joint goals and the commands that change them.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Draft, Goal, Id, ProgressNote } from '../../domain/types';
import { useRepos } from '../../ui/AppContext';

export function useGoals(childId: Id): Goal[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.goals.byChild(childId), [repos, childId]);
}

export function useGoalCommands() {
  const repos = useRepos();
  return {
    save: (existing: Goal | undefined, draft: Draft<Goal>) =>
      existing ? repos.goals.update(existing.id, draft) : repos.goals.create(draft),
    addNote: (goal: Goal, note: Omit<ProgressNote, 'by'>) =>
      repos.goals.update(goal.id, {
        progressNotes: [...goal.progressNotes, { ...note, by: repos.session.staffId }],
      }),
  };
}
