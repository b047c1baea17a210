// The "Rapportages" tab of a child: the reports as a table, the chosen one below it, and writing one
// in a drawer.
import { Anchor, Button, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { reactionState, type Report } from '../../domain/reports';
import { formatDate } from '../../i18n/format';
import { DataTable, type Column } from '../../ui/components/DataTable';
import { EmptyState } from '../../ui/components/EmptyState';
import { PageHeader } from '../../ui/components/PageHeader';
import { useToday } from '../../ui/useToday';
import { useChildFromRoute } from '../children/useChildFromRoute';
import { useFamilyMembers } from '../family/useFamily';
import { useGoals } from '../goals/useGoals';
import { ReportDetail } from './ReportDetail';
import { ReportForm } from './ReportForm';
import { ReportStatusBadge } from './ReportStatusBadge';
import { useChildReports, useReportCommands } from './useReports';

export function ReportsPage() {
  const { t, i18n } = useTranslation(['reports', 'common']);
  const child = useChildFromRoute();
  const data = useChildReports(child.id);
  const family = useFamilyMembers(child.id);
  const goals = useGoals(child.id);
  const commands = useReportCommands();
  const today = useToday();
  // The dashboard links to one report with `?report=<id>`: it opens chosen.
  const [params] = useSearchParams();
  const [selected, setSelected] = useState<string | null>(params.get('report'));
  const [editing, setEditing] = useState<Report | 'new' | null>(null);
  const date = (iso: string) => formatDate(iso, i18n.language);

  const answered = (report: Report) =>
    report.shares.filter((share) => {
      const own = (data?.reactions ?? []).filter((reaction) => reaction.reportId === report.id);
      const state = reactionState(share, report.version, own, today);
      return state.kind === 'reacted' || state.kind === 'noReactionRecorded';
    }).length;

  const columns: Column<Report>[] = [
    {
      accessor: 'kind',
      title: t('columns.kind'),
      sortValue: (report) => report.kind,
      render: (report) => (
        <Anchor component="button" type="button" fw={600} onClick={() => setSelected(report.id)}>
          {report.kind === 'custom' ? report.customKind : t(`kinds.${report.kind}`)}
        </Anchor>
      ),
    },
    {
      accessor: 'periodTo',
      title: t('columns.period'),
      sortValue: (report) => report.periodTo,
      render: (report) => (
        <span className="tabular">{`${date(report.periodFrom)} – ${date(report.periodTo)}`}</span>
      ),
    },
    {
      accessor: 'status',
      title: t('columns.status'),
      sortValue: (report) => report.status,
      render: (report) => <ReportStatusBadge status={report.status} />,
    },
    { accessor: 'version', title: t('columns.version'), sortValue: (report) => report.version },
    {
      accessor: 'reactions',
      title: t('columns.reactions'),
      render: (report) => (report.shares.length > 0 ? `${answered(report)} / ${report.shares.length}` : '—'),
    },
  ];

  const editingReport = editing === 'new' ? undefined : (editing ?? undefined);
  return (
    <Stack component="section" aria-labelledby="reports-heading">
      <PageHeader
        id="reports-heading"
        level={2}
        title={t('title')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            {t('add')}
          </Button>
        }
      />
      <DataTable
        label={t('title')}
        records={data?.reports}
        columns={columns}
        initialSort={{ column: 'periodTo', direction: 'desc' }}
        rowLabel={(report) => `${t(`kinds.${report.kind}`)} ${date(report.periodFrom)}`}
        empty={<EmptyState>{t('empty')}</EmptyState>}
      />
      {selected && data?.reports.some((report) => report.id === selected) ? (
        <ReportDetail
          key={selected}
          reportId={selected}
          onEdit={() => setEditing(data?.reports.find((report) => report.id === selected) ?? null)}
        />
      ) : null}
      {editing && family && goals ? (
        <ReportForm
          key={editingReport?.id ?? 'new'}
          family={family}
          goals={goals}
          report={editingReport}
          authorId={commands.staffId}
          opened
          onClose={() => setEditing(null)}
          onSave={async (content) => {
            if (editingReport) await commands.edit(editingReport.id, content);
            else setSelected((await commands.create(child.id, content)).id);
          }}
        />
      ) : null}
    </Stack>
  );
}
