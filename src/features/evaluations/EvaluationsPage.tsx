// The "Evaluaties" tab: when the next evaluation is due, preparing the meeting (the Word document),
// recording one, and earlier evaluations in a table; one opens in full in a drawer.
import { ActionIcon, Button, Group, Paper, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconEye, IconFileText, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluationStatus, nextEvaluationDue } from '../../domain/evaluations';
import type { Evaluation } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { DataTable, type Column } from '../../ui/components/DataTable';
import { EmptyState } from '../../ui/components/EmptyState';
import { FormDrawer } from '../../ui/components/FormDrawer';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { TabHeader } from '../../ui/components/TabHeader';
import { useRepos } from '../../ui/AppContext';
import { useToday } from '../../ui/useToday';
import { useAgreements } from '../agreements/useAgreements';
import { useChildFromRoute } from '../children/useChildFromRoute';
import { MeetingPrepForm } from '../exports/SimpleDocumentCards';
import { useFamilyMembers } from '../family/useFamily';
import { useGoals } from '../goals/useGoals';
import { useStaffList } from '../staff/useStaff';
import { EvaluationDetails } from './EvaluationDetails';
import { EvaluationForm } from './EvaluationForm';
import { useEvaluationCommands, useEvaluations } from './useEvaluations';

const TONES = { overdue: 'overdue', dueSoon: 'due', planned: 'onTrack', notApplicable: 'ended' } as const;

type Open = { kind: 'new' } | { kind: 'prepare' } | { kind: 'edit' | 'view'; evaluation: Evaluation } | null;

export function EvaluationsPage() {
  const { t, i18n } = useTranslation(['evaluations', 'common']);
  const child = useChildFromRoute();
  const today = useToday();
  const repos = useRepos();
  const evaluations = useEvaluations(child.id);
  const agreements = useAgreements(child.id);
  const goals = useGoals(child.id);
  const family = useFamilyMembers(child.id);
  const staff = useStaffList();
  const { save } = useEvaluationCommands();
  const [open, setOpen] = useState<Open>(null);
  const [dirty, setDirty] = useState(false);
  if (!evaluations || !agreements || !goals || !family || !staff)
    return <Text role="status">{t('common:loading')}</Text>;
  const date = (iso?: string) => formatDate(iso, i18n.language);
  const status = evaluationStatus(evaluations, child, today);
  const due = nextEvaluationDue(evaluations, child);
  const close = () => {
    setOpen(null);
    setDirty(false);
  };
  const live = (evaluation: Evaluation) =>
    evaluations.find((candidate) => candidate.id === evaluation.id) ?? evaluation;
  const memberName = (id: string) => family.find((member) => member.id === id)?.name;

  const columns: Column<Evaluation>[] = [
    {
      accessor: 'heldOn',
      title: t('form.heldOn'),
      width: 130,
      sortValue: (evaluation) => evaluation.heldOn,
      render: (evaluation) => <span className="tabular">{date(evaluation.heldOn)}</span>,
    },
    {
      accessor: 'attendeeIds',
      title: t('list.attendees'),
      width: 220,
      render: (evaluation) => {
        const names = (evaluation.attendeeIds ?? []).map(memberName).filter(Boolean);
        return names.length > 0 ? (
          <Text size="sm">{names.join(', ')}</Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('common:notFilledIn')}
          </Text>
        );
      },
    },
    {
      accessor: 'parentsExperience',
      title: t('list.parents'),
      render: (evaluation) =>
        evaluation.parentsExperience ? (
          <Text size="sm" lineClamp={2}>
            {evaluation.parentsExperience}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {evaluation.parentsViewNotGiven ? t('list.parentsDidNotReact') : t('common:notFilledIn')}
          </Text>
        ),
    },
    {
      accessor: 'shouldChange',
      title: t('form.shouldChange'),
      render: (evaluation) => (
        <Text size="sm" lineClamp={2} c={evaluation.shouldChange ? undefined : 'dimmed'}>
          {evaluation.shouldChange || t('common:notFilledIn')}
        </Text>
      ),
    },
    {
      accessor: 'actions',
      title: <VisuallyHidden>{t('common:actions')}</VisuallyHidden>,
      textAlign: 'right',
      width: 92,
      render: (evaluation) => (
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Tooltip label={t('list.view')}>
            <ActionIcon
              variant="subtle"
              aria-label={t('list.viewFor', { date: date(evaluation.heldOn) })}
              onClick={() => setOpen({ kind: 'view', evaluation })}
            >
              <IconEye size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('common:edit')}>
            <ActionIcon
              variant="subtle"
              aria-label={t('list.editFor', { date: date(evaluation.heldOn) })}
              onClick={() => setOpen({ kind: 'edit', evaluation })}
            >
              <IconPencil size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      ),
    },
  ];

  const drawerTitle =
    open?.kind === 'new'
      ? t('form.newTitle')
      : open?.kind === 'prepare'
        ? t('prepare.title')
        : open?.kind === 'edit'
          ? t('form.editTitle')
          : open?.kind === 'view'
            ? t('heldOn', { date: date(open.evaluation.heldOn) })
            : '';

  return (
    <section aria-labelledby="evaluations-heading">
      <TabHeader
        id="evaluations-heading"
        title={t('title')}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconFileText size={16} aria-hidden />}
              onClick={() => setOpen({ kind: 'prepare' })}
            >
              {t('prepare.open')}
            </Button>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setOpen({ kind: 'new' })}>
              {t('add')}
            </Button>
          </>
        }
      />
      <Stack gap="md">
        <Paper withBorder p="md" radius="md">
          <Group gap="sm" role="status">
            <StatusBadge tone={TONES[status]} label={t(`status.${status}`)} />
            <Text size="sm">{t('next', { date: date(due), months: child.evaluationIntervalMonths })}</Text>
          </Group>
        </Paper>
        <DataTable
          label={t('list.title')}
          records={evaluations}
          columns={columns}
          initialSort={{ column: 'heldOn', direction: 'desc' }}
          empty={<EmptyState>{t('empty')}</EmptyState>}
        />
      </Stack>
      <FormDrawer
        title={drawerTitle}
        opened={open !== null}
        onClose={close}
        dirty={dirty && (open?.kind === 'new' || open?.kind === 'edit')}
        size={open?.kind === 'prepare' ? 'lg' : 'xl'}
      >
        {open?.kind === 'prepare' ? (
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('prepare.intro')}
            </Text>
            <MeetingPrepForm
              child={child}
              defaultLanguage={i18n.language === 'en' ? 'en' : 'nl'}
              defaultDate={due < today ? today : due}
            />
          </Stack>
        ) : open?.kind === 'view' ? (
          <EvaluationDetails
            evaluation={live(open.evaluation)}
            family={family}
            staff={staff}
            goals={goals}
            agreements={agreements}
            onEdit={() => setOpen({ kind: 'edit', evaluation: live(open.evaluation) })}
          />
        ) : open?.kind === 'new' || open?.kind === 'edit' ? (
          <EvaluationForm
            key={open.kind === 'new' ? 'new' : open.evaluation.id}
            childId={child.id}
            child={child}
            evaluations={evaluations}
            evaluation={open.kind === 'new' ? undefined : open.evaluation}
            agreements={agreements}
            goals={goals}
            family={family}
            signedInStaffId={repos.session.staffId}
            onSave={(draft, basedOn) =>
              save(open.kind === 'new' ? undefined : open.evaluation, draft, basedOn)
            }
            onDone={close}
            onDirtyChange={setDirty}
          />
        ) : null}
      </FormDrawer>
    </section>
  );
}
