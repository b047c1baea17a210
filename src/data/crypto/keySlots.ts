// Key slots: the home's data key wrapped per staff member (and once for the recovery key) with WebCrypto.
import type { Id, IsoDate, IsoDateTime } from '../../domain/types';

/** PBKDF2-SHA256 iterations of every key slot in the shipped app (OWASP 2023: at least 600 000). */
export const PRODUCTION_ITERATIONS = 600_000;
let iterations = PRODUCTION_ITERATIONS;

/**
 * Tests only: a cheap key derivation so the suites stay fast. The shipped app never calls this (the
 * renderer does so only in Vite's dev mode, for the end-to-end tests); slots store their own count.
 */
export function setTestKdfIterations(count: number): void {
  iterations = count;
}

/** The iterations new slots get, and the fewest a slot may have to be unlocked. */
export const kdfIterations = (): number => iterations;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const MAX_DELAY_MS = 15 * 60_000;
const FREE_ATTEMPTS = 4;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export interface KeySlot {
  id: Id;
  /** 2: the wrapped key's additional data binds slot id, kind and staff id; absent (1): slot id only. */
  bindingVersion?: 2;
  kind: 'staff' | 'recovery';
  staffId?: Id;
  /** Sign-in name shown before unlock. */
  label?: string;
  /** The staff member's last day (a date only): after it the name leaves the sign-in list at once. */
  lastDay?: IsoDate;
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

type SlotOwner = Pick<KeySlot, 'id' | 'kind' | 'staffId' | 'bindingVersion'>;

/** Binds the wrapped key to its slot and owner: swapping `staffId` between slots makes both fail. */
function slotAad(slot: SlotOwner): Uint8Array<ArrayBuffer> {
  const text =
    slot.bindingVersion === 2
      ? `gedeeld-slot-v2\u0000${slot.id}\u0000${slot.kind}\u0000${slot.staffId ?? ''}`
      : slot.id;
  return buffer(new TextEncoder().encode(text));
}

async function wrap(dataKey: Uint8Array, secret: string, owner: SlotOwner) {
  const salt = bytes(SALT_BYTES);
  const iv = bytes(IV_BYTES);
  const key = await wrappingKey(secret, salt, iterations);
  const aad = slotAad(owner);
  const wrapped = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: aad },
    key,
    buffer(dataKey),
  );
  return { salt, iv, iterations, wrappedKey: new Uint8Array(wrapped) };
}

export async function createSlot(
  dataKey: Uint8Array,
  secret: string,
  options: {
    id: Id;
    kind: 'staff' | 'recovery';
    staffId?: Id;
    label?: string;
    lastDay?: IsoDate;
    mustSetPassword?: boolean;
  },
): Promise<KeySlot> {
  const owner: SlotOwner = {
    id: options.id,
    kind: options.kind,
    ...(options.staffId ? { staffId: options.staffId } : {}),
    bindingVersion: 2,
  };
  return {
    ...owner,
    ...(options.label ? { label: options.label } : {}),
    ...(options.lastDay ? { lastDay: options.lastDay } : {}),
    ...(await wrap(dataKey, secret, owner)),
    mustSetPassword: options.mustSetPassword ?? false,
    failedAttempts: 0,
    pendingFailures: [],
  };
}

export async function unlockSlot(slot: KeySlot, secret: string): Promise<Uint8Array> {
  if (slot.iterations < iterations) throw new Error('key slot too weak');
  const key = await wrappingKey(secret, slot.salt, slot.iterations);
  try {
    const aad = slotAad(slot);
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

/** Wraps the data key under a new secret (new salt and IV, owner binding v2) and clears the failures. */
export async function rewrapSlot(
  slot: KeySlot,
  dataKey: Uint8Array,
  newSecret: string,
  mustSetPassword = false,
): Promise<KeySlot> {
  const { lockedUntil: _dropped, ...rest } = slot;
  const owner: SlotOwner = { ...rest, bindingVersion: 2 };
  return {
    ...rest,
    bindingVersion: 2,
    ...(await wrap(dataKey, newSecret, owner)),
    mustSetPassword,
    failedAttempts: 0,
  };
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
