// The "Evaluaties" tab: when the next evaluation is due, preparing the meeting (the Word document),
// recording one, and earlier evaluations in a table; one opens in full in a drawer.
import { Button, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconEye, IconFileText, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { evaluationStatus, nextEvaluationDue } from '../../domain/evaluations';
import type { Evaluation } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { DataTable, type Column } from '../../ui/components/DataTable';
import { EmptyState } from '../../ui/components/EmptyState';
import { FormDrawer } from '../../ui/components/FormDrawer';
import { RowAction, RowActions } from '../../ui/components/RowActions';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { AddButton, TabHeader } from '../../ui/components/TabHeader';
import { drawerTitle, useDrawerState } from '../../ui/components/useDrawerState';
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

type Open = { kind: 'new' } | { kind: 'prepare' } | { kind: 'edit' | 'view'; evaluation: Evaluation };

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
  const { open, show, close, dirty, setDirty } = useDrawerState<Open>();
  if (!evaluations || !agreements || !goals || !family || !staff)
    return <Text role="status">{t('common:loading')}</Text>;
  const date = (iso?: string) => formatDate(iso, i18n.language);
  const status = evaluationStatus(evaluations, child, today);
  const due = nextEvaluationDue(evaluations, child);
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
        <RowActions>
          <RowAction
            tooltip={t('list.view')}
            label={t('list.viewFor', { date: date(evaluation.heldOn) })}
            icon={IconEye}
            onClick={() => show({ kind: 'view', evaluation })}
          />
          <RowAction
            tooltip={t('common:edit')}
            label={t('list.editFor', { date: date(evaluation.heldOn) })}
            icon={IconPencil}
            onClick={() => show({ kind: 'edit', evaluation })}
          />
        </RowActions>
      ),
    },
  ];

  const title = drawerTitle(open, {
    new: t('form.newTitle'),
    prepare: t('prepare.title'),
    edit: t('form.editTitle'),
    view: (shown) => t('heldOn', { date: date(shown.evaluation.heldOn) }),
  });

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
              onClick={() => show({ kind: 'prepare' })}
            >
              {t('prepare.open')}
            </Button>
            <AddButton onClick={() => show({ kind: 'new' })}>{t('add')}</AddButton>
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
        title={title}
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
            onEdit={() => show({ kind: 'edit', evaluation: live(open.evaluation) })}
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
