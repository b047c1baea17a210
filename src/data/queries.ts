// Reads for screens that must stay fast as a home's history grows: through indexes, only the records
// that decide what the screen shows, never whole tables of history.
import Dexie from 'dexie';
import { isNewPlacement } from '../domain/agreements';
import { contactNormMemberIds, isNormContact } from '../domain/contacts';
import { dateOfDateTime } from '../domain/dates';
import { isPlacementActive } from '../domain/placements';
import type {
  Agreement,
  Child,
  Contact,
  Evaluation,
  FamilyMember,
  Goal,
  Id,
  IsoDate,
  StaffMember,
} from '../domain/types';
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
  /** Per child in care: the latest contact up to today with someone who counts for the contact norm. */
  normContacts: Contact[];
  /** Running goals of the children in care (the dashboard lists those past their target date). */
  goals: Goal[];
}

/**
 * The child's latest contact up to today with someone who counts for the contact norm
 * (`countsForContactNorm`): newest first through the `[childId+at]` index, stopping at the first match.
 * Must run inside a transaction that includes `contacts`.
 */
export function lastNormContact(
  db: HomeDb,
  child: Pick<Child, 'id' | 'contactNormMembers'>,
  familyMembers: readonly Pick<FamilyMember, 'id' | 'kind' | 'childId'>[],
  today: IsoDate,
): Promise<Contact | undefined> {
  const counted = contactNormMemberIds(
    familyMembers.filter((member) => member.childId === child.id),
    child,
  );
  if (counted.size === 0) return Promise.resolve(undefined);
  return db.contacts
    .where('[childId+at]')
    .between([child.id, Dexie.minKey], [child.id, Dexie.maxKey])
    .reverse()
    .filter((contact) => dateOfDateTime(contact.at) <= today && isNormContact(contact, counted))
    .first();
}

const uniqueById = <T extends { id: Id }>(lists: (T | undefined)[][]): T[] => [
  ...new Map(lists.flat().flatMap((record) => (record ? [[record.id, record] as const] : []))).values(),
];

/** Everything buildDashboard needs for `today`, and nothing more. */
export async function readDashboardRecords(db: HomeDb, today: IsoDate): Promise<DashboardRecords> {
  return db.transaction(
    'r',
    [db.children, db.staff, db.contacts, db.agreements, db.evaluations, db.familyMembers, db.goals],
    async () => {
      const [children, staff] = await Promise.all([db.children.toArray(), db.staff.toArray()]);
      const inCare = children.filter((child) => isPlacementActive(child, today));
      const family = await db.familyMembers
        .where('childId')
        .anyOf(inCare.map((child) => child.id))
        .toArray();
      const ofChild = (id: Id) => [id, Dexie.minKey] as const;
      const toEnd = (id: Id) => [id, Dexie.maxKey] as const;
      const [
        lastContacts,
        openFollowUps,
        dueAgreements,
        newPlacements,
        lastEvaluations,
        normContacts,
        agreedAgreements,
        goals,
      ] = await Promise.all([
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
        Promise.all(inCare.map((child) => lastNormContact(db, child, family, today))),
        // Per child in care, agreements in force (those without a review date are listed so they are not
        // forgotten) and running goals: never those of children who left.
        db.agreements
          .where('[childId+status]')
          .anyOf(inCare.map((child) => [child.id, 'agreed']))
          .toArray(),
        db.goals
          .where('[childId+status]')
          .anyOf(inCare.map((child) => [child.id, 'active']))
          .toArray(),
      ]);
      return {
        children,
        staff,
        contacts: uniqueById<Contact>([lastContacts, openFollowUps]),
        agreements: uniqueById<Agreement>([
          dueAgreements,
          ...newPlacements,
          agreedAgreements.filter((agreement) => !agreement.reviewOn),
        ]),
        normContacts: normContacts.filter((contact): contact is Contact => contact !== undefined),
        goals,
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

export interface ChildStatusRecords {
  family: FamilyMember[];
  /** The latest contact up to today with someone who counts for the contact norm. */
  lastNormContact: Contact | undefined;
  lastEvaluation: Evaluation | undefined;
  /** The child's contacts with a follow-up not done yet. */
  openFollowUpContacts: Contact[];
  goals: Goal[];
  agreements: Agreement[];
  /** Only the staff the header names: contact person, backup and mentors. */
  staff: StaffMember[];
}

/** What a child's header shows: who is who and how things stand, through indexes. */
export async function readChildStatusRecords(
  db: HomeDb,
  child: Child,
  today: IsoDate,
): Promise<ChildStatusRecords> {
  return db.transaction(
    'r',
    [db.familyMembers, db.contacts, db.evaluations, db.goals, db.agreements, db.staff],
    async () => {
      const family = await db.familyMembers.where('childId').equals(child.id).toArray();
      const named = [
        child.contactPersonId,
        child.backupContactPersonId,
        ...child.mentorAssignments.map((assignment) => assignment.staffId),
      ].filter((id): id is Id => Boolean(id));
      const [last, lastEvaluation, openFollowUps, goals, agreements, staff] = await Promise.all([
        lastNormContact(db, child, family, today),
        db.evaluations
          .where('[childId+heldOn]')
          .between([child.id, Dexie.minKey], [child.id, Dexie.maxKey])
          .last(),
        db.contacts.where('hasOpenFollowUp').equals(1).toArray(),
        db.goals.where('childId').equals(child.id).toArray(),
        db.agreements.where('childId').equals(child.id).toArray(),
        db.staff.bulkGet([...new Set(named)]),
      ]);
      return {
        family,
        lastNormContact: last,
        lastEvaluation,
        openFollowUpContacts: openFollowUps.filter((contact) => contact.childId === child.id),
        goals,
        agreements,
        staff: staff.filter((member): member is StaffMember => Boolean(member)),
      };
    },
  );
}

export interface ChildrenStatusRecords {
  children: Child[];
  staff: StaffMember[];
  /** Per child: the latest contact up to today that counts for the contact norm. */
  normContacts: Contact[];
  /** Per child: the latest evaluation. */
  evaluations: Evaluation[];
  /** Every contact with a follow-up not done yet (few, through their index). */
  openFollowUpContacts: Contact[];
}

/** The children list with its status columns: per child the few records that decide them. */
export async function readChildrenStatusRecords(db: HomeDb, today: IsoDate): Promise<ChildrenStatusRecords> {
  return db.transaction(
    'r',
    [db.children, db.staff, db.familyMembers, db.contacts, db.evaluations],
    async () => {
      const [children, staff, family] = await Promise.all([
        db.children.toArray(),
        db.staff.toArray(),
        db.familyMembers.toArray(),
      ]);
      const [normContacts, evaluations, openFollowUpContacts] = await Promise.all([
        Promise.all(children.map((child) => lastNormContact(db, child, family, today))),
        Promise.all(
          children.map((child) =>
            db.evaluations
              .where('[childId+heldOn]')
              .between([child.id, Dexie.minKey], [child.id, Dexie.maxKey])
              .last(),
          ),
        ),
        db.contacts.where('hasOpenFollowUp').equals(1).toArray(),
      ]);
      const present = <T>(records: (T | undefined)[]) => records.filter((r): r is T => r !== undefined);
      return {
        children,
        staff,
        normContacts: present(normContacts),
        evaluations: present(evaluations),
        openFollowUpContacts,
      };
    },
  );
}
