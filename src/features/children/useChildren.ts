// Children hooks: live list and single child, and the commands that change them.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Child, Draft, Id } from '../../domain/types';
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

export function useChildCommands() {
  const repos = useRepos();
  return {
    create: (draft: Draft<Child>) => repos.children.create(draft),
    update: (id: Id, draft: Partial<Draft<Child>>) => repos.children.update(id, draft),
  };
}
