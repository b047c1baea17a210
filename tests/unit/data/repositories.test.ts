// Repositories: records carry meta fields, every change is audited in the same transaction.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { homeDbName } from '../../../src/data/db';
import { VERSION_1 } from '../../../src/data/migrations/0001-initial';
import { InvalidInputError, isConflictError, type ConflictError } from '../../../src/data/repositories';
import type { Child, Draft, Goal } from '../../../src/domain/types';
import { newTestHome } from './testSession';

const child: Draft<Child> = {
  name: 'Daan Visser',
  birthDate: '2011-03-02',
  placementStart: '2026-02-01',
  legalFramework: 'supervisionOrder',
  languages: ['Nederlands'],
  mentorAssignments: [],
  contactNormDays: 7,
  evaluationIntervalMonths: 3,
};

describe('entity repositories', () => {
  it('creates a record with id, timestamps and author, and audits it', async () => {
    const { repos, session } = await newTestHome();
    const created = await repos.children.create(child);
    expect(created).toMatchObject({ ...child, createdBy: session.staffId, updatedBy: session.staffId });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await repos.children.get(created.id)).toEqual(created);
    const audit = await repos.audit.list({ action: 'create', entity: 'children' });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityId: created.id, staffId: session.staffId });
    session.lock();
  });

  it('updates keep createdAt and audit the update; removing audits a delete', async () => {
    const { repos, session } = await newTestHome();
    const created = await repos.children.create(child);
    const updated = await repos.children.update(created.id, { contactNormDays: 14 });
    expect(updated.contactNormDays).toBe(14);
    expect(updated.createdAt).toBe(created.createdAt);
    await repos.children.remove(created.id);
    expect(await repos.children.get(created.id)).toBeUndefined();
    const actions = (await repos.audit.list({ entity: 'children' })).map((entry) => entry.action).sort();
    expect(actions).toEqual(['create', 'delete', 'update']);
    session.lock();
  });

  it('refuses an update based on a version changed since (another window), with the stored record', async () => {
    const { repos, session } = await newTestHome();
    const goal = await repos.goals.create({
      childId: 'child-1',
      title: 'Zelf naar school fietsen',
      status: 'active',
      progressNotes: [],
    });
    const opened = { updatedAt: goal.updatedAt };
    const first = await repos.goals.update(goal.id, { title: 'Uit venster A' }, opened);
    const refused = await repos.goals
      .update(goal.id, { title: 'Uit venster B' }, opened)
      .catch((e: unknown) => e);
    expect(isConflictError(refused)).toBe(true);
    expect((refused as ConflictError<Goal>).current.title).toBe('Uit venster A');
    expect((await repos.goals.get(goal.id))?.title).toBe('Uit venster A');
    expect((await repos.audit.list({ entity: 'goals' })).map((entry) => entry.action).sort()).toEqual([
      'create',
      'update',
    ]);
    // Re-applied on top of the other change.
    const reapplied = await repos.goals.update(
      goal.id,
      { title: 'Uit venster B' },
      { updatedAt: first.updatedAt },
    );
    expect(reapplied.title).toBe('Uit venster B');
    session.lock();
  });

  it('writes nothing when the change fails (record and audit entry share one transaction)', async () => {
    const { repos, session } = await newTestHome();
    const before = (await repos.audit.list()).length;
    await expect(repos.children.update('does-not-exist', { name: 'X' })).rejects.toThrow('not found');
    expect((await repos.audit.list()).length).toBe(before);
    session.lock();
  });

  it('finds records by child and records exports in the audit log', async () => {
    const { repos, session } = await newTestHome();
    const a = await repos.children.create(child);
    const b = await repos.children.create({ ...child, name: 'Zoë Bakker' });
    for (const c of [a, b]) {
      await repos.familyMembers.create({
        childId: c.id,
        kind: 'parent',
        relation: 'mother',
        name: `Moeder van ${c.name}`,
        hasParentalAuthority: true,
        interpreterNeeded: false,
        receivesReports: true,
      });
    }
    expect((await repos.familyMembers.byChild(a.id)).map((m) => m.name)).toEqual(['Moeder van Daan Visser']);
    await repos.audit.recordExport('handover', b.id);
    const exports = await repos.audit.list({ action: 'export' });
    expect(exports[0]).toMatchObject({ entity: 'export:handover', entityId: b.id, staffId: session.staffId });
    session.lock();
  });

  it('filters the audit log by period and person, newest first', async () => {
    const { repos, session } = await newTestHome();
    await repos.children.create(child);
    const all = await repos.audit.list();
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(all.map((entry) => entry.at)).toEqual([...all.map((entry) => entry.at)].sort().reverse());
    expect(await repos.audit.list({ from: '2999-01-01' })).toEqual([]);
    expect(await repos.audit.list({ staffId: 'someone-else' })).toEqual([]);
    session.lock();
  });
});

describe('the home database on disk', () => {
  it('holds no child name, family detail or agreement text in clear in any table', async () => {
    const { repos, session, homeId } = await newTestHome();
    const created = await repos.children.create({ ...child, name: 'Sanne de Vries' });
    await repos.familyMembers.create({
      childId: created.id,
      kind: 'parent',
      relation: 'mother',
      name: 'Ingrid de Vries',
      phone: '06-12345678',
      hasParentalAuthority: true,
      interpreterNeeded: false,
      receivesReports: true,
    });
    await repos.agreements.add(created.id, {
      topic: 'bedtimes',
      text: 'Bedtijd 21:00, moeder belt om 20:30',
      responsible: [{ kind: 'bothParents' }],
      status: 'agreed',
      agreedOn: '2026-11-01',
      agreedWith: [],
    });
    const raw = new Dexie(homeDbName(homeId));
    raw.version(VERSION_1.version).stores(VERSION_1.stores);
    const stored = await Promise.all(raw.tables.map((table) => table.toArray()));
    const text = JSON.stringify(stored, (_key, value: unknown) =>
      value instanceof Uint8Array ? new TextDecoder().decode(value) : value,
    );
    for (const secret of ['Sanne', 'Vries', 'Ingrid', '06-12345678', 'Bedtijd']) {
      expect(text).not.toContain(secret);
    }
    raw.close();
    session.lock();
  });
});

describe('input checks', () => {
  it('refuse what the form schema refuses, on create and on the fields an update changes', async () => {
    const { repos, session } = await newTestHome();
    const contact = {
      childId: 'child-1',
      at: '2026-11-20T10:00:00.000Z',
      channel: 'phone' as const,
      familyMemberIds: ['mother'],
      staffId: session.staffId,
      summary: 'Moeder gebeld.',
      followUps: [],
    };
    await expect(repos.contacts.create({ ...contact, summary: ' ' })).rejects.toMatchObject({
      name: 'InvalidInputError',
      errors: { summary: 'required' },
    });
    await expect(repos.contacts.create({ ...contact, familyMemberIds: [] })).rejects.toMatchObject({
      errors: { familyMemberIds: 'required' },
    });
    const saved = await repos.contacts.create(contact);
    await expect(
      repos.contacts.update(saved.id, {
        followUps: [{ id: 'f1', text: '', ownerStaffId: session.staffId, done: false }],
      }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect((await repos.contacts.get(saved.id))?.followUps).toEqual([]);
    session.lock();
  });
});
