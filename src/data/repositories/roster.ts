// The roster: shifts planned one by one or many at once (a copied week, a pattern), each with its
// audit entry in the same transaction; absences, patterns and shift types use the generic repository.
import { addDays } from '../../domain/dates';
import { copyWeek, expandPattern, type Shift, type ShiftDraft } from '../../domain/roster';
import type { Id, IsoDate } from '../../domain/types';
import { recordAudit } from '../audit';
import { EntityRepository, NotFoundError, type RepoContext } from './entityRepository';

export class ShiftRepository extends EntityRepository<Shift> {
  constructor(ctx: RepoContext) {
    super(ctx, 'shifts');
  }

  /** Shifts starting from `from` to `to` (inclusive), through the date index. */
  between(from: IsoDate, to: IsoDate): Promise<Shift[]> {
    return this.ctx.db.shifts.where('date').between(from, to, true, true).toArray();
  }

  /** Shifts of the week starting `monday`, plus the night before it (a night shift reaches Monday). */
  week(monday: IsoDate): Promise<Shift[]> {
    return this.between(addDays(monday, -1), addDays(monday, 6));
  }

  /** Plans many shifts in one transaction, one audit entry each. */
  async planMany(drafts: readonly ShiftDraft[]): Promise<Shift[]> {
    const { db } = this.ctx;
    const shifts = drafts.map((draft) => ({ ...draft, ...this.meta() }) as Shift);
    await db.transaction('rw', [db.shifts, db.auditLog], async () => {
      await db.shifts.bulkAdd(shifts);
      for (const shift of shifts)
        await recordAudit(db, {
          action: 'create',
          entity: 'shifts',
          entityId: shift.id,
          staffId: this.ctx.staffId,
        });
    });
    return shifts;
  }

  /** Plans the week `fromMonday` again in the week `toMonday` (what is already there stays). */
  async copyWeek(fromMonday: IsoDate, toMonday: IsoDate): Promise<Shift[]> {
    const { db } = this.ctx;
    return db.transaction('rw', [db.shifts, db.staff, db.auditLog], async () => {
      const [source, target, staff] = await Promise.all([
        this.between(fromMonday, addDays(fromMonday, 6)),
        this.between(toMonday, addDays(toMonday, 6)),
        db.staff.toArray(),
      ]);
      return this.planMany(copyWeek([...source, ...target], fromMonday, toMonday, staff));
    });
  }

  /** Plans a staff member's pattern from `from` to `to`, skipping planned and absent days. */
  async applyPattern(patternId: Id, from: IsoDate, to: IsoDate): Promise<Shift[]> {
    const { db } = this.ctx;
    return db.transaction('rw', [db.shifts, db.staffPatterns, db.absences, db.auditLog], async () => {
      const pattern = await db.staffPatterns.get(patternId);
      if (!pattern) throw new NotFoundError('staffPatterns');
      const [existing, absences] = await Promise.all([
        db.shifts.where('staffId').equals(pattern.staffId).toArray(),
        db.absences.where('staffId').equals(pattern.staffId).toArray(),
      ]);
      return this.planMany(expandPattern(pattern, from, to, existing, absences));
    });
  }
}
