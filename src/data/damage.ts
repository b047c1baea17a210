// Records that fail to open: remembered in the clear `damagedRecords` table (table, id, first and last
// seen; never content) and audited the first time, so coordinators can see and restore them.
import type { Id } from '../domain/types';
import { recordAudit } from './audit';
import type { HomeDb } from './db';
import type { DamagedRecord } from './tables';

export class DamageReporter {
  private readonly seen = new Set<string>();
  private pending: { table: string; id: string }[] = [];
  private scheduled = false;
  private db: HomeDb | null = null;

  constructor(
    private readonly staffId: Id,
    private readonly now: () => Date = () => new Date(),
  ) {}

  attach(db: HomeDb): void {
    this.db = db;
  }

  /** Called by the encryption middleware, inside whatever transaction read the record. */
  readonly report = (table: string, primaryKey: unknown): void => {
    const id = typeof primaryKey === 'string' ? primaryKey : JSON.stringify(primaryKey ?? null);
    const key = `${table}\u0000${id}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.pending.push({ table, id });
    if (this.scheduled) return;
    this.scheduled = true;
    // Written after the reading transaction, in a transaction of its own.
    setTimeout(() => void this.flush(), 0);
  };

  /** Writes what was reported since the last flush; a locked or closed home keeps nothing. */
  async flush(): Promise<void> {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = [];
    const db = this.db;
    if (!db || batch.length === 0) return;
    const at = this.now().toISOString();
    try {
      await db.transaction('rw', [db.damagedRecords, db.auditLog], async () => {
        for (const { table, id } of batch) {
          const existing = await db.damagedRecords.get([table, id]);
          await db.damagedRecords.put({ table, id, firstSeen: existing?.firstSeen ?? at, lastSeen: at });
          if (!existing) {
            await recordAudit(db, {
              action: 'damagedRecord',
              entity: table,
              entityId: id,
              staffId: this.staffId,
            });
          }
        }
      });
    } catch {
      // Locked or closed meanwhile: the records are reported again the next time they are read.
      for (const { table, id } of batch) this.seen.delete(`${table}\u0000${id}`);
    }
  }
}

/** Damaged records known in this home, most recently seen first. */
export async function listDamagedRecords(db: HomeDb): Promise<DamagedRecord[]> {
  const records = await db.damagedRecords.toArray();
  return records.sort((a, b) => b.lastSeen.localeCompare(a.lastSeen));
}
