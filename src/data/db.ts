// The Dexie schema of one home's database, opened with the encryption middleware.
import Dexie, { type EntityTable } from 'dexie';
import type {
  Agreement,
  AgreementRevision,
  AuditEntry,
  Child,
  Contact,
  Evaluation,
  FamilyMember,
  Goal,
  Handover,
  Id,
  StaffMember,
} from '../domain/types';
import { encryptionMiddleware, type KeyHolder, type KeySlot } from './crypto';
import { VERSION_1 } from './migrations/0001-initial';

export const homeDbName = (homeId: Id): string => `gedeeld-home-${homeId}`;

/** Tables readable before sign-in: key slots hold no personal data besides the sign-in name. */
export const CLEAR_TABLES = ['keySlots'] as const;

export type HomeDb = Dexie & {
  staff: EntityTable<StaffMember, 'id'>;
  keySlots: EntityTable<KeySlot, 'id'>;
  children: EntityTable<Child, 'id'>;
  familyMembers: EntityTable<FamilyMember, 'id'>;
  agreements: EntityTable<Agreement, 'id'>;
  agreementRevisions: EntityTable<AgreementRevision, 'id'>;
  goals: EntityTable<Goal, 'id'>;
  contacts: EntityTable<Contact, 'id'>;
  evaluations: EntityTable<Evaluation, 'id'>;
  handovers: EntityTable<Handover, 'id'>;
  auditLog: EntityTable<AuditEntry, 'id'>;
};

export type TableName = Exclude<keyof HomeDb & string, keyof Dexie>;

/** A mutable holder for the data key: dropping it locks every table but keySlots. */
export class MemoryKeyHolder implements KeyHolder {
  private key: Uint8Array | null = null;
  current(): Uint8Array | null {
    return this.key;
  }
  set(key: Uint8Array): void {
    this.key = key;
  }
  drop(): void {
    this.key?.fill(0);
    this.key = null;
  }
}

export function openHomeDb(homeId: Id, keyHolder: KeyHolder): HomeDb {
  const name = homeDbName(homeId);
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as HomeDb;
  db.version(VERSION_1.version).stores(VERSION_1.stores);
  db.use(encryptionMiddleware({ dbName: name, keyHolder, clearTables: CLEAR_TABLES }));
  // A newer version opened elsewhere: close here so the other window can upgrade; data stays safe.
  db.on('versionchange', () => {
    db.close();
    return false;
  });
  return db;
}

/** Deletes a home's whole database. */
export async function deleteHomeDb(homeId: Id): Promise<void> {
  await Dexie.delete(homeDbName(homeId));
}
