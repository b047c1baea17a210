// Restoring a backup: unlock one of ITS key slots, write its stored rows into the home's database
// (same home id: records are bound to the database name), give the sign-in list its names back,
// migrate if it is older, then open every record and report those that fail (table and id only).
import type { Id, StaffMember } from '../../domain/types';
import { recordAudit } from '../audit';
import { normalizeRecoveryKey, unlockSlot, WrongSecretError, type KeySlot } from '../crypto';
import { MemoryKeyHolder, openHomeDb } from '../db';
import { pendingMigrations, runMigrations } from '../migrate';
import { ENCRYPTED_TABLES } from '../tables';
import type { BackupContents } from './format';
import { RESTORE_PENDING_KEY, storedHomeState, writeStoredHome } from './storedHome';

export interface UnlockedBackup {
  dataKey: Uint8Array;
  /** The staff member whose password opened it, or null for the recovery key. */
  staffId: Id | null;
}

const RECOVERY_KEY_SHAPE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/;

async function tryUnlock(slot: KeySlot, secret: string): Promise<Uint8Array | null> {
  try {
    return await unlockSlot(slot, secret);
  } catch {
    // A wrong secret, or a slot weaker than this app accepts: either way it does not open.
    return null;
  }
}

/**
 * Proves the user may restore: the recovery key of this backup, or the password of one of its staff.
 * The file holds no sign-in names, so every password slot is tried (derivations run side by side).
 */
export async function unlockBackup(contents: BackupContents, secret: string): Promise<UnlockedBackup> {
  const slots = (contents.tables.keySlots ?? []) as unknown as KeySlot[];
  const recoveryKey = normalizeRecoveryKey(secret);
  if (RECOVERY_KEY_SHAPE.test(recoveryKey)) {
    const recovery = slots.find((slot) => slot.kind === 'recovery');
    const dataKey = recovery ? await tryUnlock(recovery, recoveryKey) : null;
    if (dataKey) return { dataKey, staffId: null };
  }
  const passwordSlots = slots.filter((slot) => slot.kind === 'staff' && !slot.mustSetPassword);
  const keys = await Promise.all(passwordSlots.map((slot) => tryUnlock(slot, secret)));
  const index = keys.findIndex((key) => key !== null);
  if (index < 0) throw new WrongSecretError();
  return { dataKey: keys[index]!, staffId: passwordSlots[index]!.staffId ?? null };
}

export class HomeExistsError extends Error {
  constructor() {
    super('this home already has data on this computer');
    this.name = 'HomeExistsError';
  }
}

export type RestoreStep = 'writing' | 'migrating' | 'checking';

export interface RestoreProgress {
  step: RestoreStep;
  done: number;
  total: number;
}

export interface RestoreInput {
  contents: BackupContents;
  unlocked: UnlockedBackup;
  /** The home already has data here and the user typed its name to replace it. */
  replaceExisting: boolean;
  onProgress?: (progress: RestoreProgress) => void;
  now?: () => Date;
  /** Tests only: the write throws after this many tables. */
  failAfterTables?: number;
}

export interface RestoreResult {
  /** Records that did not open (table and id; never content). */
  damaged: { table: string; id: string }[];
  /** Records that opened, over every encrypted table. */
  opened: number;
  migrated: boolean;
  /** The name of whoever made the backup (from its encrypted staff record), once it is open. */
  createdByName: string | null;
}

export async function restoreBackup(input: RestoreInput): Promise<RestoreResult> {
  const { contents, unlocked } = input;
  const homeId = contents.manifest.home.id;
  const now = input.now ?? (() => new Date());
  const report = input.onProgress ?? (() => undefined);
  const state = await storedHomeState(homeId);
  if (state === 'inUse' && !input.replaceExisting) throw new HomeExistsError();

  const tableCount = contents.manifest.tables.length;
  let written = 0;
  report({ step: 'writing', done: 0, total: tableCount });
  await writeStoredHome(homeId, contents.tables, {
    onTable: () => report({ step: 'writing', done: ++written, total: tableCount }),
    failAfterTables: input.failAfterTables,
  });

  const keyHolder = new MemoryKeyHolder();
  keyHolder.set(unlocked.dataKey.slice());
  const damaged = new Map<string, { table: string; id: string }>();
  const db = openHomeDb(homeId, keyHolder, {
    acceptLegacy: () => true,
    onDamaged: (table, primaryKey) => {
      const id = typeof primaryKey === 'string' ? primaryKey : JSON.stringify(primaryKey ?? null);
      damaged.set(`${table}\u0000${id}`, { table, id });
    },
  });
  try {
    // The sign-in list shows names from the key slots; the backup left them out, the staff records have them.
    const staff = (await db.staff.toArray()) as StaffMember[];
    await db.transaction('rw', db.keySlots, async () => {
      for (const member of staff) {
        await db.keySlots.where('staffId').equals(member.id).modify({ label: member.name });
      }
    });

    const pending = await pendingMigrations(db);
    if (pending.length > 0) {
      await runMigrations({
        db,
        staffId: unlocked.staffId,
        dataKey: keyHolder.current()!,
        now,
        onProgress: ({ done, total }) => report({ step: 'migrating', done, total }),
      });
    }

    let opened = 0;
    for (const [index, name] of ENCRYPTED_TABLES.entries()) {
      // The middleware skips and reports what does not open; what comes back opened.
      opened += (await db.table(name).toArray()).length;
      report({ step: 'checking', done: index + 1, total: ENCRYPTED_TABLES.length });
    }

    await db.transaction('rw', [db.meta, db.auditLog], async () => {
      await db.meta.delete(RESTORE_PENDING_KEY);
      await recordAudit(db, {
        action: 'restore',
        entity: 'home',
        at: now().toISOString(),
        ...(unlocked.staffId ? { staffId: unlocked.staffId } : {}),
      });
    });
    const maker = staff.find((member) => member.id === contents.manifest.createdBy);
    return {
      damaged: [...damaged.values()],
      opened,
      migrated: pending.length > 0,
      createdByName: maker?.name ?? null,
    };
  } finally {
    keyHolder.drop();
    db.close();
  }
}
