// Screens read what they show: the indexed reads give the same dashboard as reading everything, and
// read only the records that decide it.
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { homeDbName } from '../../../src/data/db';
import { createDemoHome, DEMO_PASSWORD, generateHome } from '../../../src/data/demo';
import { createRepositories } from '../../../src/data/repositories';
import { LockedHome } from '../../../src/data/session';
import { addDays } from '../../../src/domain/dates';
import { contactNormMemberIds, isNormContact } from '../../../src/domain/contacts';
import { buildDashboard } from '../../../src/domain/dashboard';
import { isPlacementActive } from '../../../src/domain/placements';

const TODAY = '2026-11-24';

async function generatedHome() {
  const data = generateHome({ seed: 8, today: TODAY, children: 12, staff: 8, historyDays: 400 });
  const home = await createDemoHome('Query', data);
  const signIn = await new LockedHome(home.id).signIn(data.staff[0]!.id, DEMO_PASSWORD);
  if (!signIn.ok) throw new Error('sign-in failed');
  return { data, home, session: signIn.session, repos: createRepositories(signIn.session) };
}

/** Reference: every contact with someone who counts for the child's contact norm, from all records. */
function normContactsOf(data: ReturnType<typeof generateHome>) {
  return data.contacts.filter((contact) => {
    const child = data.children.find((candidate) => candidate.id === contact.childId)!;
    const family = data.familyMembers.filter((member) => member.childId === child.id);
    return isNormContact(contact, contactNormMemberIds(family, child));
  });
}

describe('dashboard reads', () => {
  it('gives exactly the dashboard of all records, on several days, while reading far fewer contacts', async () => {
    const { data, session, repos } = await generatedHome();
    for (const today of [TODAY, addDays(TODAY, -30), addDays(TODAY, 9)]) {
      const read = await repos.queries.dashboard(today);
      expect(buildDashboard({ ...read, today }), today).toEqual(
        buildDashboard({ ...data, normContacts: normContactsOf(data), today }),
      );
      const inCare = data.children.filter((child) => isPlacementActive(child, today)).length;
      const withOpenFollowUps = data.contacts.filter((c) => c.followUps.some((f) => !f.done)).length;
      expect(read.contacts.length).toBeLessThanOrEqual(inCare + withOpenFollowUps);
      expect(read.evaluations.length).toBeLessThanOrEqual(inCare);
    }
    expect(data.contacts.length).toBeGreaterThan(10 * (await repos.queries.dashboard(TODAY)).contacts.length);
    session.lock();
  });

  it('keeps the open-follow-up flag in step with the record, stored in clear but never returned', async () => {
    const { data, home, session, repos } = await generatedHome();
    const contact = data.contacts.find((c) => c.followUps.some((f) => !f.done))!;
    const raw = new Dexie(homeDbName(home.id));
    await raw.open();
    expect((await raw.table('contacts').get(contact.id)).hasOpenFollowUp).toBe(1);
    expect(await repos.contacts.get(contact.id)).toEqual(contact);
    await repos.contacts.update(contact.id, {
      followUps: contact.followUps.map((followUp) => ({ ...followUp, done: true })),
    });
    expect((await raw.table('contacts').get(contact.id)).hasOpenFollowUp).toBeUndefined();
    expect((await repos.queries.dashboard(TODAY)).contacts.map((c) => c.id)).not.toContain(contact.id);
    // A flag forged on disk breaks the record's binding: it no longer opens.
    await raw.table('contacts').update(contact.id, { hasOpenFollowUp: 1 });
    expect(await repos.contacts.get(contact.id)).toBeUndefined();
    raw.close();
    session.lock();
  });
});

describe('child overview reads', () => {
  it('reads the five newest contacts, the latest one up to today and only the staff it names', async () => {
    const { data, session, repos } = await generatedHome();
    const child = data.children.find(
      (candidate) => data.contacts.filter((c) => c.childId === candidate.id).length > 8,
    )!;
    const own = data.contacts.filter((c) => c.childId === child.id).sort((a, b) => b.at.localeCompare(a.at));
    const read = await repos.queries.childOverview(child, TODAY);
    expect(read.recentContacts.map((c) => c.id)).toEqual(own.slice(0, 5).map((c) => c.id));
    expect(read.lastContact?.id).toBe(own.find((c) => c.at.slice(0, 10) <= TODAY)?.id);
    const named = new Set(
      [
        child.contactPersonId,
        child.backupContactPersonId,
        ...child.mentorAssignments.map((a) => a.staffId),
      ].concat(read.recentContacts.map((c) => c.staffId)),
    );
    expect(read.staff.every((member) => named.has(member.id))).toBe(true);
    expect(read.staff.length).toBeLessThan(data.staff.length);
    session.lock();
  });
});

describe('contact norm reads', () => {
  it('finds the latest contact with a parent, skipping newer ones with the network or in the future', async () => {
    const { data, session, repos } = await generatedHome();
    const status = await repos.queries.childrenStatus(TODAY);
    const reference = normContactsOf(data);
    for (const child of data.children) {
      const expected = reference
        .filter((contact) => contact.childId === child.id && contact.at.slice(0, 10) <= TODAY)
        .sort((a, b) => (a.at < b.at ? 1 : -1))[0];
      const found = status.normContacts.find((contact) => contact.childId === child.id);
      expect(found?.id, child.id).toBe(expected?.id);
    }
    session.lock();
  });

  it('follows the choice of who counts: a child whose parents are switched off has no norm contact', async () => {
    const { data, session, repos } = await generatedHome();
    const child = data.children.find((candidate) =>
      normContactsOf(data).some((contact) => contact.childId === candidate.id),
    )!;
    const parents = data.familyMembers.filter((m) => m.childId === child.id && m.kind === 'parent');
    expect((await repos.queries.childStatus(child, TODAY)).lastNormContact).toBeDefined();
    await repos.children.update(child.id, {
      contactNormMembers: Object.fromEntries(parents.map((parent) => [parent.id, false])),
    });
    const updated = (await repos.children.get(child.id))!;
    const header = await repos.queries.childStatus(updated, TODAY);
    expect(contactNormMemberIds(header.family, updated).size).toBe(0);
    expect(header.lastNormContact).toBeUndefined();
    session.lock();
  });
});
