// Handover hooks: the child's handover record (one per child) and saving it.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Draft, Handover, HandoverSection, Id, SectionConsent } from '../../domain/types';
import { useRepos } from '../../ui/AppContext';

/** undefined while loading, null when none was recorded yet. */
export function useHandover(childId: Id): Handover | null | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => (await repos.handovers.byChild(childId))[0] ?? null, [repos, childId]);
}

export function useSaveHandover() {
  const repos = useRepos();
  return (existing: Handover | null, draft: Draft<Handover>) =>
    existing ? repos.handovers.update(existing.id, draft) : repos.handovers.create(draft);
}

/** Saves one section's consent on the stored handover, keeping every other section's. */
export function useSaveConsent() {
  const repos = useRepos();
  return (handoverId: Id, section: HandoverSection, consent: SectionConsent) =>
    repos.handovers.modify(handoverId, (current) => ({
      consent: { ...current.consent, [section]: consent },
    }));
}
