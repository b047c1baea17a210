// The coordinator's audit log: whether its chain is intact, who did what about which child, when;
// filter by action, person, child and period.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, type AuditAction } from '../../domain/types';
import { formatDateTime } from '../../i18n/format';
import { EmptyState } from '../../ui/components/EmptyState';
import { SelectField, TextField } from '../../ui/components/Field';
import { useChildrenList } from '../children/useChildren';
import { useStaffList } from '../staff/useStaff';
import { AuditChainStatus } from './AuditChainStatus';
import { useAuditChain, useAuditLog } from './useAudit';

export function AuditPage() {
  const { t, i18n } = useTranslation(['audit', 'common']);
  const staff = useStaffList();
  // Names are decrypted for the screen only; entries hold the child's id.
  const children = useChildrenList();
  const chain = useAuditChain();
  const [action, setAction] = useState('');
  const [staffId, setStaffId] = useState('');
  const [childId, setChildId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const entries = useAuditLog({
    action: (action || undefined) as AuditAction | undefined,
    staffId: staffId || undefined,
    childId: childId || undefined,
    from: from || undefined,
    to: to || undefined,
  });
  const staffName = (id?: string) => staff?.find((member) => member.id === id)?.name ?? t('unknownStaff');
  const childName = (id?: string) =>
    id ? (children?.find((child) => child.id === id)?.name ?? t('common:removedPerson')) : t('noChild');
  const entityLabel = (entity: string) => t(`entities.${entity.replace(':', '_')}`, { defaultValue: entity });

  return (
    <section aria-labelledby="audit-heading">
      <h1 id="audit-heading">{t('title')}</h1>
      <AuditChainStatus check={chain} />
      <div className="filters" role="search" aria-label={t('filters')}>
        <SelectField
          label={t('action')}
          value={action}
          onChange={setAction}
          placeholder={t('all')}
          options={AUDIT_ACTIONS.map((value) => ({ value, label: t(`actions.${value}`) }))}
        />
        <SelectField
          label={t('staff')}
          value={staffId}
          onChange={setStaffId}
          placeholder={t('all')}
          options={(staff ?? []).map((member) => ({ value: member.id, label: member.name }))}
        />
        <SelectField
          label={t('child')}
          value={childId}
          onChange={setChildId}
          placeholder={t('all')}
          options={(children ?? []).map((child) => ({ value: child.id, label: child.name }))}
        />
        <TextField label={t('from')} type="date" value={from} onChange={setFrom} />
        <TextField label={t('to')} type="date" value={to} onChange={setTo} />
      </div>
      {entries === undefined ? (
        <p role="status">{t('common:loading')}</p>
      ) : entries.length === 0 ? (
        <EmptyState>{t('empty')}</EmptyState>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('number')}</th>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('staff')}</th>
              <th scope="col">{t('action')}</th>
              <th scope="col">{t('entity')}</th>
              <th scope="col">{t('child')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>{entry.seq ?? ''}</td>
                <td>{formatDateTime(entry.at, i18n.language)}</td>
                <td>{staffName(entry.staffId)}</td>
                <td>{t(`actions.${entry.action}`)}</td>
                <td>{entityLabel(entry.entity)}</td>
                <td>{childName(entry.childId)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
