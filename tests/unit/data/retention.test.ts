// Destroying a child's file removes every record of that child and nothing else, leaving an audit
// entry and a record without personal data; it is refused before the retention period is over.
import { describe, expect, it } from 'vitest';
import { readStoredHome } from '../../../src/data/backup/storedHome';
import { createDemoHome, DEMO_PASSWORD } from '../../../src/data/demo';
import { updateHomePolicy } from '../../../src/data/homePolicy';
import { destroyChildFile, DestructionRefused } from '../../../src/data/retention';
import { LockedHome } from '../../../src/data/session';
import { PER_CHILD_TABLES } from '../../../src/data/tables';
import { generateHome } from '../../../src/data/demo/generateHome';

async function signedInDemo() {
  const data = generateHome({ seed: 5, children: 5, staff: 4 });
  const home = await createDemoHome('De Linde', data);
  const coordinator = data.staff[0]!;
  expect(coordinator.role).toBe('coordinator');
  const result = await new LockedHome(home.id).signIn(coordinator.id, DEMO_PASSWORD);
  if (!result.ok) throw new Error(result.reason);
  const ended = data.children.find((child) => child.placementEndedOn)!;
  return { home, data, session: result.session, ended };
}

const perChildCount = (data: ReturnType<typeof generateHome>, childId: string) =>
  PER_CHILD_TABLES.reduce(
    (sum, name) => sum + (data[name] as { childId: string }[]).filter((r) => r.childId === childId).length,
    0,
  );

describe('destroying a child file', () => {
  it('refuses before the retention period is over, and for anyone but a coordinator', async () => {
    const { session, ended } = await signedInDemo();
    const base = { db: session.db, childId: ended.id, staffId: session.staffId, today: '2026-11-24' };
    await expect(
      destroyChildFile({ ...base, isCoordinator: true, reason: { kind: 'retentionExpired' } }),
    ).rejects.toThrow(DestructionRefused);
    await expect(
      destroyChildFile({ ...base, isCoordinator: false, reason: { kind: 'retentionExpired' } }),
    ).rejects.toThrow(/notCoordinator/);
    const incomplete = {
      requestedBy: 'parent' as const,
      requestedOn: '2026-11-20',
      noSubstantialInterestOfOthers: true,
      noStatutoryDutyToKeep: false,
    };
    await expect(
      destroyChildFile({ ...base, isCoordinator: true, reason: { kind: 'request', request: incomplete } }),
    ).rejects.toThrow(/requestIncomplete/);
    expect(await session.db.children.get(ended.id)).toBeDefined();
    session.lock();
  });

  it('removes the child and every record of the child after 20 years, and nothing of other children', async () => {
    const { home, data, session, ended } = await signedInDemo();
    expect(perChildCount(data, ended.id)).toBeGreaterThan(5);
    const before = (await readStoredHome(home.id)).tables;
    const today = `${Number(ended.placementEndedOn!.slice(0, 4)) + 20}${ended.placementEndedOn!.slice(4)}`;
    const record = await destroyChildFile({
      db: session.db,
      childId: ended.id,
      staffId: session.staffId,
      isCoordinator: true,
      reason: { kind: 'retentionExpired' },
      today,
    });
    expect(record.removed.children).toBe(1);
    const after = (await readStoredHome(home.id)).tables;
    for (const name of [...PER_CHILD_TABLES, 'children']) {
      const of = (rows: Record<string, unknown>[]) =>
        rows.filter((row) => (row.childId ?? row.id) === ended.id);
      expect(of(after[name]!), name).toEqual([]);
      expect(after[name]!.length, name).toBe(before[name]!.length - of(before[name]!).length);
    }
    expect(Object.values(record.removed).reduce((a, b) => a + b, 0)).toBe(perChildCount(data, ended.id) + 1);
    const audit = await session.db.auditLog.where('action').equals('destroy').toArray();
    expect(audit).toEqual([expect.objectContaining({ entity: 'children', entityId: ended.id })]);
    // The clear record says why and how many, never who the child was.
    const meta = JSON.stringify(after.meta);
    expect(meta).toContain('retentionExpired');
    expect(meta).not.toContain(ended.name);
    session.lock();
  });

  it('destroys early on a complete recorded request, and honours a longer retention setting', async () => {
    const { session, ended } = await signedInDemo();
    await updateHomePolicy(session.db, { retentionYears: 30 });
    const twentyYearsOn = `${Number(ended.placementEndedOn!.slice(0, 4)) + 20}${ended.placementEndedOn!.slice(4)}`;
    const base = { db: session.db, childId: ended.id, staffId: session.staffId, isCoordinator: true };
    await expect(
      destroyChildFile({ ...base, today: twentyYearsOn, reason: { kind: 'retentionExpired' } }),
    ).rejects.toThrow(/retentionNotOver/);
    const request = {
      requestedBy: 'youth' as const,
      requestedOn: '2026-11-20',
      noSubstantialInterestOfOthers: true,
      noStatutoryDutyToKeep: true,
    };
    const record = await destroyChildFile({
      ...base,
      today: '2026-11-24',
      reason: { kind: 'request', request },
    });
    expect(record.request).toEqual(request);
    expect(await session.db.children.get(ended.id)).toBeUndefined();
    session.lock();
  });
});
