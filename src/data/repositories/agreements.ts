// Agreements with full history: every version, the first included, is stored as a revision.
import type { Agreement, AgreementContent, AgreementRevision, Id } from '../../domain/types';
import { recordAudit } from '../audit';
import { newId } from '../ids';
import { checkInput } from './inputChecks';
import { ConflictError, EntityRepository, NotFoundError, type RepoContext } from './entityRepository';

export class AgreementRepository extends EntityRepository<Agreement> {
  constructor(ctx: RepoContext) {
    super(ctx, 'agreements');
  }

  private revision(agreement: Agreement, basedOnVersion: number): AgreementRevision {
    const {
      topic,
      customTopic,
      text,
      responsible,
      status,
      agreedOn,
      agreedWith,
      reviewOn,
      outcome,
      parentsView,
    } = agreement;
    return {
      id: newId(),
      agreementId: agreement.id,
      childId: agreement.childId,
      version: agreement.version,
      content: {
        topic,
        customTopic,
        text,
        responsible,
        status,
        agreedOn,
        agreedWith,
        reviewOn,
        outcome,
        ...(parentsView !== undefined && { parentsView }),
      },
      changedAt: agreement.updatedAt,
      changedBy: agreement.updatedBy,
      basedOnVersion,
    };
  }

  /** A new agreement: version 1 and its first revision. */
  async add(childId: Id, content: AgreementContent): Promise<Agreement> {
    checkInput('agreements', content, this.ctx.now());
    const agreement: Agreement = { ...content, childId, version: 1, ...this.meta() };
    const { db } = this.ctx;
    await db.transaction('rw', [db.agreements, db.agreementRevisions, db.auditLog], async () => {
      await db.agreements.add(agreement);
      await db.agreementRevisions.add(this.revision(agreement, 0));
      await recordAudit(db, {
        action: 'create',
        entity: 'agreements',
        entityId: agreement.id,
        staffId: this.ctx.staffId,
        childId: agreement.childId,
      });
    });
    return agreement;
  }

  /**
   * Stores a changed version. `basedOnVersion` is the version the editor opened: when another window
   * saved in between, the change is refused with a `ConflictError` holding the stored version, so the
   * person sees the other change and re-applies theirs on top (then based on that version).
   */
  async revise(id: Id, content: AgreementContent, basedOnVersion: number): Promise<Agreement> {
    checkInput('agreements', content, this.ctx.now());
    const { db } = this.ctx;
    return db.transaction('rw', [db.agreements, db.agreementRevisions, db.auditLog], async () => {
      const current = await db.agreements.get(id);
      if (!current) throw new NotFoundError('agreements');
      if (current.version !== basedOnVersion) throw new ConflictError('agreements', current);
      const next: Agreement = {
        ...current,
        customTopic: undefined,
        agreedOn: undefined,
        reviewOn: undefined,
        outcome: undefined,
        parentsView: undefined,
        ...content,
        version: current.version + 1,
        ...this.meta(current),
      };
      await db.agreements.put(next);
      await db.agreementRevisions.add(this.revision(next, basedOnVersion));
      await recordAudit(db, {
        action: 'update',
        entity: 'agreements',
        entityId: id,
        staffId: this.ctx.staffId,
        childId: next.childId,
      });
      return next;
    });
  }

  /** All versions of one agreement, oldest first. */
  async history(agreementId: Id): Promise<AgreementRevision[]> {
    const revisions = await this.ctx.db.agreementRevisions.where('agreementId').equals(agreementId).toArray();
    return revisions.sort((a, b) => a.version - b.version || a.changedAt.localeCompare(b.changedAt));
  }

  /** Agreements are never deleted (history must stay); ending one is a revision with status ended. */
  override async remove(): Promise<void> {
    throw new Error('agreements are ended by a revision, not deleted');
  }
}
