// Instellingen: the last verified backup and, for whoever may, a button that makes and verifies one.
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { useSessionState } from '../../ui/AppContext';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { useHomePolicy, useLastBackup, useMakeBackup } from './useBackup';

export function BackupCard() {
  const { t, i18n } = useTranslation('backup');
  const { repos } = useSessionState();
  const last = useLastBackup();
  const { policy } = useHomePolicy();
  const { state, make } = useMakeBackup();
  const allowed = repos.session.isCoordinator || policy?.staffMayBackup === true;
  return (
    <section aria-labelledby="backup-heading" className="card">
      <h2 id="backup-heading">{t('card.title')}</h2>
      <p>{t('card.intro')}</p>
      <p>{last ? t('card.last', { date: formatDateTime(last.at, i18n.language) }) : t('card.never')}</p>
      {allowed ? (
        <button type="button" onClick={() => void make()} disabled={state.step === 'running'}>
          {t('card.make')}
        </button>
      ) : (
        <p className="hint">{t('card.notAllowed')}</p>
      )}
      {state.step === 'running' ? (
        <div className="progress" role="status">
          <p>{t('card.busy')}</p>
          <progress
            max={state.total}
            value={state.done}
            aria-label={t('card.progress', { done: state.done, total: state.total })}
          />
        </div>
      ) : null}
      {state.step === 'done' ? <p role="status">{t('card.done', { file: state.fileName })}</p> : null}
      {state.step === 'cancelled' ? <p role="status">{t('card.cancelled')}</p> : null}
      <ErrorMessage message={state.step === 'failed' ? t('card.failed') : null} />
    </section>
  );
}
