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
    /** An edit is refused with a ConflictError when the goal changed since `basedOn`. */
    save: (existing: Goal | undefined, draft: Partial<Draft<Goal>>, basedOn?: { updatedAt: string }) =>
      existing ? repos.goals.update(existing.id, draft, basedOn) : repos.goals.create(draft as Draft<Goal>),
    // Added to the stored list, so a note written in another window is kept.
    addNote: (goal: Goal, note: Omit<ProgressNote, 'by'>) =>
      repos.goals.modify(goal.id, (current) => ({
        progressNotes: [...current.progressNotes, { ...note, by: repos.session.staffId }],
      })),
  };
}
