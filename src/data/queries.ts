// Reads for screens that must stay fast as a home's history grows: through indexes, only the records
// that decide what the screen shows, never whole tables of history.
import Dexie from 'dexie';
import { isNewPlacement } from '../domain/agreements';
import { countsTowardsNorm, normContactIds } from '../domain/contacts';
import { dateOfDateTime } from '../domain/dates';
import { isPlacementActive } from '../domain/placements';
import type {
  Agreement,
  Child,
  Contact,
  Evaluation,
  FamilyMember,
  Id,
  IsoDate,
  StaffMember,
} from '../domain/types';
import type { HomeDb } from './db';

export interface DashboardRecords {
  children: Child[];
  staff: StaffMember[];
  /**
   * Per child in care: the latest contact up to today that counts for the contact norm (with a parent
   * or carer), and every contact with an open follow-up.
   */
  contacts: Contact[];
  /** The family members of the children in care: who counts for each contact norm. */
  familyMembers: FamilyMember[];
  /** Agreements whose review date has come, and every agreement of a new placement. */
  agreements: Agreement[];
  /** Per child in care: the latest evaluation. */
  evaluations: Evaluation[];
}

const uniqueById = <T extends { id: Id }>(lists: (T | undefined)[][]): T[] => [
  ...new Map(lists.flat().flatMap((record) => (record ? [[record.id, record] as const] : []))).values(),
];

/** Everything buildDashboard needs for `today`, and nothing more. */
export async function readDashboardRecords(db: HomeDb, today: IsoDate): Promise<DashboardRecords> {
  return db.transaction(
    'r',
    [db.children, db.staff, db.familyMembers, db.contacts, db.agreements, db.evaluations],
    async () => {
      const [children, staff] = await Promise.all([db.children.toArray(), db.staff.toArray()]);
      const inCare = children.filter((child) => isPlacementActive(child, today));
      const ofChild = (id: Id) => [id, Dexie.minKey] as const;
      const toEnd = (id: Id) => [id, Dexie.maxKey] as const;
      const families = await Promise.all(
        inCare.map((child) => db.familyMembers.where('childId').equals(child.id).toArray()),
      );
      const [lastContacts, openFollowUps, dueAgreements, newPlacements, lastEvaluations] = await Promise.all([
        Promise.all(
          inCare.map((child, index) => {
            const counting = normContactIds(families[index] ?? [], child);
            return (
              db.contacts
                .where('[childId+at]')
                .between(ofChild(child.id), toEnd(child.id))
                .reverse()
                // Planned contacts after today are not real yet, and a call with a grandparent or the
                // gezinsvoogd does not keep the norm: step back over both, newest first, on the index.
                .filter(
                  (contact) => dateOfDateTime(contact.at) <= today && countsTowardsNorm(contact, counting),
                )
                .first()
            );
          }),
        ),
        db.contacts.where('hasOpenFollowUp').equals(1).toArray(),
        db.agreements.where('reviewOn').belowOrEqual(today).toArray(),
        Promise.all(
          inCare
            .filter((child) => isNewPlacement(child, today))
            .map((child) => db.agreements.where('childId').equals(child.id).toArray()),
        ),
        Promise.all(
          inCare.map((child) =>
            db.evaluations.where('[childId+heldOn]').between(ofChild(child.id), toEnd(child.id)).last(),
          ),
        ),
      ]);
      return {
        children,
        staff,
        familyMembers: families.flat(),
        contacts: uniqueById<Contact>([lastContacts, openFollowUps]),
        agreements: uniqueById<Agreement>([dueAgreements, ...newPlacements]),
        evaluations: lastEvaluations.filter(
          (evaluation): evaluation is Evaluation => evaluation !== undefined,
        ),
      };
    },
  );
}

export interface ChildOverviewRecords {
  /** The newest contacts first, at most `contactCount`. */
  recentContacts: Contact[];
  /**
   * The latest contact up to today that counts for the contact norm, for its status (it may be older
   * than the recent ones).
   */
  lastContact: Contact | undefined;
  /** The child's family members: who counts for the contact norm. */
  familyMembers: FamilyMember[];
  /** Only the staff the overview names: contact person, backup, mentors and the recent contacts' staff. */
  staff: StaffMember[];
}

/** The child overview's history-bound reads: a few recent contacts and the staff it names. */
export async function readChildOverviewRecords(
  db: HomeDb,
  child: Child,
  today: IsoDate,
  contactCount = 5,
): Promise<ChildOverviewRecords> {
  return db.transaction('r', [db.contacts, db.staff, db.familyMembers], async () => {
    const familyMembers = await db.familyMembers.where('childId').equals(child.id).toArray();
    const counting = normContactIds(familyMembers, child);
    const history = () =>
      db.contacts.where('[childId+at]').between([child.id, Dexie.minKey], [child.id, Dexie.maxKey]).reverse();
    const [recentContacts, lastContact] = await Promise.all([
      history().limit(contactCount).toArray(),
      history()
        .filter((contact) => dateOfDateTime(contact.at) <= today && countsTowardsNorm(contact, counting))
        .first(),
    ]);
    const named = new Set<Id>(
      [
        child.contactPersonId,
        child.backupContactPersonId,
        ...child.mentorAssignments.map((assignment) => assignment.staffId),
        ...recentContacts.map((contact) => contact.staffId),
      ].filter((id): id is Id => Boolean(id)),
    );
    const staff = (await db.staff.bulkGet([...named])).filter((member): member is StaffMember =>
      Boolean(member),
    );
    return { recentContacts, lastContact, familyMembers, staff };
  });
}
