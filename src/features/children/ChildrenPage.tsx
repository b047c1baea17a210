// The list of children in the home: a sortable, filterable table with how things stand per child
// (contact with the parents, next evaluation, open actions, contact person); active placements first.
import { Anchor, Button, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentMentor } from '../../domain/mentors';
import { hasPlacementEnded } from '../../domain/placements';
import type { Child } from '../../domain/types';
import { DataTable, type Column } from '../../ui/components/DataTable';
import { EmptyState } from '../../ui/components/EmptyState';
import { PageHeader } from '../../ui/components/PageHeader';
import { RelativeDate } from '../../ui/components/RelativeDate';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { useToday } from '../../ui/useToday';
import { childStatusSummary, CONTACT_TONE, EVALUATION_TONE } from './childStatus';
import { useChildrenStatus } from './useChildren';

const CONTACT_RANK = { overdue: 0, due: 1, onTrack: 2, notApplicable: 3 } as const;

export function ChildrenPage() {
  const { t } = useTranslation(['children', 'common']);
  const today = useToday();
  const data = useChildrenStatus(today);
  const staffName = (id?: string) => data?.staff.find((member) => member.id === id)?.name ?? '';
  const rows = data?.children
    .map((child) => {
      const status = childStatusSummary(
        child,
        {
          lastNormContact: data.normContacts.find((contact) => contact.childId === child.id),
          lastEvaluation: data.evaluations.find((evaluation) => evaluation.childId === child.id),
          openFollowUpContacts: data.openFollowUpContacts,
        },
        today,
      );
      return { ...child, status, ended: hasPlacementEnded(child, today) };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  type Row = NonNullable<typeof rows>[number];
  const mentorOf = (child: Child) => staffName(currentMentor(child, today)?.staffId);
  const notApplicable = (
    <Text span size="sm" c="dimmed">
      —
    </Text>
  );

  const columns: Column<Row>[] = [
    {
      accessor: 'name',
      title: t('form.name'),
      sortValue: (child) => child.name,
      render: (child) => (
        <Anchor component={Link} to={`/children/${child.id}`} fw={600}>
          {child.name}
        </Anchor>
      ),
    },
    {
      accessor: 'legalFramework',
      title: t('list.legalFramework'),
      sortValue: (child) => t(`legalFrameworksShort.${child.legalFramework}`),
      render: (child) => t(`legalFrameworksShort.${child.legalFramework}`),
    },
    {
      accessor: 'contactNorm',
      title: t('list.contactNorm'),
      sortValue: (child) => CONTACT_RANK[child.status.contact.status],
      render: (child) =>
        child.ended ? (
          notApplicable
        ) : (
          <StatusBadge
            tone={CONTACT_TONE[child.status.contact.status]}
            label={t(`list.contact.${child.status.contact.status}`)}
          />
        ),
    },
    {
      accessor: 'nextEvaluation',
      title: t('list.nextEvaluation'),
      sortValue: (child) => (child.ended ? undefined : child.status.nextEvaluation),
      render: (child) =>
        child.ended ? (
          notApplicable
        ) : (
          <Text
            span
            size="sm"
            c={EVALUATION_TONE[child.status.evaluation] === 'overdue' ? 'red.9' : undefined}
            fw={child.status.evaluation === 'overdue' ? 600 : undefined}
          >
            <RelativeDate date={child.status.nextEvaluation} />
          </Text>
        ),
    },
    {
      accessor: 'openActions',
      title: t('list.openActions'),
      sortValue: (child) => child.status.actions.open,
      render: (child) =>
        child.status.actions.overdue > 0 ? (
          <Text span size="sm" c="red.9" fw={600} className="tabular">
            {t('list.actionsOverdue', {
              count: child.status.actions.open,
              overdue: child.status.actions.overdue,
            })}
          </Text>
        ) : (
          <span className="tabular">{child.status.actions.open}</span>
        ),
    },
    {
      accessor: 'contactPerson',
      title: t('header.contactPerson'),
      sortValue: (child) => staffName(child.contactPersonId),
      render: (child) =>
        staffName(child.contactPersonId) || (
          <Text span size="sm" c="dimmed">
            {t('header.nobody')}
          </Text>
        ),
    },
    { accessor: 'mentor', title: t('form.mentor'), sortValue: mentorOf, render: mentorOf },
    {
      accessor: 'placementState',
      title: t('placementState'),
      width: 130,
      sortValue: (child) => (child.ended ? 1 : 0),
      render: (child) =>
        child.ended ? (
          <StatusBadge tone="ended" label={t('ended')} />
        ) : (
          <StatusBadge tone="onTrack" label={t('active')} />
        ),
    },
  ];

  return (
    <section aria-labelledby="children-heading">
      <PageHeader
        id="children-heading"
        title={t('title')}
        actions={
          <Button component={Link} to="/children/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('add')}
          </Button>
        }
      />
      <DataTable
        label={t('title')}
        records={rows}
        columns={columns}
        initialSort={{ column: 'placementState', direction: 'asc' }}
        filterText={(child) => child.name}
        empty={
          <EmptyState
            action={
              <Button component={Link} to="/children/new" variant="light">
                {t('add')}
              </Button>
            }
          >
            {t('empty')}
          </EmptyState>
        }
      />
    </section>
  );
}
