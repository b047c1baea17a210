// Coordinators (Instellingen): ended placements with their retention date; destroy a file when the
// period is over, or early on a recorded request of the youth or the parents.
import { Alert, Button } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { DataTable, type Column } from '../../ui/components/DataTable';
import { EmptyState } from '../../ui/components/EmptyState';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { useToday } from '../../ui/useToday';
import { SettingsCard } from '../settings/SettingsCard';
import { DestroyChildDialog } from './DestroyChildDialog';
import { useEndedPlacements, type EndedPlacement } from './useRetention';

type Row = EndedPlacement & { id: string };

export function RetentionCard() {
  const { t, i18n } = useTranslation(['retention', 'common']);
  const today = useToday();
  const placements = useEndedPlacements(today);
  const [chosen, setChosen] = useState<{ placement: EndedPlacement; early: boolean } | null>(null);
  const [destroyed, setDestroyed] = useState(false);
  if (!placements) return null;
  const columns: Column<Row>[] = [
    {
      accessor: 'child',
      title: t('child'),
      sortValue: (row) => row.child.name,
      render: (row) => row.child.name,
    },
    {
      accessor: 'endedOn',
      title: t('endedOn'),
      sortValue: (row) => row.child.placementEndedOn,
      render: (row) => (
        <span className="tabular">{formatDate(row.child.placementEndedOn, i18n.language)}</span>
      ),
    },
    {
      accessor: 'keepUntil',
      title: t('keepUntil'),
      sortValue: (row) => row.retentionEndsOn,
      render: (row) =>
        row.pastRetention ? (
          <StatusBadge
            tone="overdue"
            label={`${formatDate(row.retentionEndsOn, i18n.language)} · ${t('past')}`}
          />
        ) : (
          <span className="tabular">{formatDate(row.retentionEndsOn, i18n.language)}</span>
        ),
    },
    {
      accessor: 'actions',
      title: t('common:actions'),
      textAlign: 'right',
      render: (row) => (
        <Button
          size="xs"
          color="red"
          variant={row.pastRetention ? 'filled' : 'light'}
          leftSection={<IconTrash size={14} aria-hidden />}
          onClick={() => setChosen({ placement: row, early: !row.pastRetention })}
          aria-label={`${row.pastRetention ? t('destroy') : t('destroyOnRequest')}: ${row.child.name}`}
        >
          {row.pastRetention ? t('destroy') : t('destroyOnRequest')}
        </Button>
      ),
    },
  ];
  return (
    <SettingsCard id="retention-heading" title={t('title')} description={t('intro')}>
      {destroyed ? (
        <Alert color="green" role="status">
          {t('destroyed')}
        </Alert>
      ) : null}
      <DataTable
        label={t('title')}
        records={placements.map((placement) => ({ ...placement, id: placement.child.id }))}
        columns={columns}
        initialSort={{ column: 'keepUntil', direction: 'asc' }}
        empty={<EmptyState>{t('none')}</EmptyState>}
      />
      <DestroyChildDialog
        chosen={chosen}
        today={today}
        onClose={() => setChosen(null)}
        onDestroyed={() => {
          setChosen(null);
          setDestroyed(true);
        }}
      />
    </SettingsCard>
  );
}
