// Synchronous AES-256-GCM for record fields: it must run inside IndexedDB transactions without awaiting.
import { gcm } from '@noble/ciphers/aes.js';

const IV_BYTES = 12;
const encoder = new TextEncoder();

export class DecryptionError extends Error {
  constructor() {
    super('record could not be decrypted');
    this.name = 'DecryptionError';
  }
}

/** Returns a fresh random IV followed by the ciphertext and tag. */
export function sealRecord(key: Uint8Array, aad: Uint8Array, plaintext: Uint8Array): Uint8Array {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = gcm(key, iv, aad).encrypt(plaintext);
  const out = new Uint8Array(IV_BYTES + sealed.length);
  out.set(iv);
  out.set(sealed, IV_BYTES);
  return out;
}

export function openRecord(key: Uint8Array, aad: Uint8Array, sealed: Uint8Array): Uint8Array {
  if (!(sealed instanceof Uint8Array) || sealed.length <= IV_BYTES) throw new DecryptionError();
  try {
    return gcm(key, sealed.subarray(0, IV_BYTES), aad).decrypt(sealed.subarray(IV_BYTES));
  } catch {
    throw new DecryptionError();
  }
}

/** Binds a ciphertext to its home database, table and record, so it cannot be moved elsewhere. */
export function recordAad(dbName: string, table: string, primaryKey: unknown): Uint8Array {
  return encoder.encode(`${dbName}\u0000${table}\u0000${JSON.stringify(primaryKey)}`);
}
