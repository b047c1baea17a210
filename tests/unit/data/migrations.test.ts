// Stored homes survive schema changes: a generated home written at version 1 reopens with every record.
import { describe, expect, it } from 'vitest';
import { createDemoHome, DEMO_PASSWORD } from '../../../src/data/demo';
import { VERSION_1 } from '../../../src/data/migrations/0001-initial';
import { createRepositories } from '../../../src/data/repositories';
import { LockedHome } from '../../../src/data/session';
import { generateHome } from '../../fixtures/generateHome';

describe('schema versions', () => {
  it('opens a generated home written at version 1 with the current schema, keeping every record', async () => {
    const data = generateHome({ seed: 11, children: 5, staff: 3 });
    const home = await createDemoHome('Migratie', data);
    const signIn = await new LockedHome(home.id).signIn(data.staff[0]!.id, DEMO_PASSWORD);
    if (!signIn.ok) throw new Error('sign-in failed');
    const db = signIn.session.db;
    expect(db.verno).toBeGreaterThanOrEqual(VERSION_1.version);
    const counts = Object.fromEntries(
      await Promise.all(
        Object.keys(VERSION_1.stores).map(async (table) => [table, await db.table(table).count()]),
      ),
    );
    expect(counts).toMatchObject({
      staff: data.staff.length,
      children: data.children.length,
      familyMembers: data.familyMembers.length,
      agreements: data.agreements.length,
      agreementRevisions: data.agreementRevisions.length,
      goals: data.goals.length,
      contacts: data.contacts.length,
      evaluations: data.evaluations.length,
      handovers: data.handovers.length,
    });
    const repos = createRepositories(signIn.session);
    const sortById = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(sortById(await repos.children.list())).toEqual(sortById(data.children));
    expect(sortById(await repos.agreements.list())).toEqual(sortById(data.agreements));
    expect(sortById(await repos.contacts.list())).toEqual(sortById(data.contacts));
    signIn.session.lock();
  });
});
