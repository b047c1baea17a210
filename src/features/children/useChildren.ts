// Children hooks: live list and single child, and the commands that change them.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { Child, Draft, Id, IsoDate } from '../../domain/types';
import { useRepos } from '../../ui/AppContext';

export function useChildrenList(): Child[] | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (await repos.children.list()).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [repos],
  );
}

/** undefined while loading, null when there is no such child. */
export function useChild(id: Id | undefined): Child | null | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => (id ? ((await repos.children.get(id)) ?? null) : null), [repos, id]);
}

/** Audits that a child's file was opened; the repository keeps it to once per child per sign-in. */
export function useRecordChildViewed(childId: Id | undefined): void {
  const repos = useRepos();
  useEffect(() => {
    if (!childId) return;
    repos.audit.recordChildViewed(childId).catch(() => {
      // Never block reading a file; the ids stay out of the console.
      console.error('could not audit opening a file');
    });
  }, [repos, childId]);
}

export function useChildCommands() {
  const repos = useRepos();
  return {
    /** A new child and its first mentor (the start of the mentor's history), saved together or not at all. */
    create: async (draft: Draft<Child>, firstMentor?: { staffId: Id; from: IsoDate }) =>
      (await repos.children.createWithFirstMentor(draft, firstMentor)).child,
    update: (id: Id, draft: Partial<Draft<Child>>) => repos.children.update(id, draft),
  };
}

/** What the child's header shows: family, latest norm contact, evaluation, open actions, goals, agreements. */
export function useChildStatus(child: Child, today: string) {
  const repos = useRepos();
  return useLiveQuery(() => repos.queries.childStatus(child, today), [repos, child, today]);
}

/** The children list with its status columns (contact norm, next evaluation, open actions). */
export function useChildrenStatus(today: string) {
  const repos = useRepos();
  return useLiveQuery(() => repos.queries.childrenStatus(today), [repos, today]);
}
