// Family hooks: the child's family and network members, and the commands that change them.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Child, Draft, FamilyMember, Id } from '../../domain/types';
import { useRepos } from '../../ui/AppContext';

export function useFamilyMembers(childId: Id): FamilyMember[] | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () =>
      (await repos.familyMembers.byChild(childId)).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [repos, childId],
  );
}

export function useFamilyCommands() {
  const repos = useRepos();
  return {
    save: (existing: FamilyMember | undefined, draft: Draft<FamilyMember>) =>
      existing ? repos.familyMembers.update(existing.id, draft) : repos.familyMembers.create(draft),
    remove: (id: Id) => repos.familyMembers.remove(id),
    /** Whether contact with this person counts for the child's contact norm (a choice per child). */
    setCountsForContactNorm: (child: Child, member: Pick<FamilyMember, 'id' | 'kind'>, counts: boolean) => {
      const choices = { ...child.contactNormMembers };
      // Store only choices that differ from the rule, so the rule still applies to everyone else.
      if (counts === (member.kind === 'parent')) delete choices[member.id];
      else choices[member.id] = counts;
      return repos.children.update(child.id, {
        contactNormMembers: Object.keys(choices).length > 0 ? choices : undefined,
      });
    },
  };
}
