// The audit chain's pure functions: key derivation, chain values, verification and legacy chaining.
import { describe, expect, it } from 'vitest';
import {
  chainLegacyEntries,
  chainValue,
  deriveAuditKey,
  GENESIS,
  verifyChain,
} from '../../../src/data/auditChain';
import type { AuditAction, AuditEntry } from '../../../src/domain/types';

const dataKey = new Uint8Array(32).fill(7);
const key = deriveAuditKey(dataKey);

function unchained(count: number, start = Date.UTC(2026, 10, 24, 9)): AuditEntry[] {
  const actions: AuditAction[] = ['signIn', 'create', 'update', 'export', 'delete'];
  return Array.from({ length: count }, (_, i) => ({
    id: `entry-${String(i).padStart(3, '0')}`,
    at: new Date(start + i * 60_000).toISOString(),
    action: actions[i % actions.length]!,
    entity: i % 2 ? 'children' : 'staff',
    entityId: `record-${i}`,
    staffId: 'staff-1',
    ...(i % 3 === 0 ? { childId: `child-${i % 2}` } : {}),
  }));
}

/** Chains entries the way recordAudit does: seq 1, 2, 3… each over the previous chain value. */
function chained(entries: AuditEntry[], chainKey = key): AuditEntry[] {
  let previous = GENESIS;
  return entries.map((entry, i) => {
    const chain = chainValue(chainKey, previous, entry, i + 1);
    previous = chain;
    return { ...entry, seq: i + 1, chain };
  });
}

const bySeq = (entries: AuditEntry[]) => [...entries].sort((a, b) => a.seq! - b.seq!);

describe('audit chain key', () => {
  it('is derived from the data key but is not the data key, and differs per home', () => {
    expect(key).toHaveLength(32);
    expect(Buffer.from(key).equals(Buffer.from(dataKey))).toBe(false);
    expect(Buffer.from(deriveAuditKey(dataKey)).equals(Buffer.from(key))).toBe(true);
    const otherHome = deriveAuditKey(new Uint8Array(32).fill(8));
    expect(Buffer.from(otherHome).equals(Buffer.from(key))).toBe(false);
  });

  it("does not verify one home's chain under another home's key", () => {
    const log = chained(unchained(3));
    expect(verifyChain(log, key)).toEqual({ intact: true, count: 3 });
    expect(verifyChain(log, deriveAuditKey(new Uint8Array(32).fill(8)))).toEqual({
      intact: false,
      at: 1,
      problem: 'edited',
    });
  });
});

describe('verifyChain', () => {
  const log = chained(unchained(10));

  it('reports an intact chain with its length', () => {
    expect(verifyChain(log, key)).toEqual({ intact: true, count: 10 });
    expect(verifyChain([], key)).toEqual({ intact: true, count: 0 });
  });

  it('finds a deleted entry at its position', () => {
    expect(
      verifyChain(
        log.filter((entry) => entry.seq !== 4),
        key,
      ),
    ).toEqual({
      intact: false,
      at: 4,
      problem: 'deleted',
    });
    expect(verifyChain(log.slice(1), key)).toEqual({ intact: false, at: 1, problem: 'deleted' });
  });

  it.each([
    ['action', { action: 'export' as const }],
    ['time', { at: '2020-01-01T00:00:00.000Z' }],
    ['staff member', { staffId: 'staff-2' }],
    ['child', { childId: 'child-9' }],
    ['record', { entityId: 'record-x' }],
    ['chain value', { chain: '00'.repeat(32) }],
  ])('finds an entry whose %s was edited', (_what, change) => {
    const edited = log.map((entry) => (entry.seq === 6 ? { ...entry, ...change } : entry));
    expect(verifyChain(edited, key)).toEqual({ intact: false, at: 6, problem: 'edited' });
  });

  it('finds a removed optional field as an edit', () => {
    const { childId: _dropped, ...withoutChild } = log[3]!;
    const edited = log.map((entry) => (entry.seq === 4 ? withoutChild : entry));
    expect(verifyChain(edited, key)).toEqual({ intact: false, at: 4, problem: 'edited' });
  });

  it('finds two entries whose places were swapped', () => {
    const swapped = bySeq(
      log.map((entry) =>
        entry.seq === 5 ? { ...entry, seq: 6 } : entry.seq === 6 ? { ...entry, seq: 5 } : entry,
      ),
    );
    expect(verifyChain(swapped, key)).toEqual({ intact: false, at: 5, problem: 'reordered' });
  });

  it('finds an entry moved to the end', () => {
    const moved = bySeq(log.map((entry) => (entry.seq === 3 ? { ...entry, seq: 11 } : entry)));
    expect(verifyChain(moved, key)).toEqual({ intact: false, at: 3, problem: 'reordered' });
  });

  it('finds an entry added without the key, or without a place in the chain', () => {
    const forged: AuditEntry = { ...unchained(1)[0]!, id: 'forged', seq: 11, chain: 'ab'.repeat(32) };
    expect(verifyChain([...log, forged], key)).toEqual({ intact: false, at: 11, problem: 'edited' });
    const { seq: _seq, chain: _chain, ...loose } = forged;
    expect(verifyChain([...log, loose], key)).toEqual({ intact: false, at: 11, problem: 'edited' });
  });
});

describe('chainLegacyEntries', () => {
  it('chains entries written without a chain in order of time, then id', () => {
    const legacy = unchained(6);
    // Two entries at the same moment: the id decides.
    legacy[2] = { ...legacy[2]!, at: legacy[3]!.at, id: 'entry-zzz' };
    const shuffled = [legacy[4]!, legacy[0]!, legacy[2]!, legacy[5]!, legacy[1]!, legacy[3]!];
    const result = chainLegacyEntries(shuffled, key);
    expect(result).toHaveLength(6);
    expect(bySeq(result).map((entry) => entry.id)).toEqual([
      'entry-000',
      'entry-001',
      'entry-003',
      'entry-zzz',
      'entry-004',
      'entry-005',
    ]);
    expect(verifyChain(bySeq(result), key)).toEqual({ intact: true, count: 6 });
    const { seq: _seq, chain: _chain, ...contents } = result.find((entry) => entry.id === 'entry-001')!;
    expect(contents).toEqual(legacy[1]);
  });

  it('puts entries chained before the migration after the legacy ones, in a bulkPut-safe order', () => {
    const early = chained(
      unchained(3, Date.UTC(2026, 11, 1)).map((entry) => ({ ...entry, id: `new-${entry.id}` })),
    );
    const legacy = unchained(4);
    const result = chainLegacyEntries([...early, ...legacy], key);
    expect(verifyChain(bySeq(result), key)).toEqual({ intact: true, count: 7 });
    expect(bySeq(result).map((entry) => entry.id.startsWith('new-'))).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
    // Written one by one in this order, no two entries ever hold the same seq.
    const held = new Map(early.map((entry) => [entry.seq!, entry.id]));
    for (const entry of result) {
      for (const [seq, id] of held) if (id === entry.id) held.delete(seq);
      expect(held.has(entry.seq!)).toBe(false);
      held.set(entry.seq!, entry.id);
    }
  });

  it('returns nothing to write when every entry is already chained', () => {
    expect(chainLegacyEntries(chained(unchained(3)), key)).toEqual([]);
  });
});
