// Reads for screens that must stay fast as a home's history grows: through indexes, only the records
// that decide what the screen shows, never whole tables of history.
import Dexie from 'dexie';
import { isNewPlacement } from '../domain/agreements';
import { dateOfDateTime } from '../domain/dates';
import { isPlacementActive } from '../domain/placements';
import type { Agreement, Child, Contact, Evaluation, Id, IsoDate, StaffMember } from '../domain/types';
import type { HomeDb } from './db';

export interface DashboardRecords {
  children: Child[];
  staff: StaffMember[];
  /** Per child in care: the latest contact up to today, and every contact with an open follow-up. */
  contacts: Contact[];
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
    [db.children, db.staff, db.contacts, db.agreements, db.evaluations],
    async () => {
      const [children, staff] = await Promise.all([db.children.toArray(), db.staff.toArray()]);
      const inCare = children.filter((child) => isPlacementActive(child, today));
      const ofChild = (id: Id) => [id, Dexie.minKey] as const;
      const toEnd = (id: Id) => [id, Dexie.maxKey] as const;
      const [lastContacts, openFollowUps, dueAgreements, newPlacements, lastEvaluations] = await Promise.all([
        Promise.all(
          inCare.map((child) =>
            db.contacts
              .where('[childId+at]')
              .between(ofChild(child.id), toEnd(child.id))
              .reverse()
              // Planned contacts after today are not real yet: step back over them.
              .filter((contact) => dateOfDateTime(contact.at) <= today)
              .first(),
          ),
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
  /** The latest contact up to today, for the contact-norm status (it may be older than the recent ones). */
  lastContact: Contact | undefined;
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
  return db.transaction('r', [db.contacts, db.staff], async () => {
    const history = () =>
      db.contacts.where('[childId+at]').between([child.id, Dexie.minKey], [child.id, Dexie.maxKey]).reverse();
    const [recentContacts, lastContact] = await Promise.all([
      history().limit(contactCount).toArray(),
      history()
        .filter((contact) => dateOfDateTime(contact.at) <= today)
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
    return { recentContacts, lastContact, staff };
  });
}
