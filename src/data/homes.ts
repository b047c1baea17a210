// Home lifecycle for the UI: create (with its first coordinator), open for sign-in, delete.
import type { HomeEntry, HomeKind, Id } from '../domain/types';
import { makeVerifiedBackup, type MakeBackupInput } from './backup/backup';
import { deleteHomeDb } from './db';
import { newId } from './ids';
import { createHomeDatabase, LockedHome, type Session } from './session';

export interface CreateHomeInput {
  name: string;
  kind: HomeKind;
  coordinatorName: string;
  password: string;
  today: string;
}

export async function createHome(
  input: CreateHomeInput,
): Promise<{ home: HomeEntry; session: Session; recoveryKey: string }> {
  const home: HomeEntry = {
    id: newId(),
    name: input.name.trim(),
    kind: input.kind,
    createdAt: new Date().toISOString(),
  };
  const { session, recoveryKey } = await createHomeDatabase({
    homeId: home.id,
    coordinatorName: input.coordinatorName,
    password: input.password,
    today: input.today,
  });
  return { home, session, recoveryKey };
}

export function openLockedHome(homeId: Id): LockedHome {
  return new LockedHome(homeId);
}

export async function deleteHome(homeId: Id): Promise<void> {
  await deleteHomeDb(homeId);
}

export type DeletionAuthorization =
  | { ok: true; staffId: Id }
  | { ok: false; reason: 'wrongSecret' | 'tooSoon' | 'inactive' | 'unknownStaff' | 'notCoordinator' };

/** Deleting a home needs a coordinator of that home to sign in with their password. */
export async function authorizeHomeDeletion(
  homeId: Id,
  staffId: Id,
  password: string,
): Promise<DeletionAuthorization> {
  const locked = new LockedHome(homeId);
  try {
    const result = await locked.signIn(staffId, password);
    if (!result.ok) return { ok: false, reason: result.reason };
    const coordinator = result.session.isCoordinator;
    result.session.lock();
    return coordinator ? { ok: true, staffId } : { ok: false, reason: 'notCoordinator' };
  } finally {
    locked.close();
  }
}

export interface SafeDeletionInput {
  home: HomeEntry;
  /** The coordinator who signed in for it (from `authorizeHomeDeletion`). */
  staffId: Id;
  appVersion: string;
  saveSafetyBackup: MakeBackupInput['save'];
  now?: Date;
}

/** Makes and verifies a safety backup, then deletes the home's database; throws (deleting nothing) if the backup fails. */
export async function deleteHomeSafely(
  input: SafeDeletionInput,
): Promise<{ homeId: Id; deletedAt: string; deletedBy: Id }> {
  const backup = await makeVerifiedBackup({
    home: input.home,
    createdBy: input.staffId,
    reason: 'beforeDelete',
    appVersion: input.appVersion,
    now: input.now,
    save: input.saveSafetyBackup,
  });
  if (!backup.saved) throw new Error('safety backup not saved');
  await deleteHomeDb(input.home.id);
  return {
    homeId: input.home.id,
    deletedAt: (input.now ?? new Date()).toISOString(),
    deletedBy: input.staffId,
  };
}

export { setTestKdfIterations } from './crypto';
export { MigrationError, type MigrationProgress } from './migrate';
export type { DamagedRecord } from './tables';
export {
  LockedHome,
  persistStorage,
  Session,
  passwordProblem,
  MIN_PASSWORD_LENGTH,
  type SignInName,
  type SignInResult,
} from './session';
