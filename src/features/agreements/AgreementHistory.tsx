// Every version of one agreement, newest first: who changed what, when.
import { useTranslation } from 'react-i18next';
import { revisionHistory } from '../../domain/agreements';
import type { FamilyMember } from '../../domain/types';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useStaffList } from '../staff/useStaff';
import { useAgreementHistory } from './useAgreements';

export function AgreementHistory({ agreementId, family }: { agreementId: string; family: FamilyMember[] }) {
  const { t, i18n } = useTranslation(['agreements', 'common']);
  const revisions = useAgreementHistory(agreementId);
  const staff = useStaffList();
  if (!revisions) return <p role="status">{t('common:loading')}</p>;
  const staffName = (id: string) => staff?.find((member) => member.id === id)?.name ?? t('history.unknown');
  const names = (ids: string[]) =>
    ids.map((id) => family.find((member) => member.id === id)?.name ?? t('common:removedPerson')).join(', ');
  const history = revisionHistory(revisions).reverse();
  return (
    <ol className="history" aria-label={t('history.title')}>
      {history.map((revision) => (
        <li key={revision.id} className="card">
          <p>
            <strong>{t('history.version', { version: revision.version })}</strong> —{' '}
            {t('history.changedBy', {
              name: staffName(revision.changedBy),
              at: formatDateTime(revision.changedAt, i18n.language),
            })}
          </p>
          <p className="hint">
            {revision.changes.length === 0
              ? t('history.created')
              : t('history.changed', {
                  fields: revision.changes.map((field) => t(`fields.${field}`)).join(', '),
                })}
            {revision.basedOnVersion !== revision.version - 1 && revision.version > 1
              ? ` ${t('history.concurrent', { version: revision.basedOnVersion })}`
              : ''}
          </p>
          <p>{revision.content.text}</p>
          <p className="hint">
            {t(`statuses.${revision.content.status}`)}
            {revision.content.agreedOn
              ? ` · ${t('list.agreedOn', { date: formatDate(revision.content.agreedOn, i18n.language) })}`
              : ''}
            {revision.content.agreedWith.length
              ? ` · ${t('list.with', { names: names(revision.content.agreedWith) })}`
              : ''}
            {revision.content.reviewOn
              ? ` · ${t('list.reviewOn', { date: formatDate(revision.content.reviewOn, i18n.language) })}`
              : ''}
          </p>
        </li>
      ))}
    </ol>
  );
}
