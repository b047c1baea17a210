// After a one-time code or the recovery key: the staff member chooses their own password.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH, passwordProblem, type Session } from '../../data/homes';
import { TextField } from '../../ui/components/Field';
import { ErrorMessage } from '../../ui/components/ErrorMessage';

export function SetPasswordPage({
  session,
  onDone,
  onCancel,
}: {
  session: Session;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['signin', 'common']);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = {
      password: passwordProblem(password) ? 'passwordTooShort' : undefined,
      repeat: repeat !== password ? 'passwordsDiffer' : undefined,
    };
    setErrors(next);
    if (next.password || next.repeat) return;
    setBusy(true);
    try {
      await session.setPassword(password);
      onDone();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <main className="sign-in">
      <h1>{t('setPassword.title')}</h1>
      <p>{t('setPassword.intro', { name: session.staff.name })}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('setPassword.password')}
          type="password"
          value={password}
          onChange={setPassword}
          error={errors.password}
          hint={t('common:validation.passwordTooShort', { min: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          autoFocus
          required
        />
        <TextField
          label={t('setPassword.repeat')}
          type="password"
          value={repeat}
          onChange={setRepeat}
          error={errors.repeat}
          autoComplete="new-password"
          required
        />
        <ErrorMessage message={failed ? t('setPassword.failed') : null} />
        <div className="actions">
          <button type="submit" className="button--primary" disabled={busy}>
            {t('setPassword.submit')}
          </button>
          <button type="button" onClick={onCancel} disabled={busy}>
            {t('common:cancel')}
          </button>
        </div>
      </form>
    </main>
  );
}
