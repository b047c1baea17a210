// Home lifecycle for the UI: create (with its first coordinator), open for sign-in, delete.
import type { HomeEntry, HomeKind, Id } from '../domain/types';
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
