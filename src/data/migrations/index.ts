// Content migrations: rewrites of record contents that need the data key, so they run after sign-in,
// each in one transaction, recorded in the clear `meta` table so each runs exactly once.
import type { Id } from '../../domain/types';
import type { HomeDb } from '../db';
import { chainLegacyAuditLog } from '../audit';
import { recordFormatV2Migration } from './0002-record-format-v2';
import { dashboardIndexes } from './0003-dashboard-indexes';
import { schoolRecords } from './0004-school';
import { rosterMigration } from './0005-roster';

export interface MigrationContext {
  db: HomeDb;
  staffId: Id | null;
  now: Date;
  /** The home's data key (for keys derived from it, e.g. the audit chain's). */
  dataKey: Uint8Array;
  /** Called as each table is done, inside the migration's transaction. */
  tableDone: (table: string) => void;
}

export interface ContentMigration {
  /** `NNNN-name`, the file name; the meta record's key is `migration:<id>`. */
  id: string;
  /** The schema version whose records this migration brings up to date. */
  version: number;
  /** Tables it touches, for the progress bar ("3 van 11 tabellen"). */
  tables: readonly string[];
  /** Runs inside one read-write transaction over every table; returns record counts per table. */
  run(context: MigrationContext): Promise<Record<string, number>>;
}

/** Every content migration in order. Never edit one after release; add the next. */
export const CONTENT_MIGRATIONS: readonly ContentMigration[] = [
  recordFormatV2Migration(chainLegacyAuditLog),
  dashboardIndexes,
  schoolRecords,
  rosterMigration,
];

/** The clear record of a migration that has run: what, when, by whom and how many records. */
export interface MigrationRecord {
  id: string;
  version: number;
  ranAt: string;
  ranBy: Id | null;
  counts: Record<string, number>;
  /** True when the database was created by code that already wrote this version's format. */
  createdAtVersion?: boolean;
}

export const migrationKey = (id: string): string => `migration:${id}`;
