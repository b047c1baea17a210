// Key slots: wrapping the data key per person, wrong secrets, recovery keys and the retry delay.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createDataKey,
  createSlot,
  generateOneTimeCode,
  generateRecoveryKey,
  kdfIterations,
  PRODUCTION_ITERATIONS,
  setTestKdfIterations,
  normalizeRecoveryKey,
  registerFailure,
  registerSuccess,
  retryDelayMs,
  rewrapSlot,
  unlockSlot,
  WrongSecretError,
  type KeySlot,
} from '../../../src/data/crypto';

describe('key slots', () => {
  const testIterations = kdfIterations();
  afterEach(() => setTestKdfIterations(testIterations));

  it('runs the suites on a cheap KDF, while the shipped app uses at least 600 000 iterations', () => {
    expect(testIterations).toBeLessThan(PRODUCTION_ITERATIONS);
    expect(PRODUCTION_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('wraps the data key with PBKDF2 (600 000 iterations, 16-byte salt) and unlocks it again', async () => {
    setTestKdfIterations(PRODUCTION_ITERATIONS);
    const dataKey = createDataKey();
    expect(dataKey).toHaveLength(32);
    const slot = await createSlot(dataKey, 'geheim-wachtwoord', {
      id: 'slot-1',
      kind: 'staff',
      staffId: 's1',
    });
    expect(slot.iterations).toBeGreaterThanOrEqual(600_000);
    expect(slot.salt).toHaveLength(16);
    expect(slot.wrappedKey).not.toEqual(dataKey);
    expect(await unlockSlot(slot, 'geheim-wachtwoord')).toEqual(dataKey);
  });

  it('binds the wrapped key to slot id, kind and staff id: swapping staffId makes both slots fail', async () => {
    const dataKey = createDataKey();
    const anna = await createSlot(dataKey, 'anna-wachtwoord', {
      id: 'slot-a',
      kind: 'staff',
      staffId: 'anna',
    });
    const bram = await createSlot(dataKey, 'bram-wachtwoord', {
      id: 'slot-b',
      kind: 'staff',
      staffId: 'bram',
    });
    expect(await unlockSlot(anna, 'anna-wachtwoord')).toEqual(dataKey);
    const swappedAnna = { ...anna, staffId: 'bram' };
    const swappedBram = { ...bram, staffId: 'anna' };
    await expect(unlockSlot(swappedAnna, 'anna-wachtwoord')).rejects.toBeInstanceOf(WrongSecretError);
    await expect(unlockSlot(swappedBram, 'bram-wachtwoord')).rejects.toBeInstanceOf(WrongSecretError);
    await expect(unlockSlot({ ...anna, kind: 'recovery' }, 'anna-wachtwoord')).rejects.toBeInstanceOf(
      WrongSecretError,
    );
  });

  it('refuses a slot weaker than the KDF in force', async () => {
    const slot = await createSlot(createDataKey(), 'juist', { id: 'slot-1', kind: 'staff' });
    setTestKdfIterations(slot.iterations + 1);
    await expect(unlockSlot(slot, 'juist')).rejects.toThrow('key slot too weak');
  });

  it('refuses a wrong password and the slot stays usable', async () => {
    const dataKey = createDataKey();
    const slot = await createSlot(dataKey, 'juist', { id: 'slot-1', kind: 'staff' });
    const before = structuredClone(slot);
    await expect(unlockSlot(slot, 'fout')).rejects.toBeInstanceOf(WrongSecretError);
    expect(slot).toEqual(before);
    expect(await unlockSlot(slot, 'juist')).toEqual(dataKey);
  });

  it('gives every staff member an own slot for the same data key, bound to its slot id', async () => {
    const dataKey = createDataKey();
    const a = await createSlot(dataKey, 'wachtwoord-a', { id: 'a', kind: 'staff' });
    const b = await createSlot(dataKey, 'wachtwoord-b', { id: 'b', kind: 'staff' });
    expect(await unlockSlot(a, 'wachtwoord-a')).toEqual(await unlockSlot(b, 'wachtwoord-b'));
    await expect(unlockSlot({ ...b, id: 'a' }, 'wachtwoord-b')).rejects.toBeInstanceOf(WrongSecretError);
  });

  it('unlocks the recovery slot with the key typed in lowercase with spaces and look-alike letters', async () => {
    const dataKey = createDataKey();
    const recoveryKey = generateRecoveryKey();
    expect(recoveryKey).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/);
    const slot = await createSlot(dataKey, normalizeRecoveryKey(recoveryKey), {
      id: 'recovery',
      kind: 'recovery',
    });
    const typed = recoveryKey.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o').replaceAll('1', 'l');
    expect(await unlockSlot(slot, normalizeRecoveryKey(typed))).toEqual(dataKey);
  });

  it('changes a password by rewrapping: the old one fails, the new one works, failures reset', async () => {
    const dataKey = createDataKey();
    const slot = registerFailure(
      await createSlot(dataKey, 'oud-wachtwoord', { id: 's', kind: 'staff' }),
      new Date(),
    );
    const next = await rewrapSlot(slot, dataKey, 'nieuw-wachtwoord');
    expect(next.salt).not.toEqual(slot.salt);
    expect(next.failedAttempts).toBe(0);
    await expect(unlockSlot(next, 'oud-wachtwoord')).rejects.toBeInstanceOf(WrongSecretError);
    expect(await unlockSlot(next, 'nieuw-wachtwoord')).toEqual(dataKey);
  });
});

describe('failed attempts', () => {
  const base: KeySlot = {
    id: 's',
    kind: 'staff' as const,
    salt: new Uint8Array(16),
    iterations: PRODUCTION_ITERATIONS,
    iv: new Uint8Array(12),
    wrappedKey: new Uint8Array(48),
    mustSetPassword: false,
    failedAttempts: 0,
    pendingFailures: [],
  };
  const now = new Date('2026-11-24T10:00:00Z');

  it('lets four attempts fail without delay and waits from the fifth on, doubling up to 15 minutes', () => {
    let slot: KeySlot = base;
    const delays: number[] = [];
    for (let i = 0; i < 14; i++) {
      slot = registerFailure(slot, now);
      delays.push(retryDelayMs(slot, now));
    }
    expect(delays.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(delays.slice(4, 8)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(Math.max(...delays)).toBe(15 * 60_000);
    expect(slot.pendingFailures).toHaveLength(14);
    expect(retryDelayMs(slot, new Date(now.getTime() + 15 * 60_000))).toBe(0);
  });

  it('clears the count and the wait after a success', () => {
    let slot: KeySlot = base;
    for (let i = 0; i < 6; i++) slot = registerFailure(slot, now);
    const cleared = registerSuccess(slot);
    expect(cleared.failedAttempts).toBe(0);
    expect(retryDelayMs(cleared, now)).toBe(0);
  });

  it('makes one-time codes of two readable groups of five', () => {
    const codes = new Set(Array.from({ length: 50 }, generateOneTimeCode));
    expect(codes.size).toBe(50);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  });
});
