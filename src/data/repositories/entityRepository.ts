// Generic repository: create/update/delete a record and its audit entry in one transaction.
import type { Draft, Id, RecordMeta } from '../../domain/types';
import { recordAudit } from '../audit';
import type { HomeDb, TableName } from '../db';
import { newId } from '../ids';
import { PER_CHILD_TABLES } from '../tables';
import { checkInput } from './inputChecks';

/** Who acts, and the clock (injected so tests pin time). */
export interface RepoContext {
  db: HomeDb;
  staffId: Id;
  now: () => Date;
}

export class NotFoundError extends Error {
  constructor(entity: string) {
    super(`${entity} not found`);
    this.name = 'NotFoundError';
  }
}

/**
 * The record was changed elsewhere (another window) after the editor opened it: the save is refused so
 * nothing is overwritten silently. `current` is the stored record now, for the notice and a re-apply.
 */
export class ConflictError<T = unknown> extends Error {
  constructor(
    readonly entity: string,
    readonly current: T,
  ) {
    super(`${entity} was changed since it was opened`);
    this.name = 'ConflictError';
  }
}

export function isConflictError<T>(error: unknown): error is ConflictError<T> {
  return error instanceof ConflictError;
}

/** The version an editor opened: its `updatedAt`. A save based on an older one is a conflict. */
export interface BasedOn {
  updatedAt: string;
}

export class EntityRepository<T extends RecordMeta> {
  constructor(
    protected readonly ctx: RepoContext,
    protected readonly tableName: TableName,
  ) {}

  protected get table() {
    return this.ctx.db.table<T, Id>(this.tableName);
  }

  list(): Promise<T[]> {
    return this.table.toArray();
  }

  get(id: Id): Promise<T | undefined> {
    return this.table.get(id);
  }

  /** Records of one child; only for tables indexed on childId. */
  byChild(childId: Id): Promise<T[]> {
    return this.table.where('childId').equals(childId).toArray();
  }

  /** The child a record is about: itself in `children`, its `childId` in a per-child table. */
  protected childOf(record: T | undefined): Id | undefined {
    if (!record) return undefined;
    if (this.tableName === 'children') return record.id;
    const perChild = (PER_CHILD_TABLES as readonly TableName[]).includes(this.tableName);
    return perChild ? (record as T & { childId?: Id }).childId : undefined;
  }

  protected meta(existing?: T): RecordMeta {
    const clock = this.ctx.now().toISOString();
    // Every change moves updatedAt forward, even within one millisecond: it is the version a form opened.
    const now =
      existing && clock <= existing.updatedAt
        ? new Date(Date.parse(existing.updatedAt) + 1).toISOString()
        : clock;
    return {
      id: existing?.id ?? newId(),
      createdAt: existing?.createdAt ?? now,
      createdBy: existing?.createdBy ?? this.ctx.staffId,
      updatedAt: now,
      updatedBy: this.ctx.staffId,
    };
  }

  async create(draft: Draft<T>): Promise<T> {
    checkInput(this.tableName, draft, this.ctx.now());
    const record = { ...draft, ...this.meta() } as T;
    await this.ctx.db.transaction('rw', [this.tableName, 'auditLog'], async () => {
      await this.table.add(record);
      await recordAudit(this.ctx.db, {
        action: 'create',
        entity: this.tableName,
        entityId: record.id,
        staffId: this.ctx.staffId,
        childId: this.childOf(record),
      });
    });
    return record;
  }

  /**
   * Saves a change. With `basedOn` (what a form opened), the stored record must still be that version,
   * checked inside the write transaction; otherwise a `ConflictError` carries the other change.
   */
  async update(id: Id, patch: Partial<Draft<T>>, basedOn?: BasedOn): Promise<T> {
    return this.ctx.db.transaction('rw', [this.tableName, 'auditLog'], async () => {
      const existing = await this.table.get(id);
      if (!existing) throw new NotFoundError(this.tableName);
      if (basedOn && existing.updatedAt !== basedOn.updatedAt)
        throw new ConflictError(this.tableName, existing);
      const record = { ...existing, ...patch, ...this.meta(existing) } as T;
      checkInput(this.tableName, record, this.ctx.now(), Object.keys(patch));
      await this.table.put(record);
      await recordAudit(this.ctx.db, {
        action: 'update',
        entity: this.tableName,
        entityId: id,
        staffId: this.ctx.staffId,
        childId: this.childOf(record),
      });
      return record;
    });
  }

  /**
   * Changes a record from its stored state, read in the same transaction: two quick changes of
   * different fields (e.g. two consent boxes) both survive, where a patch from a stale screen would not.
   */
  async modify(id: Id, change: (current: T) => Partial<Draft<T>>): Promise<T> {
    return this.ctx.db.transaction('rw', [this.tableName, 'auditLog'], async () => {
      const existing = await this.table.get(id);
      if (!existing) throw new NotFoundError(this.tableName);
      return this.update(id, change(existing));
    });
  }

  async remove(id: Id): Promise<void> {
    await this.ctx.db.transaction('rw', [this.tableName, 'auditLog'], async () => {
      const existing = await this.table.get(id);
      await this.table.delete(id);
      await recordAudit(this.ctx.db, {
        action: 'delete',
        entity: this.tableName,
        entityId: id,
        staffId: this.ctx.staffId,
        childId: this.childOf(existing),
      });
    });
  }
}
