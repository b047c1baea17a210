// Contact hooks: the child's contact log (newest first) and the commands that change it.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact, Draft, Id } from '../../domain/types';
import { useRepos } from '../../ui/AppContext';

export function useContacts(childId: Id): Contact[] | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (await repos.contacts.byChild(childId)).sort((a, b) => b.at.localeCompare(a.at)),
    [repos, childId],
  );
}

export function useContactCommands() {
  const repos = useRepos();
  return {
    signedInStaffId: repos.session.staffId,
    /** An edit is refused with a ConflictError when the contact changed since `basedOn`. */
    save: (existing: Contact | undefined, draft: Draft<Contact>, basedOn?: { updatedAt: string }) =>
      existing ? repos.contacts.update(existing.id, draft, basedOn) : repos.contacts.create(draft),
    // From the stored record, so ticking two follow-ups quickly keeps both.
    setFollowUpDone: (contact: Contact, followUpId: Id, done: boolean, today: string) =>
      repos.contacts.modify(contact.id, (current) => ({
        followUps: current.followUps.map((followUp) =>
          followUp.id === followUpId ? { ...followUp, done, doneOn: done ? today : undefined } : followUp,
        ),
      })),
    setNorm: (childId: Id, contactNormDays: number) => repos.children.update(childId, { contactNormDays }),
  };
}
