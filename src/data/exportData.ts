// Loads everything the Word documents need about one child, in one read transaction.
import type { Id } from '../domain/types';
import type { Repositories } from './repositories';

export async function loadChildExportData(repos: Repositories, childId: Id) {
  const db = repos.session.db;
  return db.transaction(
    'r',
    [
      db.children,
      db.familyMembers,
      db.agreements,
      db.goals,
      db.contacts,
      db.evaluations,
      db.staff,
      db.handovers,
    ],
    async () => {
      const [child, familyMembers, agreements, goals, contacts, evaluations, staff, handovers] =
        await Promise.all([
          repos.children.get(childId),
          repos.familyMembers.byChild(childId),
          repos.agreements.byChild(childId),
          repos.goals.byChild(childId),
          repos.contacts.byChild(childId),
          repos.evaluations.byChild(childId),
          repos.staff.list(),
          repos.handovers.byChild(childId),
        ]);
      if (!child) throw new Error('child not found');
      return {
        child,
        familyMembers,
        agreements,
        goals,
        contacts,
        evaluations,
        staff,
        handover: handovers[0] ?? null,
      };
    },
  );
}

export type ChildExportData = Awaited<ReturnType<typeof loadChildExportData>>;
