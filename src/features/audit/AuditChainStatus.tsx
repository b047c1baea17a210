// Whether the audit log's hash chain is intact, or where it breaks and how: in words, not colour alone.
import { useTranslation } from 'react-i18next';
import type { ChainState } from './useAudit';

export function AuditChainStatus({ check }: { check: ChainState }) {
  const { t } = useTranslation('audit');
  if (check === undefined) return <p role="status">{t('chain.checking')}</p>;
  if ('failed' in check)
    return (
      <div className="chain-status chain-status--broken" role="alert">
        <p>{t('chain.failed')}</p>
      </div>
    );
  if (check.intact)
    return (
      <div className="chain-status chain-status--intact" role="status">
        <p className="chain-status__title">
          <span aria-hidden="true">✓ </span>
          {t('chain.intact')}
        </p>
        <p>{t('chain.intactDetail', { count: check.count })}</p>
      </div>
    );
  return (
    <div className="chain-status chain-status--broken" role="alert">
      <p className="chain-status__title">
        <span aria-hidden="true">⚠ </span>
        {t('chain.broken')}
      </p>
      <p>{t('chain.brokenDetail', { at: check.at, problem: t(`chain.problems.${check.problem}`) })}</p>
    </div>
  );
}
