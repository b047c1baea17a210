// The "Doelen" tab: joint goals (veranderwensen) in a table — the goal with the parents' words, status,
// target date (past it: "te laat"), latest progress — each opening its progress or its form in a drawer.
import { ActionIcon, Button, Group, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconNotes, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isGoalPastTarget } from '../../domain/goals';
import type { Goal } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { DataTable, type Column } from '../../ui/components/DataTable';
import { EmptyState } from '../../ui/components/EmptyState';
import { FormDrawer } from '../../ui/components/FormDrawer';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { TabHeader } from '../../ui/components/TabHeader';
import { useToday } from '../../ui/useToday';
import { useChildFromRoute } from '../children/useChildFromRoute';
import { useStaffList } from '../staff/useStaff';
import { GoalForm } from './GoalForm';
import { GoalProgress } from './GoalProgress';
import { useGoalCommands, useGoals } from './useGoals';

type Open = { kind: 'new' } | { kind: 'edit' | 'progress'; goal: Goal } | null;

const TONES = { active: 'info', achieved: 'onTrack', partlyAchieved: 'onTrack', stopped: 'ended' } as const;

export function GoalsPage() {
  const { t, i18n } = useTranslation(['goals', 'common']);
  const child = useChildFromRoute();
  const today = useToday();
  const goals = useGoals(child.id);
  const staff = useStaffList();
  const { save } = useGoalCommands();
  const [open, setOpen] = useState<Open>(null);
  const [dirty, setDirty] = useState(false);
  if (!goals || !staff) return <Text role="status">{t('common:loading')}</Text>;
  const date = (iso?: string) => formatDate(iso, i18n.language);
  const live = (goal: Goal) => goals.find((candidate) => candidate.id === goal.id) ?? goal;
  const close = () => {
    setOpen(null);
    setDirty(false);
  };

  const columns: Column<Goal>[] = [
    {
      accessor: 'title',
      title: t('form.title'),
      sortValue: (goal) => goal.title,
      render: (goal) => (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {goal.title}
          </Text>
          {goal.parentsWords ? (
            <Text size="xs" c="dimmed" lineClamp={1}>
              {t('list.parentsSay', { words: goal.parentsWords })}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    {
      accessor: 'status',
      title: t('form.status'),
      width: 130,
      sortValue: (goal) => t(`statuses.${goal.status}`),
      render: (goal) => <StatusBadge tone={TONES[goal.status]} label={t(`statuses.${goal.status}`)} />,
    },
    {
      accessor: 'targetDate',
      title: t('form.targetDate'),
      width: 190,
      sortValue: (goal) => goal.targetDate,
      render: (goal) =>
        isGoalPastTarget(goal, today) ? (
          <StatusBadge tone="overdue" label={t('list.pastTarget', { date: date(goal.targetDate) })} />
        ) : goal.targetDate ? (
          <span className="tabular">{date(goal.targetDate)}</span>
        ) : (
          <Text size="sm" c="dimmed">
            {t('common:notFilledIn')}
          </Text>
        ),
    },
    {
      accessor: 'progressNotes',
      title: t('progress.latest'),
      render: (goal) => {
        const latest = goal.progressNotes.at(-1);
        return latest ? (
          <Text size="sm" lineClamp={2}>
            <span className="tabular">{date(latest.on)}</span> — {latest.text}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('progress.empty')}
          </Text>
        );
      },
    },
    {
      accessor: 'actions',
      title: <VisuallyHidden>{t('common:actions')}</VisuallyHidden>,
      textAlign: 'right',
      width: 92,
      render: (goal) => (
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Tooltip label={t('progress.open')}>
            <ActionIcon
              variant="subtle"
              aria-label={t('progress.openFor', { title: goal.title })}
              onClick={() => setOpen({ kind: 'progress', goal })}
            >
              <IconNotes size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('common:edit')}>
            <ActionIcon
              variant="subtle"
              aria-label={t('list.editFor', { title: goal.title })}
              onClick={() => setOpen({ kind: 'edit', goal })}
            >
              <IconPencil size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      ),
    },
  ];

  return (
    <section aria-labelledby="goals-heading">
      <TabHeader
        id="goals-heading"
        title={t('title')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setOpen({ kind: 'new' })}>
            {t('add')}
          </Button>
        }
      />
      <DataTable
        label={t('title')}
        records={goals}
        columns={columns}
        initialSort={{ column: 'status', direction: 'asc' }}
        filterText={(goal) => `${goal.title} ${goal.parentsWords ?? ''} ${goal.childWords ?? ''}`}
        filterLabel={t('list.search')}
        empty={<EmptyState>{t('empty')}</EmptyState>}
      />
      <FormDrawer
        title={
          open?.kind === 'new'
            ? t('form.newTitle')
            : open?.kind === 'edit'
              ? t('form.editTitle')
              : open
                ? open.goal.title
                : ''
        }
        opened={open !== null}
        onClose={close}
        dirty={dirty && open?.kind !== 'progress'}
      >
        {open?.kind === 'progress' ? (
          <GoalProgress goal={live(open.goal)} staff={staff} />
        ) : open ? (
          <GoalForm
            key={open.kind === 'new' ? 'new' : open.goal.id}
            childId={child.id}
            goal={open.kind === 'new' ? undefined : open.goal}
            onSave={(draft, basedOn) => save(open.kind === 'new' ? undefined : open.goal, draft, basedOn)}
            onDone={close}
            onDirtyChange={setDirty}
          />
        ) : null}
      </FormDrawer>
    </section>
  );
}
