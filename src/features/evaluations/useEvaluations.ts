// Evaluation hooks: the child's collaboration evaluations (newest first) and saving them, with each
// reviewed goal's status and progress carried over to the goal.
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
    /** An edit is refused with a ConflictError when the evaluation changed since `basedOn`. */
    save: async (
      existing: Evaluation | undefined,
      draft: Draft<Evaluation>,
      basedOn?: { updatedAt: string },
    ) => {
      const saved = existing
        ? await repos.evaluations.update(existing.id, draft, basedOn)
        : await repos.evaluations.create(draft);
      // A new evaluation moves its goals on: the status chosen, and the progress as a note of that day.
      if (!existing) {
        for (const review of draft.goalReviews ?? []) {
          await repos.goals.modify(review.goalId, (goal) => ({
            status: review.status,
            ...(review.progress
              ? {
                  progressNotes: [
                    ...goal.progressNotes,
                    { on: draft.heldOn, text: review.progress, by: repos.session.staffId },
                  ],
                }
              : {}),
          }));
        }
      }
      return saved;
    },
  };
}
