// The coordinator's audit log: whether its chain is intact, who did what about which child, when;
// filter by action, person, child and period. Children's names are decrypted for the screen only: the
// entries hold the child's id.
import { Anchor, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AUDIT_ACTIONS, type AuditAction, type AuditEntry } from '../../domain/types';
import { formatDateTime } from '../../i18n/format';
import { DataTable, type Column } from '../../ui/components/DataTable';
import { DateField } from '../../ui/components/DateField';
import { EmptyState } from '../../ui/components/EmptyState';
import { PageHeader } from '../../ui/components/PageHeader';
import { useChildrenList } from '../children/useChildren';
import { useStaffList } from '../staff/useStaff';
import { AuditChainStatus } from './AuditChainStatus';
import { useAuditChain, useAuditLog } from './useAudit';

export function AuditPage() {
  const { t, i18n } = useTranslation(['audit', 'common']);
  const staff = useStaffList();
  const children = useChildrenList();
  const chain = useAuditChain();
  const [action, setAction] = useState<string | null>(null);
  const [staffId, setStaffId] = useState<string | null>(null);
  const [childId, setChildId] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const entries = useAuditLog({
    action: (action ?? undefined) as AuditAction | undefined,
    staffId: staffId ?? undefined,
    childId: childId ?? undefined,
    from: from || undefined,
    to: to || undefined,
  });
  const staffName = (id?: string) => staff?.find((member) => member.id === id)?.name ?? t('unknownStaff');
  const childOf = (id?: string) => (id ? children?.find((child) => child.id === id) : undefined);
  const entityLabel = (entity: string) => t(`entities.${entity.replace(':', '_')}`, { defaultValue: entity });

  const columns: Column<AuditEntry>[] = [
    {
      accessor: 'seq',
      title: t('number'),
      sortValue: (entry) => entry.seq,
      render: (entry) => <span className="tabular">{entry.seq ?? ''}</span>,
    },
    {
      accessor: 'at',
      title: t('when'),
      sortValue: (entry) => entry.at,
      render: (entry) => <span className="tabular">{formatDateTime(entry.at, i18n.language)}</span>,
    },
    {
      accessor: 'staffId',
      title: t('staff'),
      sortValue: (entry) => staffName(entry.staffId),
      render: (entry) => staffName(entry.staffId),
    },
    {
      accessor: 'action',
      title: t('action'),
      sortValue: (entry) => t(`actions.${entry.action}`),
      render: (entry) => t(`actions.${entry.action}`),
    },
    {
      accessor: 'entity',
      title: t('entity'),
      sortValue: (entry) => entityLabel(entry.entity),
      render: (entry) => entityLabel(entry.entity),
    },
    {
      accessor: 'childId',
      title: t('child'),
      sortValue: (entry) => (entry.childId ? (childOf(entry.childId)?.name ?? '~') : undefined),
      render: (entry) => {
        if (!entry.childId) return <Text c="dimmed">{t('noChild')}</Text>;
        const child = childOf(entry.childId);
        return child ? (
          <Anchor component={Link} to={`/children/${child.id}`}>
            {child.name}
          </Anchor>
        ) : (
          <Text c="dimmed">{t('common:removedPerson')}</Text>
        );
      },
    },
  ];

  return (
    <Stack gap="md" component="section" aria-labelledby="audit-heading">
      <PageHeader id="audit-heading" title={t('title')} description={t('intro')} />
      <AuditChainStatus check={chain} />
      <Group gap="sm" align="flex-end" role="search" aria-label={t('filters')}>
        <Select
          label={t('child')}
          placeholder={t('all')}
          value={childId}
          onChange={setChildId}
          data={(children ?? []).map((child) => ({ value: child.id, label: child.name }))}
          searchable
          clearable
          w={220}
        />
        <Select
          label={t('action')}
          placeholder={t('all')}
          value={action}
          onChange={setAction}
          data={AUDIT_ACTIONS.map((value) => ({ value, label: t(`actions.${value}`) }))}
          searchable
          clearable
          w={220}
        />
        <Select
          label={t('staff')}
          placeholder={t('all')}
          value={staffId}
          onChange={setStaffId}
          data={(staff ?? []).map((member) => ({ value: member.id, label: member.name }))}
          searchable
          clearable
          w={200}
        />
        <DateField label={t('from')} value={from} onChange={setFrom} w={170} />
        <DateField label={t('to')} value={to} onChange={setTo} w={170} />
      </Group>
      <DataTable
        label={t('title')}
        records={entries}
        columns={columns}
        initialSort={{ column: 'seq', direction: 'desc' }}
        empty={<EmptyState>{t('empty')}</EmptyState>}
      />
    </Stack>
  );
}
