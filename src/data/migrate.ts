// Runs pending content migrations after sign-in: each in one transaction over every table, recorded in
// the clear `meta` table in that same transaction, so it runs exactly once and reruns after a crash.
import type { Id } from '../domain/types';
import { recordAudit } from './audit';
import type { HomeDb } from './db';
import { CONTENT_MIGRATIONS, migrationKey, type ContentMigration, type MigrationRecord } from './migrations';

export interface MigrationProgress {
  /** Tables done so far, over all pending migrations. */
  done: number;
  total: number;
}

export class MigrationError extends Error {
  constructor(
    readonly migrationId: string,
    override readonly cause: unknown,
  ) {
    super(`migration ${migrationId} failed`);
    this.name = 'MigrationError';
  }
}

async function isApplied(db: HomeDb, migration: ContentMigration): Promise<boolean> {
  return (await db.meta.get(migrationKey(migration.id))) !== undefined;
}

export async function pendingMigrations(
  db: HomeDb,
  migrations: readonly ContentMigration[] = CONTENT_MIGRATIONS,
): Promise<ContentMigration[]> {
  const applied = await Promise.all(migrations.map((migration) => isApplied(db, migration)));
  return migrations.filter((_, index) => !applied[index]);
}

/** Records every migration as applied without running it: for a database created by today's code. */
export async function markMigrationsApplied(
  db: HomeDb,
  now: Date,
  migrations: readonly ContentMigration[] = CONTENT_MIGRATIONS,
): Promise<void> {
  await db.meta.bulkPut(
    migrations.map((migration) => ({
      key: migrationKey(migration.id),
      value: {
        id: migration.id,
        version: migration.version,
        ranAt: now.toISOString(),
        ranBy: null,
        counts: {},
        createdAtVersion: true,
      } satisfies MigrationRecord,
    })),
  );
}

export interface RunMigrationsInput {
  db: HomeDb;
  /** Who runs it; null when a restore unlocked the home with its recovery key. */
  staffId: Id | null;
  dataKey: Uint8Array;
  now: () => Date;
  onProgress?: (progress: MigrationProgress) => void;
  migrations?: readonly ContentMigration[];
}

/** Runs what is pending, in order. On failure that migration's changes are rolled back and it throws. */
export async function runMigrations(input: RunMigrationsInput): Promise<MigrationRecord[]> {
  const { db, staffId, dataKey, now, onProgress = () => undefined } = input;
  const pending = await pendingMigrations(db, input.migrations);
  const total = pending.reduce((sum, migration) => sum + migration.tables.length, 0);
  let done = 0;
  onProgress({ done, total });
  const records: MigrationRecord[] = [];
  for (const migration of pending) {
    const startedAt = done;
    try {
      const record = await db.transaction('rw', db.tables, async () => {
        // Another window may have run it meanwhile: the check and the work share one transaction.
        if (await isApplied(db, migration)) return null;
        const counts = await migration.run({
          db,
          staffId,
          dataKey,
          now: now(),
          tableDone: () => onProgress({ done: ++done, total }),
        });
        const ran: MigrationRecord = {
          id: migration.id,
          version: migration.version,
          ranAt: now().toISOString(),
          ranBy: staffId,
          counts,
        };
        await db.meta.put({ key: migrationKey(migration.id), value: ran });
        await recordAudit(db, { action: 'migration', entity: migration.id, staffId: staffId ?? undefined });
        return ran;
      });
      if (record) records.push(record);
      done = startedAt + migration.tables.length;
      onProgress({ done, total });
    } catch (error) {
      throw new MigrationError(migration.id, error);
    }
  }
  return records;
}
