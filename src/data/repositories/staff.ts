// Staff members: the coordinator's list; a new member gets access through a one-time code, and
// removing a member (or an end date that has come) ends their access while their name stays on record.
import { endsAccessNow } from '../../domain/staffAccess';
import { toIsoDate } from '../../domain/dates';
import type { Draft, Id, StaffMember } from '../../domain/types';
import { recordAudit } from '../audit';
import type { Session } from '../session';
import { revokeAccess } from '../staffAccess';
import { EntityRepository, NotFoundError, type RepoContext } from './entityRepository';

export class OwnAccessError extends Error {
  constructor() {
    super('a staff member cannot end their own access');
    this.name = 'OwnAccessError';
  }
}

export class AccessEndedError extends Error {
  constructor() {
    super("the staff member's access has ended");
    this.name = 'AccessEndedError';
  }
}

export class StaffRepository extends EntityRepository<StaffMember> {
  constructor(
    ctx: RepoContext,
    private readonly session: Session,
  ) {
    super(ctx, 'staff');
  }

  private today(): string {
    return toIsoDate(this.ctx.now());
  }

  /** Adds a staff member and returns the one-time code for their first sign-in. */
  async addWithAccess(draft: Draft<StaffMember>): Promise<{ staff: StaffMember; oneTimeCode: string }> {
    const staff = await this.create(draft);
    const oneTimeCode = await this.session.issueOneTimeCode(staff);
    return { staff, oneTimeCode };
  }

  /** Saves a change; an end date of today or earlier also ends the access, in the same transaction. */
  override async update(id: Id, patch: Partial<Draft<StaffMember>>): Promise<StaffMember> {
    const { db } = this.ctx;
    const ending = endsAccessNow({ activeTo: patch.activeTo }, this.today());
    if (ending && id === this.ctx.staffId) throw new OwnAccessError();
    const staff = await db.transaction('rw', [db.staff, db.keySlots, db.auditLog], async () => {
      const saved = await super.update(id, patch);
      if (endsAccessNow(saved, this.today())) await revokeAccess(db, id, this.ctx.staffId);
      return saved;
    });
    await this.session.renameSignIn(id, staff.name, staff.activeTo);
    return staff;
  }

  /**
   * Removes a staff member: their key slot is deleted (off the sign-in list) and their end date set to
   * today unless it was earlier. The record stays, so what they wrote keeps their name.
   */
  override async remove(id: Id): Promise<void> {
    if (id === this.ctx.staffId) throw new OwnAccessError();
    const { db } = this.ctx;
    const today = this.today();
    await db.transaction('rw', [db.staff, db.keySlots, db.auditLog], async () => {
      const existing = await db.staff.get(id);
      if (!existing) throw new NotFoundError('staff');
      if (!endsAccessNow(existing, today))
        await db.staff.put({ ...existing, activeTo: today, ...this.meta(existing) });
      const revoked = await revokeAccess(db, id, this.ctx.staffId);
      if (!revoked)
        await recordAudit(db, {
          action: 'staffRemoved',
          entity: 'staff',
          entityId: id,
          staffId: this.ctx.staffId,
        });
    });
  }

  /**
   * A new one-time code, e.g. after a forgotten password without the recovery key at hand. Not for
   * someone whose access has ended: change their end date first.
   */
  async resetAccess(staff: StaffMember): Promise<string> {
    const current = await this.ctx.db.staff.get(staff.id);
    if (!current) throw new NotFoundError('staff');
    if (endsAccessNow(current, this.today())) throw new AccessEndedError();
    return this.session.issueOneTimeCode(current, 'passwordReset');
  }

  /** Ids of staff members who can sign in, and whether they still have to set a password. */
  async accessStates(): Promise<Map<Id, 'active' | 'pending'>> {
    const slots = await this.ctx.db.keySlots.where('kind').equals('staff').toArray();
    return new Map(
      slots.flatMap((slot) =>
        slot.staffId ? [[slot.staffId, slot.mustSetPassword ? 'pending' : 'active']] : [],
      ),
    );
  }
}
