// Creating a home, signing in (password, one-time code, recovery key), and the signed-in session.
import type { Id, IsoDate, StaffMember, StaffRole } from '../domain/types';
import { MIN_PASSWORD_LENGTH } from '../domain/schemas/password';
import { recordAudit } from './audit';
import {
  createDataKey,
  createSlot,
  generateOneTimeCode,
  generateRecoveryKey,
  normalizeRecoveryKey,
  registerFailure,
  registerSuccess,
  retryDelayMs,
  rewrapSlot,
  unlockSlot,
  WrongSecretError,
  type KeySlot,
} from './crypto';
import { DamageReporter, listDamagedRecords } from './damage';
import { MemoryKeyHolder, openHomeDb, type HomeDb } from './db';
import { newId } from './ids';
import { persistStorage } from './storage';
import { removeDepartedAccess } from './staffAccess';
import { markMigrationsApplied, pendingMigrations, runMigrations, type MigrationProgress } from './migrate';
import type { DamagedRecord } from './tables';

export { MIN_PASSWORD_LENGTH };
const RECOVERY_SLOT_ID = 'recovery';

/** One-time codes are typed by hand: case, spaces and dashes do not matter. */
export const normalizeOneTimeCode = (code: string): string => code.replace(/[\s-]/g, '').toUpperCase();

/** Why a password cannot be used, or null when it can. */
export function passwordProblem(password: string): 'tooShort' | null {
  return password.length < MIN_PASSWORD_LENGTH ? 'tooShort' : null;
}

export interface SignInName {
  staffId: Id;
  label: string;
  /** Signs in with a one-time code from a coordinator, then sets a password. */
  firstSignIn: boolean;
}

export type SignInResult =
  | { ok: true; session: Session }
  | { ok: false; reason: 'wrongSecret'; failedAttempts: number; retryInMs: number }
  | { ok: false; reason: 'tooSoon'; retryInMs: number }
  | { ok: false; reason: 'inactive' | 'unknownStaff' };

/** An unlocked home for one signed-in staff member. Dropping the key locks every encrypted table. */
export class Session {
  private locked = false;

  constructor(
    readonly homeId: Id,
    readonly db: HomeDb,
    private readonly keyHolder: MemoryKeyHolder,
    readonly staff: StaffMember,
    /** True after a one-time code or recovery-key sign-in: the user must choose a password first. */
    public mustSetPassword: boolean,
    private readonly legacy: LegacyFormat = { accepted: false },
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Content migrations still to run (after an app update); the UI runs them with progress. */
  async hasPendingMigrations(): Promise<boolean> {
    return (await pendingMigrations(this.db)).length > 0;
  }

  /** Runs pending content migrations; each is all or nothing. Afterwards format-v1 records are refused. */
  async migrate(onProgress?: (progress: MigrationProgress) => void): Promise<void> {
    await runMigrations({
      db: this.db,
      staffId: this.staffId,
      dataKey: this.dataKey(),
      now: () => this.now(),
      onProgress,
    });
    this.legacy.accepted = false;
  }

  /** Records that failed to open (table, id, first and last seen). */
  damagedRecords(): Promise<DamagedRecord[]> {
    return listDamagedRecords(this.db);
  }

  get staffId(): Id {
    return this.staff.id;
  }

  get role(): StaffRole {
    return this.staff.role;
  }

  get isCoordinator(): boolean {
    return this.staff.role === 'coordinator';
  }

  get isLocked(): boolean {
    return this.locked;
  }

  /** For the sign-in only: re-binding the signed-in person's own slot. */
  dataKeyForRewrap(): Uint8Array {
    return this.dataKey();
  }

  private dataKey(): Uint8Array {
    const key = this.keyHolder.current();
    if (!key) throw new Error('session is locked');
    return key;
  }

  /** Sets (or changes) the signed-in staff member's own password. */
  async setPassword(password: string): Promise<void> {
    if (passwordProblem(password)) throw new Error('password too short');
    const slot = await this.db.keySlots.where('staffId').equals(this.staffId).first();
    if (!slot) throw new Error('no key slot');
    const next = await rewrapSlot(slot, this.dataKey(), password, false);
    await this.db.transaction('rw', [this.db.keySlots, this.db.auditLog], async () => {
      await this.db.keySlots.put(next);
      await recordAudit(this.db, {
        action: 'passwordChanged',
        entity: 'staff',
        entityId: this.staffId,
        staffId: this.staffId,
      });
    });
    this.mustSetPassword = false;
  }

  /** Changes the own password after checking the current one; false when the current one is wrong. */
  async changePassword(current: string, next: string): Promise<boolean> {
    const slot = await this.db.keySlots.where('staffId').equals(this.staffId).first();
    if (!slot) throw new Error('no key slot');
    try {
      await unlockSlot(slot, current);
    } catch (error) {
      if (error instanceof WrongSecretError) return false;
      throw error;
    }
    await this.setPassword(next);
    return true;
  }

  /**
   * Gives a staff member access with a fresh one-time code (new staff, or a forgotten password).
   * Returns the code to hand over; it works until the staff member has set a password.
   */
  async issueOneTimeCode(
    staff: Pick<StaffMember, 'id' | 'name' | 'activeTo'>,
    reason: 'oneTimeCodeIssued' | 'passwordReset' = 'oneTimeCodeIssued',
  ): Promise<string> {
    if (!this.isCoordinator) throw new Error('only coordinators give access');
    const code = generateOneTimeCode();
    const existing = await this.db.keySlots.where('staffId').equals(staff.id).first();
    const slot = await createSlot(this.dataKey(), normalizeOneTimeCode(code), {
      id: existing?.id ?? newId(),
      kind: 'staff',
      staffId: staff.id,
      label: staff.name,
      lastDay: staff.activeTo,
      mustSetPassword: true,
    });
    await this.db.transaction('rw', [this.db.keySlots, this.db.staff, this.db.auditLog], async () => {
      await this.db.keySlots.put(slot);
      await this.db.staff.where('id').equals(staff.id).modify({ keySlotId: slot.id });
      await recordAudit(this.db, {
        action: reason,
        entity: 'staff',
        entityId: staff.id,
        staffId: this.staffId,
      });
    });
    return code;
  }

  /** Keeps the name on the sign-in list in step with the staff record. */
  /** Keeps the sign-in list's name and last day in step with the staff record. */
  async renameSignIn(staffId: Id, label: string, lastDay?: IsoDate): Promise<void> {
    await this.db.keySlots
      .where('staffId')
      .equals(staffId)
      .modify((slot) => {
        slot.label = label;
        if (lastDay) slot.lastDay = lastDay;
        else delete slot.lastDay;
      });
  }

  /** Drops the data key and closes the database: nothing can be read until the next sign-in. */
  lock(): void {
    if (this.locked) return;
    this.locked = true;
    this.keyHolder.drop();
    this.db.close();
  }

  clock(): Date {
    return this.now();
  }
}

export interface NewHome {
  homeId: Id;
  coordinatorName: string;
  password: string;
  today: string;
}

/** Creates a home's database, its data key, the first coordinator and the recovery slot. */
export async function createHomeDatabase(input: NewHome): Promise<{ session: Session; recoveryKey: string }> {
  if (passwordProblem(input.password)) throw new Error('password too short');
  const keyHolder = new MemoryKeyHolder();
  const dataKey = createDataKey();
  keyHolder.set(dataKey);
  const damage = new DamageReporter(newId());
  const db = openHomeDb(input.homeId, keyHolder, { onDamaged: damage.report });
  damage.attach(db);
  const now = new Date().toISOString();
  const staffId = newId();
  const staffSlotId = newId();
  const coordinator: StaffMember = {
    id: staffId,
    keySlotId: staffSlotId,
    name: input.coordinatorName.trim(),
    role: 'coordinator',
    activeFrom: input.today,
    createdAt: now,
    updatedAt: now,
    createdBy: staffId,
    updatedBy: staffId,
  };
  const recoveryKey = generateRecoveryKey();
  const [staffSlot, recoverySlot] = await Promise.all([
    createSlot(dataKey, input.password, { id: staffSlotId, kind: 'staff', staffId, label: coordinator.name }),
    createSlot(dataKey, normalizeRecoveryKey(recoveryKey), { id: RECOVERY_SLOT_ID, kind: 'recovery' }),
  ]);
  await db.transaction('rw', [db.staff, db.keySlots, db.meta, db.auditLog], async () => {
    await db.staff.add(coordinator);
    await db.keySlots.bulkAdd([staffSlot, recoverySlot]);
    await markMigrationsApplied(db, new Date());
    await recordAudit(db, { action: 'create', entity: 'staff', entityId: staffId, staffId });
  });
  await persistStorage();
  return { session: new Session(input.homeId, db, keyHolder, coordinator, false), recoveryKey };
}

export { persistStorage };

/** Whether format-v1 records may still be opened: until the migration to format v2 has run. */
export interface LegacyFormat {
  accepted: boolean;
}

const isQuotaError = (error: unknown) => error instanceof Error && /Quota/.test(error.name);

/**
 * A home opened for sign-in: only the clear tables (key slots) can be read, and opening it runs only
 * schema upgrades, which never need the data key. Each sign-in opens a fresh connection of its own.
 */
export class LockedHome {
  readonly db: HomeDb;

  constructor(readonly homeId: Id) {
    this.db = openHomeDb(homeId, new MemoryKeyHolder());
  }

  /**
   * Who can sign in on `today`: staff whose last day has passed are left out at once, even before
   * the next sign-in deletes their key slot.
   */
  async signInNames(today: IsoDate = new Date().toISOString().slice(0, 10)): Promise<SignInName[]> {
    const slots = await this.db.keySlots.where('kind').equals('staff').toArray();
    return slots
      .filter((slot): slot is KeySlot & { staffId: Id } => Boolean(slot.staffId))
      .filter((slot) => !slot.lastDay || slot.lastDay >= today)
      .map((slot) => ({ staffId: slot.staffId, label: slot.label ?? '', firstSignIn: slot.mustSetPassword }))
      .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  }

  /** Signs in with a password, or with a one-time code where the staff member has none yet. */
  async signIn(staffId: Id, secret: string, now = new Date()): Promise<SignInResult> {
    const slot = await this.db.keySlots.where('staffId').equals(staffId).first();
    if (!slot) return { ok: false, reason: 'unknownStaff' };
    const secretToTry = slot.mustSetPassword ? normalizeOneTimeCode(secret) : secret;
    return this.unlockWith(slot, secretToTry, staffId, now, 'signIn');
  }

  /** Signs a staff member in with the home's recovery key; they must then set a new password. */
  async recover(staffId: Id, recoveryKey: string, now = new Date()): Promise<SignInResult> {
    const slot = await this.db.keySlots.get(RECOVERY_SLOT_ID);
    const own = await this.db.keySlots.where('staffId').equals(staffId).first();
    if (!slot || !own) return { ok: false, reason: 'unknownStaff' };
    return this.unlockWith(slot, normalizeRecoveryKey(recoveryKey), staffId, now, 'recoverySignIn');
  }

  private async unlockWith(
    slot: KeySlot,
    secret: string,
    staffId: Id,
    now: Date,
    action: 'signIn' | 'recoverySignIn',
  ): Promise<SignInResult> {
    const wait = retryDelayMs(slot, now);
    if (wait > 0) return { ok: false, reason: 'tooSoon', retryInMs: wait };
    let dataKey: Uint8Array;
    try {
      dataKey = await unlockSlot(slot, secret);
    } catch (error) {
      if (!(error instanceof WrongSecretError)) throw error;
      return this.registerFailedAttempt(slot.id, staffId, now);
    }
    const opened = await this.openSession(
      dataKey,
      staffId,
      now,
      action === 'recoverySignIn' || slot.mustSetPassword,
    );
    if (!opened.ok) return opened;
    await this.afterSignIn(opened.session, slot, secret, action, now);
    this.close();
    return opened;
  }

  /**
   * Counts a wrong secret on the slot as it is stored now, in one transaction, so attempts sent at once
   * all count. The failure waits on the slot (time and staff id only) until a sign-in can write the
   * encrypted audit log; the staff id matters for the shared recovery slot.
   */
  private async registerFailedAttempt(slotId: Id, staffId: Id, now: Date): Promise<SignInResult> {
    const failed = await this.db.transaction('rw', this.db.keySlots, async () => {
      const current = await this.db.keySlots.get(slotId);
      if (!current) return null;
      const next = {
        ...registerFailure(current, now),
        pendingFailures: [...current.pendingFailures, `${now.toISOString()}|${staffId}`],
      };
      await this.db.keySlots.put(next);
      return next;
    });
    if (!failed) return { ok: false, reason: 'unknownStaff' };
    return {
      ok: false,
      reason: 'wrongSecret',
      failedAttempts: failed.failedAttempts,
      retryInMs: retryDelayMs(failed, now),
    };
  }

  /** A fresh connection for the session (nothing decrypted is shared with an earlier sign-in). */
  private async openSession(
    dataKey: Uint8Array,
    staffId: Id,
    now: Date,
    mustSetPassword: boolean,
  ): Promise<SignInResult> {
    const keyHolder = new MemoryKeyHolder();
    keyHolder.set(dataKey);
    const legacy: LegacyFormat = { accepted: true };
    const damage = new DamageReporter(staffId);
    const db = openHomeDb(this.homeId, keyHolder, {
      acceptLegacy: () => legacy.accepted,
      onDamaged: damage.report,
    });
    damage.attach(db);
    legacy.accepted = (await pendingMigrations(db)).length > 0;
    const fail = (reason: 'inactive' | 'unknownStaff'): SignInResult => {
      keyHolder.drop();
      db.close();
      return { ok: false, reason };
    };
    const staff = await db.staff.get(staffId);
    const own = await db.keySlots.where('staffId').equals(staffId).first();
    const today = now.toISOString().slice(0, 10);
    if (!staff || !own) return fail('unknownStaff');
    // The staff record (authenticated) names its slot: a slot whose staffId was changed on disk fails.
    if (staff.keySlotId !== undefined && staff.keySlotId !== own.id) return fail('unknownStaff');
    if (staff.activeTo && staff.activeTo < today) return fail('inactive');
    return { ok: true, session: new Session(this.homeId, db, keyHolder, staff, mustSetPassword, legacy) };
  }

  /** Audits the sign-in; binds an old slot to its owner while the secret is at hand. Never fails it. */
  private async afterSignIn(
    session: Session,
    slot: KeySlot,
    secret: string,
    action: 'signIn' | 'recoverySignIn',
    now: Date,
  ): Promise<void> {
    try {
      await this.flushFailures(session.db, slot, session.staffId, action, now);
      // Staff whose end date has passed since: off the sign-in list, their key slot gone (audited).
      await removeDepartedAccess(session.db, now.toISOString().slice(0, 10), session.staffId);
      if (slot.kind === 'staff' && slot.bindingVersion !== 2 && !slot.mustSetPassword) {
        const fresh = await session.db.keySlots.get(slot.id);
        if (fresh) await session.db.keySlots.put(await rewrapSlot(fresh, session.dataKeyForRewrap(), secret));
      }
    } catch (error) {
      // A full disk must not keep anyone out: the failures stay pending on their slots until next time.
      if (!isQuotaError(error)) throw error;
    }
  }

  /** Writes pending failed attempts of every slot to the audit log, then the successful sign-in. */
  private async flushFailures(
    db: HomeDb,
    used: KeySlot,
    staffId: Id,
    action: 'signIn' | 'recoverySignIn',
    now: Date,
  ) {
    await db.transaction('rw', [db.keySlots, db.auditLog], async () => {
      const slots = await db.keySlots.toArray();
      for (const slot of slots) {
        const pending = slot.pendingFailures;
        const cleared = slot.id === used.id ? registerSuccess(slot) : slot;
        if (pending.length === 0 && cleared === slot) continue;
        for (const failure of pending) {
          const [at, triedStaffId] = failure.split('|');
          await recordAudit(db, {
            action: 'signInFailed',
            entity: 'staff',
            at,
            staffId: triedStaffId || slot.staffId,
          });
        }
        await db.keySlots.put({ ...cleared, pendingFailures: [] });
      }
      await recordAudit(db, { action, entity: 'staff', entityId: staffId, staffId, at: now.toISOString() });
    });
  }

  close(): void {
    this.db.close();
  }
}
