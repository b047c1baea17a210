// Report hooks: a child's reports, one report with its versions and reactions, the commands of the state
// machine, the Word export, reading a returned file back, and what the dashboard counts down.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { reportsAwaitingReaction, type ReportContent, type ReportWaitingItem } from '../../domain/reports';
import type { Id } from '../../domain/types';
import type { ExportLanguage } from '../../export';
import type { PersonReading, ReadResult } from '../../export/reportReaction';
import { documentFileName } from '../../export/fileNames';
import type { ReactionInput } from '../../data/repositories';
import { exportT } from '../../i18n';
import { usePlatform, useRepos, useSessionState } from '../../ui/AppContext';
import { localToday } from '../../ui/useToday';
import { saveDocx, DOCX_FILTERS } from '../exports/saveDocx';

export function useChildReports(childId: Id) {
  const repos = useRepos();
  return useLiveQuery(async () => {
    const [reports, reactions] = await Promise.all([
      repos.reports.byChild(childId),
      repos.reports.reactionsByChild(childId),
    ]);
    return {
      reports: reports.sort(
        (a, b) => b.periodTo.localeCompare(a.periodTo) || b.createdAt.localeCompare(a.createdAt),
      ),
      reactions,
    };
  }, [repos, childId]);
}

/** A child's shared report versions and the reactions on them (for the evaluation's "what parents said"). */
export function useSharedReports(childId: Id) {
  const repos = useRepos();
  return useLiveQuery(() => repos.reports.sharedByChild(childId), [repos, childId]);
}

/** One report with its frozen versions, reactions, child, family and staff (for names). */
export function useReportRecords(reportId: Id | undefined) {
  const repos = useRepos();
  return useLiveQuery(() => (reportId ? repos.reports.records(reportId) : undefined), [repos, reportId]);
}

export function useReportCommands() {
  const repos = useRepos();
  return {
    create: (childId: Id, content: ReportContent) => repos.reports.create(childId, content),
    edit: (id: Id, content: Partial<ReportContent>) => repos.reports.edit(id, content),
    check: (id: Id) => repos.reports.check(id),
    share: (id: Id, input: Parameters<typeof repos.reports.share>[1]) => repos.reports.share(id, input),
    recordReaction: (id: Id, input: ReactionInput) => repos.reports.recordReaction(id, input),
    recordNoReaction: (id: Id, personId: Id) => repos.reports.recordNoReaction(id, personId),
    finalize: (id: Id) => repos.reports.finalize(id),
    correct: (id: Id) => repos.reports.correct(id),
    remove: (id: Id) => repos.reports.remove(id),
    staffId: repos.session.staffId,
  };
}

/** The Word export: the record copy, or a copy to fill in for the given people, in their language. */
export function useReportExport() {
  const repos = useRepos();
  const { home } = useSessionState();
  const { platform } = usePlatform();
  return useCallback(
    async (reportId: Id, options: { personIds: readonly Id[]; language: ExportLanguage }) => {
      const { buildReport, reportDocumentModel } = await import('../../export');
      const records = await repos.reports.records(reportId);
      const today = localToday();
      const model = reportDocumentModel(records, {
        homeName: home.name,
        exportDate: today,
        reactionPartsFor: options.personIds,
      });
      const bytes = await buildReport(model, await exportT(options.language), options.language);
      const fileName = documentFileName('report', records.child.name, today, options.language);
      const result = await saveDocx(platform, fileName, bytes);
      if (result.saved) await repos.audit.recordExport('report', records.child.id);
      return result;
    },
    [repos, home.name, platform],
  );
}

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'refused'; refusal: Extract<ReadResult, { ok: false }>['refusal'] }
  | { step: 'preview'; fileName: string; result: Extract<ReadResult, { ok: true }> }
  | { step: 'stored'; count: number };

/** "Reactie inlezen": read a returned file, show what would be stored, then store it verbatim. */
export function useReactionImport(reportId: Id) {
  const repos = useRepos();
  const { platform } = usePlatform();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const pick = useCallback(async () => {
    const file = await platform.openFile(DOCX_FILTERS);
    if (!file) return;
    setState({ step: 'reading' });
    const [{ readReturnedReport }, { expectedReport }] = await Promise.all([
      import('../../export/reportReaction'),
      import('../../export/reportModel'),
    ]);
    const records = await repos.reports.records(reportId);
    const result = await readReturnedReport(file.bytes, expectedReport(records));
    setState(
      result.ok
        ? { step: 'preview', fileName: file.name, result }
        : { step: 'refused', refusal: result.refusal },
    );
  }, [platform, repos, reportId]);
  const store = useCallback(
    async (persons: readonly PersonReading[], receivedOn: string) => {
      const filled = persons.filter((person) => !person.empty);
      for (const person of filled)
        await repos.reports.recordReaction(reportId, {
          personId: person.personId,
          sections: person.sections,
          receivedOn,
          source: 'returnedDocument',
        });
      setState({ step: 'stored', count: filled.length });
    },
    [repos, reportId],
  );
  const reset = useCallback(() => setState({ step: 'idle' }), []);
  return { state, pick, store, reset };
}

export interface ReportsAwaiting {
  items: ReportWaitingItem[];
  /** Names of the children and family members the items are about, by id. */
  names: ReadonlyMap<Id, string>;
}

/** For the dashboard: per shared report and person, waiting (days left) or period passed. */
export function useReportsAwaiting(today: string): ReportsAwaiting | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => {
    const { reports, reactions } = await repos.reports.awaitingReaction();
    const items = reportsAwaitingReaction(reports, reactions, today);
    const childIds = [...new Set(items.map((item) => item.childId))];
    const personIds = [
      ...new Set(items.filter((item) => item.personKind !== 'youth').map((item) => item.personId)),
    ];
    const [children, persons] = await Promise.all([
      Promise.all(childIds.map((id) => repos.children.get(id))),
      Promise.all(personIds.map((id) => repos.familyMembers.get(id))),
    ]);
    const names = new Map<Id, string>();
    for (const record of [...children, ...persons]) if (record) names.set(record.id, record.name);
    return { items, names };
  }, [repos, today]);
}

/** The home's reaction period in weeks (default 4), and saving a new one. */
export function useReportSettings() {
  const repos = useRepos();
  const settings = useLiveQuery(() => repos.reports.settings(), [repos]);
  return { settings, save: (weeks: number) => repos.reports.setReactionPeriodWeeks(weeks) };
}
