// Handover hooks: the child's handover record (one per child) and saving it.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Handover, HandoverSection, Id, SectionConsent } from '../../domain/types';
import { useRepos } from '../../ui/AppContext';
import type { HandoverContent } from './handoverDraft';

/** undefined while loading, null when none was recorded yet. */
export function useHandover(childId: Id): Handover | null | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => (await repos.handovers.byChild(childId))[0] ?? null, [repos, childId]);
}

export function useSaveHandover() {
  const repos = useRepos();
  // The consent is left as stored: a section row may have saved one while the form was open.
  return (existing: Handover | null, content: HandoverContent) =>
    existing
      ? repos.handovers.update(existing.id, content)
      : repos.handovers.create({ ...content, consent: {} });
}

/** Saves one section's consent on the stored handover, keeping every other section's. */
export function useSaveConsent() {
  const repos = useRepos();
  return (handoverId: Id, section: HandoverSection, consent: SectionConsent) =>
    repos.handovers.modify(handoverId, (current) => ({
      consent: { ...current.consent, [section]: consent },
    }));
}
