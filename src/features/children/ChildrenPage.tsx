// The list of children in the home: a sortable, filterable table; active placements first.
import { Anchor, Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentMentor } from '../../domain/mentors';
import { hasPlacementEnded } from '../../domain/placements';
import type { Child } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { DataTable, type Column } from '../../ui/components/DataTable';
import { EmptyState } from '../../ui/components/EmptyState';
import { PageHeader } from '../../ui/components/PageHeader';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { useToday } from '../../ui/useToday';
import { useStaffList } from '../staff/useStaff';
import { useChildrenList } from './useChildren';

export function ChildrenPage() {
  const { t, i18n } = useTranslation(['children', 'common']);
  const children = useChildrenList();
  const staff = useStaffList();
  const today = useToday();
  const staffName = (id?: string) => staff?.find((member) => member.id === id)?.name ?? '';
  const mentorOf = (child: Child) => staffName(currentMentor(child, today)?.staffId);
  const ended = (child: Child) => hasPlacementEnded(child, today);

  const columns: Column<Child>[] = [
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
      accessor: 'birthDate',
      title: t('form.birthDate'),
      sortValue: (child) => child.birthDate,
      render: (child) => <span className="tabular">{formatDate(child.birthDate, i18n.language)}</span>,
    },
    {
      accessor: 'placementStart',
      title: t('form.placementStart'),
      sortValue: (child) => child.placementStart,
      render: (child) => <span className="tabular">{formatDate(child.placementStart, i18n.language)}</span>,
    },
    {
      accessor: 'legalFramework',
      title: t('form.legalFramework'),
      sortValue: (child) => t(`legalFrameworks.${child.legalFramework}`),
      render: (child) => t(`legalFrameworks.${child.legalFramework}`),
    },
    { accessor: 'mentor', title: t('form.mentor'), sortValue: mentorOf, render: mentorOf },
    {
      accessor: 'placementState',
      title: t('placementState'),
      sortValue: (child) => (ended(child) ? 1 : 0),
      render: (child) =>
        ended(child) ? (
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
        records={children}
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
