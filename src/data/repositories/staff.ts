// Staff members: the coordinator's list; a new member gets access through a one-time code.
import type { Draft, Id, StaffMember } from '../../domain/types';
import type { Session } from '../session';
import { EntityRepository, type RepoContext } from './entityRepository';

export class StaffRepository extends EntityRepository<StaffMember> {
  constructor(
    ctx: RepoContext,
    private readonly session: Session,
  ) {
    super(ctx, 'staff');
  }

  /** Adds a staff member and returns the one-time code for their first sign-in. */
  async addWithAccess(draft: Draft<StaffMember>): Promise<{ staff: StaffMember; oneTimeCode: string }> {
    const staff = await this.create(draft);
    const oneTimeCode = await this.session.issueOneTimeCode(staff);
    return { staff, oneTimeCode };
  }

  override async update(id: Id, patch: Partial<Draft<StaffMember>>): Promise<StaffMember> {
    const staff = await super.update(id, patch);
    await this.session.renameSignIn(id, staff.name);
    return staff;
  }

  /** A new one-time code, e.g. after a forgotten password without the recovery key at hand. */
  resetAccess(staff: StaffMember): Promise<string> {
    return this.session.issueOneTimeCode(staff);
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
