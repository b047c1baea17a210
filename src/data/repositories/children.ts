// Children: the generic create/update, and a new child together with its first mentor, written in one
// transaction so a failed mentor assignment never leaves a child without the start of its history.
import type { RoleAssignment } from '../../domain/assignments';
import type { Child, Draft, Id, IsoDate } from '../../domain/types';
import { EntityRepository, type RepoContext } from './entityRepository';
import type { RoleAssignmentRepository } from './roleAssignments';

/** Who is the new child's mentor, and from when (usually the placement's start). */
export interface FirstMentor {
  staffId: Id;
  from: IsoDate;
}

export class ChildRepository extends EntityRepository<Child> {
  constructor(
    ctx: RepoContext,
    private readonly roleAssignments: RoleAssignmentRepository,
  ) {
    super(ctx, 'children');
  }

  /**
   * Creates the child and, when given, its first mentor assignment in one transaction: if the
   * assignment fails, the child (and its audit entry) is not kept either.
   */
  async createWithFirstMentor(
    draft: Draft<Child>,
    firstMentor?: FirstMentor,
  ): Promise<{ child: Child; mentor?: RoleAssignment }> {
    const { db } = this.ctx;
    return db.transaction('rw', [db.children, db.roleAssignments, db.auditLog], async () => {
      const child = await this.create(draft);
      if (!firstMentor) return { child };
      const mentor = await this.roleAssignments.change({ childId: child.id, role: 'mentor', ...firstMentor });
      // The assignment mirrored the mentor into the child's old fields: hand back the stored child.
      return { child: (await db.children.get(child.id)) ?? child, mentor };
    });
  }
}
