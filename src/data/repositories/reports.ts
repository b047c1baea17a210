// Reports: every step of the state machine in one transaction with its audit entry; the first share
// freezes a version, a correction starts the next one, reactions are stored once and never edited.
import { toIsoDate } from '../../domain/dates';
import {
  assertReactionAllowed,
  checkReport,
  correctReport,
  editReport,
  finalizeReport,
  isEditable,
  reportContent,
  reportRecipients,
  shareReport,
  ReportTransitionError,
  type ReactionSection,
  type ReactionSource,
  type Report,
  type ReportContent,
  type ReportReaction,
  type ReportVersion,
  type SectionReaction,
  type ShareChannel,
} from '../../domain/reports';
import type { Id, IsoDate } from '../../domain/types';
import { recordAudit } from '../audit';
import { newId } from '../ids';
import { readReportSettings, updateReportSettings, type ReportSettings } from '../reportSettings';
import { NotFoundError, type RepoContext } from './entityRepository';

export interface ReactionInput {
  personId: Id;
  sections: Partial<Record<ReactionSection, SectionReaction>>;
  receivedOn: IsoDate;
  source: ReactionSource;
  staffNote?: string;
}

export class ReportRepository {
  constructor(private readonly ctx: RepoContext) {}

  private get db() {
    return this.ctx.db;
  }

  private today(): IsoDate {
    return toIsoDate(this.ctx.now());
  }

  private meta(existing?: { id: Id; createdAt: string; createdBy: Id }) {
    const now = this.ctx.now().toISOString();
    return {
      id: existing?.id ?? newId(),
      createdAt: existing?.createdAt ?? now,
      createdBy: existing?.createdBy ?? this.ctx.staffId,
      updatedAt: now,
      updatedBy: this.ctx.staffId,
    };
  }

  private audit(action: 'create' | 'update' | 'delete', entity: string, entityId: Id, childId: Id) {
    return recordAudit(this.db, { action, entity, entityId, staffId: this.ctx.staffId, childId });
  }

  settings(): Promise<ReportSettings> {
    return readReportSettings(this.db);
  }

  /** The reaction period for reports shared from now on (shares made earlier keep their due date). */
  setReactionPeriodWeeks(reactionPeriodWeeks: number): Promise<ReportSettings> {
    return updateReportSettings(this.db, { reactionPeriodWeeks });
  }

  get(id: Id): Promise<Report | undefined> {
    return this.db.reports.get(id);
  }

  list(): Promise<Report[]> {
    return this.db.reports.toArray();
  }

  byChild(childId: Id): Promise<Report[]> {
    return this.db.reports.where('childId').equals(childId).toArray();
  }

  /** Shared reports of the whole home and their reactions: what the dashboard counts down. */
  async awaitingReaction(): Promise<{ reports: Report[]; reactions: ReportReaction[] }> {
    return this.db.transaction('r', [this.db.reports, this.db.reportReactions], async () => {
      const reports = await this.db.reports.where('status').equals('shared').toArray();
      const reactions = await this.db.reportReactions
        .where('reportId')
        .anyOf(reports.map((report) => report.id))
        .toArray();
      return { reports, reactions };
    });
  }

  /** Every frozen version of a report, oldest first. */
  async versions(reportId: Id): Promise<ReportVersion[]> {
    const versions = await this.db.reportVersions.where('reportId').equals(reportId).toArray();
    return versions.sort((a, b) => a.version - b.version);
  }

  /** Every reaction on a report, over all versions, in the order they came in. */
  async reactions(reportId: Id): Promise<ReportReaction[]> {
    const reactions = await this.db.reportReactions.where('reportId').equals(reportId).toArray();
    return reactions.sort(
      (a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.createdAt.localeCompare(b.createdAt),
    );
  }

  /** A child's frozen (shared) versions and every reaction on them: what parents said, for other screens. */
  async sharedByChild(childId: Id): Promise<{ versions: ReportVersion[]; reactions: ReportReaction[] }> {
    const { db } = this;
    return db.transaction('r', [db.reportVersions, db.reportReactions], async () => ({
      versions: await db.reportVersions.where('childId').equals(childId).toArray(),
      reactions: await db.reportReactions.where('childId').equals(childId).toArray(),
    }));
  }

  reactionsByChild(childId: Id): Promise<ReportReaction[]> {
    return this.db.reportReactions.where('childId').equals(childId).toArray();
  }

  /** Everything the report's documents need, in one read transaction. */
  async records(id: Id) {
    const { db } = this;
    return db.transaction(
      'r',
      [db.reports, db.reportVersions, db.reportReactions, db.children, db.familyMembers, db.staff],
      async () => {
        const report = await this.current(id);
        const child = await db.children.get(report.childId);
        if (!child) throw new NotFoundError('children');
        return {
          report,
          versions: await this.versions(id),
          reactions: await this.reactions(id),
          child,
          familyMembers: await db.familyMembers.where('childId').equals(report.childId).toArray(),
          staff: await db.staff.toArray(),
        };
      },
    );
  }

  private async current(id: Id): Promise<Report> {
    const report = await this.db.reports.get(id);
    if (!report) throw new NotFoundError('reports');
    return report;
  }

  /** A new draft, version 1. */
  async create(childId: Id, content: ReportContent): Promise<Report> {
    const report: Report = {
      ...reportContent(content),
      childId,
      status: 'draft',
      version: 1,
      shares: [],
      ...this.meta(),
    };
    await this.db.transaction('rw', [this.db.reports, this.db.auditLog], async () => {
      await this.db.reports.add(report);
      await this.audit('create', 'reports', report.id, childId);
    });
    return report;
  }

  private async save(next: Report, previous: Report): Promise<Report> {
    const record = { ...next, ...this.meta(previous) };
    await this.db.reports.put(record);
    await this.audit('update', 'reports', record.id, record.childId);
    return record;
  }

  /** Changes the text before sharing (a checked report goes back to draft). */
  async edit(id: Id, content: Partial<ReportContent>): Promise<Report> {
    return this.db.transaction('rw', [this.db.reports, this.db.auditLog], async () => {
      const report = await this.current(id);
      return this.save(editReport(report, content), report);
    });
  }

  /** The signed-in gedragswetenschapper checks the draft. */
  async check(id: Id): Promise<Report> {
    return this.db.transaction('rw', [this.db.reports, this.db.staff, this.db.auditLog], async () => {
      const report = await this.current(id);
      const checker = await this.db.staff.get(this.ctx.staffId);
      if (!checker) throw new NotFoundError('staff');
      return this.save(checkReport(report, checker, this.today()), report);
    });
  }

  /** Shares the current version with one person; the first share freezes the version. */
  async share(id: Id, input: { personId: Id; sharedOn: IsoDate; channel: ShareChannel }): Promise<Report> {
    const { db } = this;
    const periodDays = (await readReportSettings(db)).reactionPeriodWeeks * 7;
    const tables = [db.reports, db.reportVersions, db.children, db.familyMembers, db.auditLog];
    return db.transaction('rw', tables, async () => {
      const report = await this.current(id);
      const child = await db.children.get(report.childId);
      if (!child) throw new NotFoundError('children');
      const family = await db.familyMembers.where('childId').equals(report.childId).toArray();
      const recipients = reportRecipients(child, family, input.sharedOn);
      const next = shareReport(report, { ...input, sharedBy: this.ctx.staffId }, recipients, periodDays);
      const frozen = await db.reportVersions.where('reportId').equals(id).toArray();
      const version = frozen.find((candidate) => candidate.version === next.version);
      if (!version) {
        await db.reportVersions.add({
          id: newId(),
          reportId: id,
          childId: report.childId,
          version: next.version,
          content: reportContent(next),
          checkedBy: next.checkedBy,
          checkedOn: next.checkedOn,
          frozenAt: this.ctx.now().toISOString(),
          frozenBy: this.ctx.staffId,
          shares: next.shares,
        });
      } else {
        await db.reportVersions.put({ ...version, shares: next.shares });
      }
      return this.save(next, report);
    });
  }

  private async addReaction(
    id: Id,
    draft: Omit<
      ReportReaction,
      keyof ReturnType<ReportRepository['meta']> | 'reportId' | 'childId' | 'version' | 'personKind'
    >,
  ): Promise<ReportReaction> {
    const { db } = this;
    return db.transaction('rw', [db.reports, db.reportReactions, db.auditLog], async () => {
      const report = await this.current(id);
      const existing = await db.reportReactions.where('reportId').equals(id).toArray();
      assertReactionAllowed(report, draft, existing);
      const share = report.shares.find((candidate) => candidate.personId === draft.personId)!;
      const reaction: ReportReaction = {
        ...draft,
        reportId: id,
        childId: report.childId,
        version: report.version,
        personKind: share.personKind,
        ...this.meta(),
      };
      await db.reportReactions.add(reaction);
      await this.audit('create', 'reportReactions', reaction.id, report.childId);
      return reaction;
    });
  }

  /** Stores a person's reaction exactly as given; a staff note is kept apart. */
  recordReaction(id: Id, input: ReactionInput): Promise<ReportReaction> {
    const sections = Object.fromEntries(
      Object.entries(input.sections).filter(
        ([, section]) => section && (section.choice || section.text !== ''),
      ),
    );
    return this.addReaction(id, {
      personId: input.personId,
      outcome: 'reacted',
      sections,
      receivedOn: input.receivedOn,
      source: input.source,
      ...(input.staffNote?.trim() ? { staffNote: input.staffNote } : {}),
    });
  }

  /** Records "geen reactie ontvangen" for a person whose period has passed. */
  recordNoReaction(id: Id, personId: Id, staffNote?: string): Promise<ReportReaction> {
    return this.addReaction(id, {
      personId,
      outcome: 'noReaction',
      sections: {},
      receivedOn: this.today(),
      ...(staffNote?.trim() ? { staffNote } : {}),
    });
  }

  /** The staff note beside a reaction: the only part of a reaction that can change. */
  async setStaffNote(reactionId: Id, staffNote: string): Promise<ReportReaction> {
    const { db } = this;
    return db.transaction('rw', [db.reportReactions, db.auditLog], async () => {
      const reaction = await db.reportReactions.get(reactionId);
      if (!reaction) throw new NotFoundError('reportReactions');
      const next: ReportReaction = {
        ...reaction,
        staffNote: staffNote.trim() ? staffNote : undefined,
        ...this.meta(reaction),
      };
      await db.reportReactions.put(next);
      await this.audit('update', 'reportReactions', reactionId, reaction.childId);
      return next;
    });
  }

  /** shared → final: every person shared with has reacted or has "geen reactie ontvangen" recorded. */
  async finalize(id: Id): Promise<Report> {
    const { db } = this;
    return db.transaction(
      'rw',
      [db.reports, db.reportVersions, db.reportReactions, db.auditLog],
      async () => {
        const report = await this.current(id);
        const reactions = await db.reportReactions.where('reportId').equals(id).toArray();
        const next = finalizeReport(report, reactions, this.today(), this.ctx.staffId);
        const version = (await db.reportVersions.where('reportId').equals(id).toArray()).find(
          (candidate) => candidate.version === report.version,
        );
        if (version) await db.reportVersions.put({ ...version, finalizedOn: next.finalizedOn });
        return this.save(next, report);
      },
    );
  }

  /** A correction after sharing: a new draft version; the shared version stays with its reactions. */
  async correct(id: Id): Promise<Report> {
    const { db } = this;
    return db.transaction('rw', [db.reports, db.reportVersions, db.auditLog], async () => {
      const report = await this.current(id);
      const next = correctReport(report);
      const version = (await db.reportVersions.where('reportId').equals(id).toArray()).find(
        (candidate) => candidate.version === report.version,
      );
      if (version)
        await db.reportVersions.put({
          ...version,
          shares: report.shares,
          supersededAt: this.ctx.now().toISOString(),
        });
      return this.save(next, report);
    });
  }

  /** Only a draft that was never shared can be deleted; anything shared stays on record. */
  async remove(id: Id): Promise<void> {
    const { db } = this;
    await db.transaction('rw', [db.reports, db.reportVersions, db.auditLog], async () => {
      const report = await this.current(id);
      const frozen = await db.reportVersions.where('reportId').equals(id).count();
      if (!isEditable(report) || frozen > 0) throw new ReportTransitionError('notEditable');
      await db.reports.delete(id);
      await this.audit('delete', 'reports', id, report.childId);
    });
  }
}
