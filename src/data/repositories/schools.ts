// Schools per child with history: a change of school ends the old record and starts a new one in one
// transaction; starter rules for the topics a school has no rule for yet.
import { missingSchoolRuleTopics, starterSchoolRules } from '../../domain/school';
import type { SchoolRecord, SchoolRule, SchoolRuleContent } from '../../domain/schoolTypes';
import type { Draft, FamilyMember, Id, IsoDate } from '../../domain/types';
import { recordAudit } from '../audit';
import { EntityRepository, NotFoundError, type RepoContext } from './entityRepository';

export class SchoolRepository extends EntityRepository<SchoolRecord> {
  constructor(ctx: RepoContext) {
    super(ctx, 'schools');
  }

  /**
   * The child moves to another school: the current record ends on `lastDay` (its rules stay with it as
   * history) and the new one starts; the new school's rules start from `rules` (e.g. the old ones).
   */
  async changeSchool(
    currentId: Id,
    lastDay: IsoDate,
    next: Draft<SchoolRecord>,
    rules: readonly SchoolRuleContent[] = [],
  ): Promise<SchoolRecord> {
    const { db } = this.ctx;
    return db.transaction('rw', [db.schools, db.schoolRules, db.auditLog], async () => {
      const current = await db.schools.get(currentId);
      if (!current) throw new NotFoundError('schools');
      await this.update(currentId, { endedOn: lastDay });
      const created = await this.create(next);
      await this.addRules(created, rules);
      return created;
    });
  }

  /** Adds rules to a school, each with its audit entry, in one transaction. */
  async addRules(
    school: Pick<SchoolRecord, 'id' | 'childId'>,
    contents: readonly SchoolRuleContent[],
  ): Promise<SchoolRule[]> {
    const { db } = this.ctx;
    return db.transaction('rw', [db.schoolRules, db.auditLog], async () => {
      const rules: SchoolRule[] = [];
      for (const content of contents) {
        const rule: SchoolRule = { ...content, childId: school.childId, schoolId: school.id, ...this.meta() };
        // `meta()` gives every rule its own id.
        await db.schoolRules.add(rule);
        await recordAudit(db, {
          action: 'create',
          entity: 'schoolRules',
          entityId: rule.id,
          staffId: this.ctx.staffId,
          childId: school.childId,
        });
        rules.push(rule);
      }
      return rules;
    });
  }

  /** Starter rules (as the guidance has them) for the topics this school has no rule for yet. */
  async addStarterRules(
    school: Pick<SchoolRecord, 'id' | 'childId'>,
    family: readonly FamilyMember[],
  ): Promise<SchoolRule[]> {
    const { db } = this.ctx;
    return db.transaction('rw', [db.schoolRules, db.auditLog], async () => {
      const existing = await db.schoolRules.where('schoolId').equals(school.id).toArray();
      return this.addRules(school, starterSchoolRules(family, missingSchoolRuleTopics(existing)));
    });
  }

  /** School records are history: they end, they are not deleted. */
  override async remove(): Promise<void> {
    throw new Error('a school record ends with an end date, it is not deleted');
  }
}
