// One report: its text, who it was shared with and where each reaction stands, and the next steps
// the state machine allows (check, share, record or read a reaction, make final, correct, export).
import { Blockquote, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_SECTIONS, reactionState, reportRecipients, type ReactionState } from '../../domain/reports';
import { documentLanguageFor } from '../../export/reportModel';
import { formatDate } from '../../i18n/format';
import { notifyFailed, notifySaved } from '../../ui/components/notify';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { useToday } from '../../ui/useToday';
import { ReactionForm, ShareForm } from './ReportActionForms';
import { reportErrorMessage } from './reportErrors';
import { ReactionImport } from './ReactionImport';
import { ReportStatusBadge } from './ReportStatusBadge';
import { useReportCommands, useReportExport, useReportRecords } from './useReports';

type Drawer = 'share' | 'reaction' | 'import' | null;

export function ReportDetail({ reportId, onEdit }: { reportId: string; onEdit: () => void }) {
  const { t, i18n } = useTranslation('reports');
  const records = useReportRecords(reportId);
  const commands = useReportCommands();
  const exportReport = useReportExport();
  const today = useToday();
  const [drawer, setDrawer] = useState<Drawer>(null);
  if (!records) return <Text role="status">{t('import.reading')}</Text>;
  const { report, child, familyMembers, staff, reactions } = records;
  const date = (iso?: string) => formatDate(iso, i18n.language);
  const names: Record<string, string> = { [child.id]: child.name };
  for (const member of [...familyMembers, ...staff]) names[member.id] = member.name;
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      notifySaved(t('saved'));
    } catch (error) {
      notifyFailed(reportErrorMessage(t, error));
    }
  };
  const stillToShare = reportRecipients(child, familyMembers, today).filter(
    (person) => !report.shares.some((share) => share.personId === person.personId),
  );
  const clock = (state: ReactionState) => {
    switch (state.kind) {
      case 'waiting':
        return state.daysLeft === 0 ? (
          <StatusBadge tone="due" label={t('clock.waitingToday')} tooltip={date(state.dueOn)} />
        ) : (
          <StatusBadge
            tone={state.daysLeft <= 7 ? 'due' : 'info'}
            label={t('clock.waiting', { count: state.daysLeft })}
            tooltip={date(state.dueOn)}
          />
        );
      case 'periodPassed':
        return <StatusBadge tone="overdue" label={t('clock.passed', { date: date(state.dueOn) })} />;
      case 'reacted':
        return <StatusBadge tone="onTrack" label={t('clock.reacted', { date: date(state.on) })} />;
      case 'noReactionRecorded':
        return <StatusBadge tone="ended" label={t('clock.noReaction')} />;
    }
  };
  const language = (personId: string) =>
    documentLanguageFor(familyMembers.find((member) => member.id === personId)?.preferredLanguage);
  const save = (personIds: string[], lng: 'nl' | 'en') =>
    run(async () => {
      const result = await exportReport(report.id, { personIds, language: lng });
      if (!result.saved) throw new Error('cancelled');
    });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="report-heading">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={2} id="report-heading">
              {report.kind === 'custom' ? report.customKind : t(`kinds.${report.kind}`)} ·{' '}
              {date(report.periodFrom)} – {date(report.periodTo)}
            </Title>
            <Group gap="xs">
              <ReportStatusBadge status={report.status} />
              <Text size="sm" c="dimmed">
                {t('detail.version', { version: report.version })} · {t('detail.author')}:{' '}
                {names[report.authorId] ?? ''} ·{' '}
                {report.checkedBy
                  ? `${t('detail.checker')}: ${names[report.checkedBy] ?? ''} (${date(report.checkedOn)})`
                  : t('detail.notChecked')}
              </Text>
            </Group>
          </Stack>
        </Group>
        <Group gap="sm">
          {report.status === 'draft' || report.status === 'checked' ? (
            <Button variant="default" onClick={onEdit}>
              {t('actions.edit')}
            </Button>
          ) : null}
          {report.status === 'draft' ? (
            <Button onClick={() => run(() => commands.check(report.id))}>{t('actions.check')}</Button>
          ) : null}
          {(report.status === 'checked' || report.status === 'shared') && stillToShare.length > 0 ? (
            <Button
              variant={report.status === 'checked' ? 'filled' : 'default'}
              onClick={() => setDrawer('share')}
            >
              {t('actions.share')}
            </Button>
          ) : null}
          {report.status === 'shared' ? (
            <>
              <Button variant="default" onClick={() => setDrawer('reaction')}>
                {t('actions.reaction')}
              </Button>
              <Button variant="default" onClick={() => setDrawer('import')}>
                {t('actions.import')}
              </Button>
              <Button variant="default" onClick={() => run(() => commands.finalize(report.id))}>
                {t('actions.finalize')}
              </Button>
            </>
          ) : null}
          {report.status === 'shared' || report.status === 'final' ? (
            <Button variant="subtle" onClick={() => run(() => commands.correct(report.id))}>
              {t('actions.correct')}
            </Button>
          ) : null}
        </Group>
        <Group gap="sm">
          <Button
            variant="light"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => save([], i18n.language === 'en' ? 'en' : 'nl')}
          >
            {t('actions.exportRecord')}
          </Button>
          {report.status === 'shared'
            ? report.shares.map((share) => (
                <Button
                  key={share.personId}
                  variant="light"
                  leftSection={<IconDownload size={16} aria-hidden />}
                  onClick={() => save([share.personId], language(share.personId))}
                >
                  {t('actions.exportFor', { name: names[share.personId] ?? '' })}
                </Button>
              ))
            : null}
        </Group>

        <Title order={3}>{t('detail.sharedWith')}</Title>
        {report.shares.length === 0 ? (
          <Text c="dimmed">{t('detail.notShared')}</Text>
        ) : (
          <Table aria-label={t('detail.sharedWith')}>
            <Table.Tbody>
              {report.shares.map((share) => {
                const state = reactionState(share, report.version, reactions, today);
                return (
                  <Table.Tr key={share.personId}>
                    <Table.Td>{names[share.personId]}</Table.Td>
                    <Table.Td className="tabular">
                      {date(share.sharedOn)}, {t(`share.channels.${share.channel}`)}
                    </Table.Td>
                    <Table.Td>{clock(state)}</Table.Td>
                    <Table.Td>
                      {state.kind === 'periodPassed' ? (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => run(() => commands.recordNoReaction(report.id, share.personId))}
                        >
                          {t('actions.noReaction')}
                        </Button>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}

        {reactions
          .filter((reaction) => reaction.version === report.version && reaction.outcome === 'reacted')
          .map((reaction) => (
            <Stack key={reaction.id} gap={4}>
              <Title order={3}>{t('reaction.heading', { name: names[reaction.personId] ?? '' })}</Title>
              <Text size="sm" c="dimmed">
                {date(reaction.receivedOn)} · {t(`reaction.sources.${reaction.source ?? 'inWriting'}`)}
              </Text>
              {Object.entries(reaction.sections).map(([section, given]) => (
                <Stack key={section} gap={2}>
                  <Text fw={600}>
                    {t(`sections.${section}` as 'sections.facts')}
                    {given.choice ? `: ${t(`reaction.choices.${given.choice}`)}` : ''}
                  </Text>
                  {given.text ? (
                    <Blockquote p="xs" style={{ whiteSpace: 'pre-wrap' }}>
                      {given.text}
                    </Blockquote>
                  ) : null}
                </Stack>
              ))}
              {reaction.staffNote ? (
                <Text size="sm">
                  {t('reaction.staffNote')}: {reaction.staffNote}
                </Text>
              ) : null}
            </Stack>
          ))}

        {REPORT_SECTIONS.map((section) => {
          const text =
            section === 'parentsView'
              ? report.parentsViews
                  .map((view) => `${names[view.familyMemberId] ?? ''}: ${view.text}`)
                  .join('\n')
              : report[section];
          return (
            <Stack key={section} gap={2}>
              <Text fw={600}>{t(`sections.${section}`)}</Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{text || '—'}</Text>
            </Stack>
          );
        })}
      </Stack>
      {drawer === 'share' ? (
        <ShareForm
          opened
          onClose={() => setDrawer(null)}
          people={stillToShare}
          onShare={(input) => commands.share(report.id, input)}
        />
      ) : null}
      {drawer === 'reaction' ? (
        <ReactionForm
          opened
          onClose={() => setDrawer(null)}
          people={report.shares.map((share) => ({
            personId: share.personId,
            name: names[share.personId] ?? '',
          }))}
          onSave={(input) => commands.recordReaction(report.id, input)}
        />
      ) : null}
      {drawer === 'import' ? (
        <ReactionImport reportId={report.id} names={names} opened onClose={() => setDrawer(null)} />
      ) : null}
    </Paper>
  );
}
