// The repositories of one signed-in session: what feature hooks use to read and change data.
import type { Child, Id, IsoDate, RecordMeta } from '../../domain/types';
import { listAudit, recordAudit, verifyAuditLog, type AuditFilter } from '../audit';
import {
  readChildOverviewRecords,
  readChildrenStatusRecords,
  readChildStatusRecords,
  readDashboardRecords,
} from '../queries';
import { readSchoolDashboardRecords } from '../schoolQueries';
import { readContinuityRecords } from '../rosterQueries';
import type { Session } from '../session';
import { CONTENT_TABLES, type ContentTableName, type RecordOf } from '../tables';
import { AgreementRepository } from './agreements';
import { ChildRepository } from './children';
import { ReportRepository } from './reports';
import { EntityRepository, type RepoContext } from './entityRepository';
import { RoleAssignmentRepository } from './roleAssignments';
import { ShiftRepository } from './roster';
import { SchoolRepository } from './schools';
import { StaffRepository } from './staff';

/**
 * Content tables with a repository of their own: agreement revisions are written by the agreements
 * repository, report versions and reactions by the reports repository; a new child with its first
 * mentor by the children repository.
 */
const SPECIAL = [
  'staff',
  'children',
  'agreements',
  'agreementRevisions',
  'reports',
  'reportVersions',
  'reportReactions',
  'schools',
  'roleAssignments',
  'shifts',
] as const;
type GenericTableName = Exclude<ContentTableName, (typeof SPECIAL)[number]>;
type GenericRepositories = {
  [N in GenericTableName]: RecordOf<N> extends RecordMeta ? EntityRepository<RecordOf<N>> : never;
};

/** Every other content table of the registry gets the generic repository. */
function genericRepositories(ctx: RepoContext): GenericRepositories {
  const names = CONTENT_TABLES.filter(
    (name): name is GenericTableName => !(SPECIAL as readonly string[]).includes(name),
  );
  return Object.fromEntries(
    names.map((name) => [name, new EntityRepository(ctx, name)]),
  ) as GenericRepositories;
}

/** Children whose file was opened in a session: `childViewed` is audited once per child per sign-in. */
const viewedChildren = new WeakMap<Session, Set<Id>>();

export function createRepositories(session: Session) {
  const ctx: RepoContext = { db: session.db, staffId: session.staffId, now: () => session.clock() };
  const roleAssignments = new RoleAssignmentRepository(ctx);
  return {
    session,
    ...genericRepositories(ctx),
    staff: new StaffRepository(ctx, session),
    children: new ChildRepository(ctx, roleAssignments),
    agreements: new AgreementRepository(ctx),
    reports: new ReportRepository(ctx),
    schools: new SchoolRepository(ctx),
    roleAssignments,
    shifts: new ShiftRepository(ctx),
    /** Reads for screens that must stay fast as the history grows (through indexes only). */
    queries: {
      dashboard: (today: IsoDate) => readDashboardRecords(session.db, today),
      childOverview: (child: Child, today: IsoDate) => readChildOverviewRecords(session.db, child, today),
      childStatus: (child: Child, today: IsoDate) => readChildStatusRecords(session.db, child, today),
      childrenStatus: (today: IsoDate) => readChildrenStatusRecords(session.db, today),
      schoolDashboard: (today: IsoDate) => readSchoolDashboardRecords(session.db, today),
      continuity: (today: IsoDate, lookbackDays?: number) =>
        readContinuityRecords(session.db, today, lookbackDays),
    },
    audit: {
      list: (filter?: AuditFilter) => listAudit(session.db, filter),
      /** Records an export (documents are not stored, so there is no other change to pair it with). */
      recordExport: (document: string, childId?: string) =>
        recordAudit(session.db, {
          action: 'export',
          entity: `export:${document}`,
          entityId: childId,
          staffId: session.staffId,
          childId,
        }),
      /** Records that a child's file was opened; only the first time per child in this sign-in. */
      recordChildViewed: async (childId: Id): Promise<boolean> => {
        const viewed = viewedChildren.get(session) ?? new Set<Id>();
        viewedChildren.set(session, viewed);
        if (viewed.has(childId)) return false;
        viewed.add(childId);
        try {
          await recordAudit(session.db, {
            action: 'childViewed',
            entity: 'children',
            entityId: childId,
            staffId: session.staffId,
            childId,
          });
          return true;
        } catch (error) {
          viewed.delete(childId);
          throw error;
        }
      },
      /** Checks the hash chain of the whole log. */
      verify: () => verifyAuditLog(session.db),
      /** Records a verified backup (the file is not stored in the home). */
      recordBackup: () =>
        recordAudit(session.db, { action: 'backup', entity: 'home', staffId: session.staffId }),
    },
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
export {
  ConflictError,
  EntityRepository,
  isConflictError,
  NotFoundError,
  type BasedOn,
  type RepoContext,
} from './entityRepository';
export { AgreementRepository } from './agreements';
export { ChildRepository, type FirstMentor } from './children';
export { InvalidInputError } from './inputChecks';
export { ReportRepository, type ReactionInput } from './reports';
export { SchoolRepository } from './schools';
export { RoleAssignmentRepository, RoleChangeRefused, legacyFields } from './roleAssignments';
export { ShiftRepository } from './roster';
export { AccessEndedError, OwnAccessError, StaffRepository } from './staff';
