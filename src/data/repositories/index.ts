// The repositories of one signed-in session: what feature hooks use to read and change data.
import type { Child, Contact, Evaluation, FamilyMember, Goal, Handover } from '../../domain/types';
import { listAudit, recordAudit, type AuditFilter } from '../audit';
import type { Session } from '../session';
import { AgreementRepository } from './agreements';
import { EntityRepository, type RepoContext } from './entityRepository';
import { StaffRepository } from './staff';

export function createRepositories(session: Session) {
  const ctx: RepoContext = { db: session.db, staffId: session.staffId, now: () => session.clock() };
  return {
    session,
    staff: new StaffRepository(ctx, session),
    children: new EntityRepository<Child>(ctx, 'children'),
    familyMembers: new EntityRepository<FamilyMember>(ctx, 'familyMembers'),
    agreements: new AgreementRepository(ctx),
    goals: new EntityRepository<Goal>(ctx, 'goals'),
    contacts: new EntityRepository<Contact>(ctx, 'contacts'),
    evaluations: new EntityRepository<Evaluation>(ctx, 'evaluations'),
    handovers: new EntityRepository<Handover>(ctx, 'handovers'),
    audit: {
      list: (filter?: AuditFilter) => listAudit(session.db, filter),
      /** Records an export (documents are not stored, so there is no other change to pair it with). */
      recordExport: (document: string, childId?: string) =>
        recordAudit(session.db, {
          action: 'export',
          entity: `export:${document}`,
          entityId: childId,
          staffId: session.staffId,
        }),
      /** Records a verified backup (the file is not stored in the home). */
      recordBackup: () =>
        recordAudit(session.db, { action: 'backup', entity: 'home', staffId: session.staffId }),
    },
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
export { EntityRepository, NotFoundError, type RepoContext } from './entityRepository';
export { AgreementRepository } from './agreements';
export { StaffRepository } from './staff';
