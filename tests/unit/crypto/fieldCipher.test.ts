// The record cipher's additional data: its encoding must never change, or sealed records stop opening.
import { describe, expect, it } from 'vitest';
import { canonicalJson, recordAad, recordAadEncoder } from '../../../src/data/crypto';

/** The encoding as first written (schema version 2): the reference every faster version must equal. */
function referenceCanonicalJson(value: unknown): string {
  if (value instanceof Uint8Array)
    return `{"$bytes":"${Array.from(value, (b) => b.toString(16).padStart(2, '0')).join('')}"}`;
  if (Array.isArray(value)) return `[${value.map(referenceCanonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, inner]) => `${JSON.stringify(name)}:${referenceCanonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const referenceAad = (dbName: string, table: string, primaryKey: unknown, clear: Record<string, unknown>) =>
  new TextEncoder().encode(
    `gedeeld-record-v2\u0000${referenceCanonicalJson([dbName, table, primaryKey, clear])}`,
  );

// eslint-disable-next-line no-sparse-arrays
const sparse = [1, , 3];
const VALUES: unknown[] = [
  null,
  true,
  0,
  -1.5e-7,
  'tekst met "aanhalingstekens", \\ en \n',
  'ë€😀',
  undefined,
  [],
  {},
  ['a', undefined, null, 2],
  sparse,
  { b: 1, a: 2, B: 3, _: 4, é: 5, '😀': 6, ä: 7, '10': 8, '9': 9 },
  { z: { y: [{ x: undefined, w: 'v' }] }, u: undefined },
  { bytes: new Uint8Array([0, 15, 16, 255]) },
  { id: 'c-1', childId: 'k-2', at: '2026-11-24T10:00', hasOpenFollowUp: 1, reviewOn: undefined },
  { fn: () => 1, when: new Date(0) },
];

describe('record additional data', () => {
  it('encodes every kind of value exactly as the first version did', () => {
    for (const value of VALUES) expect(canonicalJson(value)).toBe(referenceCanonicalJson(value));
  });

  it('builds the same bytes from a stored row with its blob left out as from its clear fields', () => {
    const clear = { id: 'c-1', childId: 'k-2', at: '2026-11-24T10:00', hasOpenFollowUp: 1 };
    const stored = { ...clear, _sealed: new Uint8Array([2, 1, 2, 3]) };
    for (const primaryKey of ['c-1', ['k-2', 3], 7]) {
      const expected = referenceAad('gedeeld-home-h1', 'contacts', primaryKey, clear);
      expect(recordAad('gedeeld-home-h1', 'contacts', primaryKey, clear)).toEqual(expected);
      expect(recordAad('gedeeld-home-h1', 'contacts', primaryKey, stored, '_sealed')).toEqual(expected);
    }
    // Leaving the blob out is all `omit` does: every other field stays bound.
    expect(recordAad('db', 'contacts', 'c-1', stored, '_sealed')).not.toEqual(
      recordAad('db', 'contacts', 'c-1', { ...stored, childId: 'k-3' }, '_sealed'),
    );
  });

  it('keeps the format-v2 layout: prefix, database, table, primary key and sorted clear fields', () => {
    const aad = recordAad('gedeeld-home-h1', 'children', 'k-1', { placementStart: '2026-01-05', id: 'k-1' });
    expect(new TextDecoder().decode(aad)).toBe(
      'gedeeld-record-v2\u0000["gedeeld-home-h1","children","k-1",{"id":"k-1","placementStart":"2026-01-05"}]',
    );
  });

  it('gives the same bytes through the per-table encoder, also for long and non-ASCII values', () => {
    const encode = recordAadEncoder('gedeeld-home-h1', 'contacts');
    const rows = [
      { id: 'c-1', childId: 'k-2', at: '2026-11-24T10:00', _sealed: new Uint8Array([2]) },
      { id: 'c-2', note: 'ë€😀'.repeat(2000), _sealed: new Uint8Array([2]) },
      { id: 'c-3', childId: 'k-é' },
    ];
    for (const row of rows) {
      const { _sealed: _, ...clear } = row as Record<string, unknown>;
      expect(encode(row.id, row, '_sealed')).toEqual(
        referenceAad('gedeeld-home-h1', 'contacts', row.id, clear),
      );
    }
  });
});
