// Role assignments (mentor, vaste contactpersoon, backup) with history: a change ends the running
// assignment and starts the next in one transaction with its audit entries, and mirrors the child's
// old single fields so screens and documents that still read them stay right.
import {
  holderOn,
  planRoleChange,
  type AssignmentRole,
  type RoleAssignment,
  type RoleChange,
  type RoleChangeError,
} from '../../domain/assignments';
import { toIsoDate } from '../../domain/dates';
import type { Child, Id, MentorAssignment } from '../../domain/types';
import { recordAudit } from '../audit';
import { EntityRepository, NotFoundError, type RepoContext } from './entityRepository';

export class RoleChangeRefused extends Error {
  constructor(readonly code: RoleChangeError) {
    super(`role change refused: ${code}`);
    this.name = 'RoleChangeRefused';
  }
}

/** The child's old fields as the assignments say they are today (kept until every reader moved). */
export function legacyFields(
  child: Child,
  assignments: readonly RoleAssignment[],
  today: string,
): Pick<Child, 'contactPersonId' | 'backupContactPersonId' | 'mentorAssignments'> {
  const holder = (role: AssignmentRole) => holderOn(assignments, child.id, role, today)?.staffId;
  const mentorAssignments: MentorAssignment[] = assignments
    .filter((assignment) => assignment.childId === child.id && assignment.role === 'mentor')
    .sort((a, b) => (a.from < b.from ? -1 : 1))
    .map(({ staffId, from, to }) => (to ? { staffId, from, to } : { staffId, from }));
  return {
    contactPersonId: holder('contactPerson'),
    backupContactPersonId: holder('backup'),
    mentorAssignments,
  };
}

export class RoleAssignmentRepository extends EntityRepository<RoleAssignment> {
  constructor(ctx: RepoContext) {
    super(ctx, 'roleAssignments');
  }

  /** Assignments held by one staff member (any child, any time). */
  byStaff(staffId: Id): Promise<RoleAssignment[]> {
    return this.ctx.db.roleAssignments.where('staffId').equals(staffId).toArray();
  }

  private async mirror(childId: Id, assignments: readonly RoleAssignment[]): Promise<void> {
    const { db } = this.ctx;
    const child = await db.children.get(childId);
    if (!child) throw new NotFoundError('children');
    const now = this.ctx.now();
    const fields = legacyFields(child, assignments, toIsoDate(now));
    await db.children.put({
      ...child,
      ...fields,
      updatedAt: now.toISOString(),
      updatedBy: this.ctx.staffId,
    });
    await recordAudit(db, {
      action: 'update',
      entity: 'children',
      entityId: childId,
      staffId: this.ctx.staffId,
      childId,
    });
  }

  /**
   * Gives a role to someone from a date: the running assignment ends the day before. Refused (with
   * a code the form shows at the field) when it is the same person, too early, or has no reason.
   */
  async change(change: RoleChange): Promise<RoleAssignment> {
    const { db } = this.ctx;
    return db.transaction('rw', [db.roleAssignments, db.children, db.auditLog], async () => {
      const existing = await db.roleAssignments.where('childId').equals(change.childId).toArray();
      const plan = planRoleChange(existing, change);
      if (!plan.ok) throw new RoleChangeRefused(plan.error);
      const audit = (action: 'create' | 'update', entityId: Id) =>
        recordAudit(db, {
          action,
          entity: 'roleAssignments',
          entityId,
          staffId: this.ctx.staffId,
          childId: change.childId,
        });
      let all = existing;
      if (plan.end) {
        const ended = existing.find((assignment) => assignment.id === plan.end!.id)!;
        const next = { ...ended, to: plan.end.to, ...this.meta(ended) };
        await db.roleAssignments.put(next);
        await audit('update', next.id);
        all = all.map((assignment) => (assignment.id === next.id ? next : assignment));
      }
      const created: RoleAssignment = { ...plan.create, ...this.meta() };
      await db.roleAssignments.add(created);
      await audit('create', created.id);
      await this.mirror(change.childId, [...all, created]);
      return created;
    });
  }

  /** Ends an assignment on `to` (inclusive) without a successor, e.g. no backup any more. */
  async end(id: Id, to: string): Promise<RoleAssignment> {
    const { db } = this.ctx;
    return db.transaction('rw', [db.roleAssignments, db.children, db.auditLog], async () => {
      const saved = await this.update(id, { to });
      await this.mirror(
        saved.childId,
        await db.roleAssignments.where('childId').equals(saved.childId).toArray(),
      );
      return saved;
    });
  }
}
