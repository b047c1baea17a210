// The measurement behind the record cipher choice (src/data/crypto/fieldCipher.ts): both candidates
// from @noble/ciphers, synchronous, on records of the size the app stores (about 350 bytes).
import { gcm } from '@noble/ciphers/aes.js';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { performance } from 'node:perf_hooks';

const RECORDS = 5_000;
const RUNS = 7;

type Cipher = (
  key: Uint8Array,
  nonce: Uint8Array,
  aad: Uint8Array,
) => {
  encrypt(data: Uint8Array): Uint8Array;
  decrypt(data: Uint8Array): Uint8Array;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function measure(cipher: Cipher, nonceBytes: number) {
  const key = crypto.getRandomValues(new Uint8Array(32));
  const aad = new TextEncoder().encode('gedeeld-home-x\u0000contacts\u0000"id"');
  const record = new TextEncoder().encode(JSON.stringify({ summary: 'x'.repeat(300), channel: 'phone' }));
  const nonces = Array.from({ length: RECORDS }, () => crypto.getRandomValues(new Uint8Array(nonceBytes)));
  const sealRuns: number[] = [];
  const openRuns: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    let start = performance.now();
    const sealed = nonces.map((nonce) => cipher(key, nonce, aad).encrypt(record));
    sealRuns.push(((performance.now() - start) * 1000) / RECORDS);
    start = performance.now();
    sealed.forEach((blob, i) => cipher(key, nonces[i]!, aad).decrypt(blob));
    openRuns.push(((performance.now() - start) * 1000) / RECORDS);
  }
  return { seal: median(sealRuns), open: median(openRuns), bytes: record.length };
}

/** Per-record seal and open times (µs, median of 7 runs) of both candidates, as table lines. */
export function benchRecordCipher(): string {
  const aes = measure(gcm, 12);
  const xchacha = measure(xchacha20poly1305, 24);
  const line = (name: string, r: { seal: number; open: number }) =>
    `${name.padEnd(24)}  seal ${r.seal.toFixed(1).padStart(5)} µs  open ${r.open.toFixed(1).padStart(5)} µs`;
  return [
    `record cipher (${aes.bytes}-byte records, ${RECORDS} per run, median of ${RUNS} runs)`,
    line('AES-256-GCM', aes),
    line('XChaCha20-Poly1305 (used)', xchacha),
    `XChaCha20-Poly1305 opens ${(aes.open / xchacha.open).toFixed(1)}× as fast as AES-256-GCM here.`,
    '',
  ].join('\n');
}
