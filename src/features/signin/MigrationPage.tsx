// After sign-in: brings the home's data up to this version (once), with progress, or says what to do.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../data/homes';
import type { HomeEntry } from '../../domain/types';
import { useMigration } from './useMigration';

export function MigrationPage({
  session,
  home,
  onDone,
  onLock,
}: {
  session: Session;
  home: HomeEntry;
  onDone: () => void;
  onLock: () => void;
}) {
  const { t } = useTranslation('signin');
  const state = useMigration(session, home);
  useEffect(() => {
    if (state.step === 'done') onDone();
  }, [state.step, onDone]);

  if (state.step === 'failed') {
    return (
      <main className="sign-in">
        <section role="alert" aria-labelledby="migration-failed">
          <h1 id="migration-failed">{t('migration.failedTitle')}</h1>
          <p>{t('migration.failed')}</p>
          <button type="button" className="button--primary" onClick={onLock}>
            {t('migration.lock')}
          </button>
        </section>
      </main>
    );
  }
  if (state.step !== 'running') {
    return (
      <main className="sign-in">
        <p role="status">
          {t(state.step === 'safetyBackup' ? 'migration.safetyBackup' : 'migration.opening')}
        </p>
      </main>
    );
  }
  const label = t('migration.progress', { done: state.done, total: state.total });
  return (
    <main className="sign-in">
      <section aria-labelledby="migration-heading">
        <h1 id="migration-heading">{t('migration.title')}</h1>
        <p>{t('migration.intro')}</p>
        <progress className="progress--wide" max={state.total} value={state.done} aria-label={label} />
        <p role="status">{label}</p>
      </section>
    </main>
  );
}
