// Welcome screen: restore a home from a backup file — manifest first, then its password or recovery key.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupContents } from '../../data/backup';
import type { HomeEntry } from '../../domain/types';
import { formatDateTime } from '../../i18n/format';
import { TextField } from '../../ui/components/Field';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { useRestore } from './useRestore';

const COUNTED = ['children', 'agreements', 'contacts', 'staff'] as const;

export function RestoreBackup({
  homes,
  onCancel,
  onRestored,
}: {
  homes: HomeEntry[];
  onCancel: () => void;
  onRestored: (home: HomeEntry) => void;
}) {
  const { t } = useTranslation(['backup', 'common']);
  const { state, choose, restore, reset } = useRestore(homes);

  return (
    <section aria-labelledby="restore-heading" className="card">
      <h2 id="restore-heading">{t('restore.title')}</h2>
      {state.step === 'choose' || state.step === 'refused' ? (
        <>
          <p>{t('restore.intro')}</p>
          <ErrorMessage message={state.step === 'refused' ? t(`problems.${state.problem}`) : null} />
          <div className="actions">
            <button type="button" className="button--primary" onClick={() => void choose()}>
              {t('restore.choose')}
            </button>
            <button type="button" onClick={onCancel}>
              {t('restore.cancel')}
            </button>
          </div>
        </>
      ) : null}
      {state.step === 'reading' ? <p role="status">{t('restore.reading')}</p> : null}
      {state.step === 'confirm' ? (
        <ConfirmRestore
          contents={state.contents}
          existing={state.existing}
          onRestore={(secret) => restore(state.contents, secret)}
          onOtherFile={reset}
          onCancel={onCancel}
        />
      ) : null}
      {state.step === 'safety' ? <p role="status">{t('safety.busy')}</p> : null}
      {state.step === 'running' ? (
        <div className="progress" role="status">
          <p>
            {t('restore.progress', {
              step: t(`restore.steps.${state.progress.step}`),
              done: state.progress.done,
              total: state.progress.total,
            })}
          </p>
          <progress
            max={state.progress.total}
            value={state.progress.done}
            aria-label={t(`restore.steps.${state.progress.step}`)}
          />
        </div>
      ) : null}
      {state.step === 'failed' ? (
        <>
          <ErrorMessage message={t('restore.failed')} />
          <button type="button" onClick={reset}>
            {t('restore.otherFile')}
          </button>
        </>
      ) : null}
      {state.step === 'done' ? (
        <>
          <p role="status">{t('restore.done', { name: state.home.name })}</p>
          {state.result.createdByName ? (
            <p>{t('restore.madeBy', { name: state.result.createdByName })}</p>
          ) : null}
          {state.result.damaged.length > 0 ? (
            <p role="alert">{t('restore.damaged', { count: state.result.damaged.length })}</p>
          ) : null}
          <button type="button" className="button--primary" onClick={() => onRestored(state.home)}>
            {t('restore.toSignIn')}
          </button>
        </>
      ) : null}
    </section>
  );
}

function ConfirmRestore({
  contents,
  existing,
  onRestore,
  onOtherFile,
  onCancel,
}: {
  contents: BackupContents;
  existing: HomeEntry | null;
  onRestore: (secret: string) => Promise<'wrongSecret' | void>;
  onOtherFile: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation(['backup', 'common']);
  const { manifest } = contents;
  const [secret, setSecret] = useState('');
  const [typed, setTyped] = useState('');
  const [errors, setErrors] = useState<{ secret?: string; typed?: string }>({});
  const [busy, setBusy] = useState(false);
  const counts = Object.fromEntries(manifest.tables.map((entry) => [entry.name, entry.count]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = {
      secret: secret ? undefined : 'required',
      typed: existing && typed.trim() !== existing.name ? t('restore.nameMismatch') : undefined,
    };
    setErrors(next);
    if (next.secret || next.typed) return;
    setBusy(true);
    const outcome = await onRestore(secret);
    setBusy(false);
    if (outcome === 'wrongSecret') {
      setSecret('');
      setErrors({ secret: t('restore.wrongSecret') });
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('restore.title')}>
      <h3>{t('restore.manifestTitle')}</h3>
      <dl className="manifest">
        <dt>{t('restore.home')}</dt>
        <dd>{manifest.home.name}</dd>
        <dt>{t('restore.createdAt')}</dt>
        <dd>{formatDateTime(manifest.createdAt, i18n.language)}</dd>
        <dt>{t('restore.reason')}</dt>
        <dd>{t(`restore.reasons.${manifest.reason}`)}</dd>
        <dt>{t('restore.madeByLabel')}</dt>
        <dd>{t('restore.whoAfterUnlock')}</dd>
        <dt>{t('restore.appVersion')}</dt>
        <dd>{manifest.appVersion}</dd>
        {COUNTED.map((name) => (
          <div key={name}>
            <dt>{t(`restore.tables.${name}`)}</dt>
            <dd>{counts[name] ?? 0}</dd>
          </div>
        ))}
      </dl>
      {existing ? (
        <>
          <p role="alert">{t('restore.exists', { name: existing.name })}</p>
          <TextField label={t('restore.typeName')} value={typed} onChange={setTyped} error={errors.typed} />
        </>
      ) : null}
      <TextField
        label={t('restore.secret')}
        type="password"
        value={secret}
        onChange={setSecret}
        error={errors.secret}
        hint={t('restore.secretHint')}
        autoComplete="off"
        required
      />
      {busy ? <p role="status">{t('restore.reading')}</p> : null}
      <div className="actions">
        <button type="submit" className="button--primary" disabled={busy}>
          {t('restore.submit')}
        </button>
        <button type="button" onClick={onOtherFile} disabled={busy}>
          {t('restore.otherFile')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('restore.cancel')}
        </button>
      </div>
    </form>
  );
}
