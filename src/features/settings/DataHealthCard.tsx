// Coordinators: records that failed to open (table, id, first seen; never content).
import { Code, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DamagedRecord } from '../../data/homes';
import { formatDateTime } from '../../i18n/format';
import { DataTable, type Column } from '../../ui/components/DataTable';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { SettingsCard } from './SettingsCard';
import { useDamagedRecords } from './useDataHealth';

type Row = DamagedRecord & { key: string };

export function DataHealthCard() {
  const { t, i18n } = useTranslation(['settings', 'audit']);
  const damaged = useDamagedRecords();
  if (damaged === undefined) return null;
  const columns: Column<Row>[] = [
    {
      accessor: 'table',
      title: t('damaged.table'),
      sortValue: (record) => record.table,
      render: (record) => t(`audit:entities.${record.table}`, { defaultValue: record.table }),
    },
    { accessor: 'id', title: t('damaged.id'), render: (record) => <Code>{record.id}</Code> },
    {
      accessor: 'firstSeen',
      title: t('damaged.firstSeen'),
      sortValue: (record) => record.firstSeen,
      render: (record) => <span className="tabular">{formatDateTime(record.firstSeen, i18n.language)}</span>,
    },
  ];
  return (
    <SettingsCard id="damaged-heading" title={t('damaged.title')}>
      {damaged.length === 0 ? (
        <StatusBadge tone="onTrack" label={t('damaged.none')} />
      ) : (
        <>
          <Text role="status">
            <strong>{t('damaged.count', { count: damaged.length })}</strong>. {t('damaged.intro')}
          </Text>
          <DataTable
            label={t('damaged.title')}
            records={damaged.map((record) => ({ ...record, key: `${record.table}:${record.id}` }))}
            idAccessor="key"
            columns={columns}
            initialSort={{ column: 'firstSeen', direction: 'desc' }}
            empty={null}
          />
        </>
      )}
    </SettingsCard>
  );
}
