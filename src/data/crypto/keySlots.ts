// Key slots: the home's data key wrapped per staff member (and once for the recovery key) with WebCrypto.
import type { Id, IsoDateTime } from '../../domain/types';

export const MIN_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const MAX_DELAY_MS = 15 * 60_000;
const FREE_ATTEMPTS = 4;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export interface KeySlot {
  id: Id;
  kind: 'staff' | 'recovery';
  staffId?: Id;
  /** Sign-in name shown before unlock. */
  label?: string;
  salt: Uint8Array;
  iterations: number;
  iv: Uint8Array;
  wrappedKey: Uint8Array;
  /** True while wrapped by a one-time code: the staff member must set a password. */
  mustSetPassword: boolean;
  failedAttempts: number;
  lockedUntil?: IsoDateTime;
  /** Failed attempts not yet written to the (encrypted) audit log. */
  pendingFailures: string[];
}

export class WrongSecretError extends Error {
  constructor() {
    super('wrong secret');
    this.name = 'WrongSecretError';
  }
}

const bytes = (length: number) => crypto.getRandomValues(new Uint8Array(length));
const buffer = (data: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(data);

export function createDataKey(): Uint8Array {
  return bytes(32);
}

async function wrappingKey(secret: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: buffer(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function wrap(dataKey: Uint8Array, secret: string, slotId: Id) {
  const salt = bytes(SALT_BYTES);
  const iv = bytes(IV_BYTES);
  const key = await wrappingKey(secret, salt, MIN_ITERATIONS);
  const aad = new TextEncoder().encode(slotId);
  const wrapped = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: aad },
    key,
    buffer(dataKey),
  );
  return { salt, iv, iterations: MIN_ITERATIONS, wrappedKey: new Uint8Array(wrapped) };
}

export async function createSlot(
  dataKey: Uint8Array,
  secret: string,
  options: { id: Id; kind: 'staff' | 'recovery'; staffId?: Id; label?: string; mustSetPassword?: boolean },
): Promise<KeySlot> {
  return {
    id: options.id,
    kind: options.kind,
    ...(options.staffId ? { staffId: options.staffId } : {}),
    ...(options.label ? { label: options.label } : {}),
    ...(await wrap(dataKey, secret, options.id)),
    mustSetPassword: options.mustSetPassword ?? false,
    failedAttempts: 0,
    pendingFailures: [],
  };
}

export async function unlockSlot(slot: KeySlot, secret: string): Promise<Uint8Array> {
  if (slot.iterations < MIN_ITERATIONS) throw new Error('key slot too weak');
  const key = await wrappingKey(secret, slot.salt, slot.iterations);
  try {
    const aad = new TextEncoder().encode(slot.id);
    const raw = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: buffer(slot.iv), additionalData: aad },
      key,
      buffer(slot.wrappedKey),
    );
    return new Uint8Array(raw);
  } catch {
    throw new WrongSecretError();
  }
}

/** Wraps the data key under a new secret (new salt and IV) and clears the failure count. */
export async function rewrapSlot(
  slot: KeySlot,
  dataKey: Uint8Array,
  newSecret: string,
  mustSetPassword = false,
): Promise<KeySlot> {
  const { lockedUntil: _dropped, ...rest } = slot;
  return { ...rest, ...(await wrap(dataKey, newSecret, slot.id)), mustSetPassword, failedAttempts: 0 };
}

/** From the fifth failure on, each attempt doubles the wait (5 s, 10 s, 20 s, … up to 15 minutes). */
export function registerFailure(slot: KeySlot, now: Date): KeySlot {
  const failedAttempts = slot.failedAttempts + 1;
  const next: KeySlot = {
    ...slot,
    failedAttempts,
    pendingFailures: [...slot.pendingFailures, now.toISOString()],
  };
  if (failedAttempts > FREE_ATTEMPTS) {
    const delay = Math.min(5_000 * 2 ** (failedAttempts - FREE_ATTEMPTS - 1), MAX_DELAY_MS);
    next.lockedUntil = new Date(now.getTime() + delay).toISOString();
  }
  return next;
}

export function registerSuccess(slot: KeySlot): KeySlot {
  const { lockedUntil: _dropped, ...rest } = slot;
  return { ...rest, failedAttempts: 0 };
}

export function retryDelayMs(slot: KeySlot, now: Date): number {
  if (!slot.lockedUntil) return 0;
  return Math.max(0, new Date(slot.lockedUntil).getTime() - now.getTime());
}

function randomCrockford(length: number): string {
  // 256 is a multiple of 32, so taking each byte modulo 32 gives every symbol the same chance.
  return Array.from(bytes(length), (byte) => CROCKFORD[byte % 32]).join('');
}

function group(text: string, size: number): string {
  return text.match(new RegExp(`.{1,${size}}`, 'g'))?.join('-') ?? '';
}

/** 160 random bits as 32 Crockford base32 symbols in groups of four. */
export function generateRecoveryKey(): string {
  return group(randomCrockford(32), 4);
}

/** Accepts the key as people type it: any case, spaces or dashes, O for 0 and I/L for 1. */
export function normalizeRecoveryKey(input: string): string {
  const symbols = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return group(symbols, 4);
}

/** Ten symbols in two groups of five, read aloud or written on paper for a first sign-in. */
export function generateOneTimeCode(): string {
  return group(randomCrockford(10), 5);
}
