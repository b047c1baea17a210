// After a one-time code or the recovery key: the staff member chooses their own password.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../data/homes';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { NewPasswordFields, newPasswordErrors, type NewPasswordErrors } from './NewPasswordFields';

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
  const [errors, setErrors] = useState<NewPasswordErrors>({});
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = newPasswordErrors(password, repeat);
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
        <NewPasswordFields
          labels={{ password: t('setPassword.password'), repeat: t('setPassword.repeat') }}
          password={password}
          repeat={repeat}
          onPassword={setPassword}
          onRepeat={setRepeat}
          errors={errors}
          autoFocus
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
