// The audit log's hash chain: each entry's HMAC covers the previous entry's chain value and its own contents.
// Synchronous (@noble/hashes), because it runs inside the IndexedDB transaction that writes the entry.
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { AuditEntry } from '../domain/types';

const CHAIN_INFO = new TextEncoder().encode('gedeeld audit chain v1');
/** The "previous chain value" of the first entry. */
export const GENESIS = '';

/** The chain key: derived from the home's data key, so only someone who can sign in can extend the chain. */
export function deriveAuditKey(dataKey: Uint8Array): Uint8Array {
  return hkdf(sha256, dataKey, undefined, CHAIN_INFO, 32);
}

/** The fields the chain covers, in a fixed order (absent optional fields are null). */
function canonical(previous: string, entry: AuditEntry, seq: number): Uint8Array {
  return new TextEncoder().encode(
    JSON.stringify([
      previous,
      seq,
      entry.id,
      entry.at,
      entry.action,
      entry.entity,
      entry.entityId ?? null,
      entry.staffId ?? null,
      entry.childId ?? null,
    ]),
  );
}

/** Hex HMAC-SHA-256 over the previous chain value and the entry's contents at position `seq`. */
export function chainValue(
  key: Uint8Array,
  previous: string,
  entry: AuditEntry,
  seq = entry.seq ?? 0,
): string {
  return bytesToHex(hmac(sha256, key, canonical(previous, entry, seq)));
}

export type ChainProblem = 'deleted' | 'edited' | 'reordered';
export type ChainCheck =
  { intact: true; count: number } | { intact: false; at: number; problem: ChainProblem };

/**
 * Checks a whole log (entries sorted by seq) and reports the first break: the position (seq) where
 * the chain stops verifying, and whether the entry there was deleted, edited or moved.
 * The end of the log is not anchored: removing the newest entries leaves a shorter, intact chain.
 */
export function verifyChain(entries: readonly AuditEntry[], key: Uint8Array): ChainCheck {
  const chained = entries.filter((entry) => entry.seq !== undefined);
  const bySeq = new Map(chained.map((entry) => [entry.seq!, entry]));
  let previous = GENESIS;
  for (let seq = 1; seq <= chained.length; seq++) {
    const entry = bySeq.get(seq);
    if (entry && entry.chain === chainValue(key, previous, entry, seq)) {
      previous = entry.chain;
      continue;
    }
    // The first break: the entry that belongs here verifies under this position only if it was moved.
    const moved = chained.find(
      (other) => other !== entry && other.chain === chainValue(key, previous, other, seq),
    );
    if (moved) return { intact: false, at: seq, problem: 'reordered' };
    return { intact: false, at: seq, problem: entry ? 'edited' : 'deleted' };
  }
  // Seqs 1..n all verified; an entry beyond them, or one without a seq, was not written by recordAudit.
  if (chained.length < entries.length) return { intact: false, at: chained.length + 1, problem: 'edited' };
  return { intact: true, count: entries.length };
}

const byTimeThenId = (a: AuditEntry, b: AuditEntry) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id);

/**
 * Chains a log written before the chain existed (schema version 1): entries without a seq come first,
 * ordered by time then id; entries already chained follow in their seq order and are renumbered and
 * re-chained after them. Returns every entry whose seq or chain changes, in an order that `bulkPut`
 * can write one by one without two entries ever sharing a seq (the `&seq` index is unique): the
 * renumbered entries from the highest seq down, then the unchained ones.
 */
export function chainLegacyEntries(entries: readonly AuditEntry[], key: Uint8Array): AuditEntry[] {
  const legacy = entries.filter((entry) => entry.seq === undefined).sort(byTimeThenId);
  if (legacy.length === 0) return [];
  const chained = entries
    .filter((entry) => entry.seq !== undefined)
    .sort((a, b) => a.seq! - b.seq! || byTimeThenId(a, b));
  let previous = GENESIS;
  const result = [...legacy, ...chained].map((entry, index) => {
    const seq = index + 1;
    const chain = chainValue(key, previous, entry, seq);
    previous = chain;
    return { ...entry, seq, chain };
  });
  const renumbered = result.slice(legacy.length).reverse();
  return [...renumbered, ...result.slice(0, legacy.length)];
}
