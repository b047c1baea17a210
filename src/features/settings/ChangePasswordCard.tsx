// Changing your own password: the current one first, then the new one twice.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { TextField } from '../../ui/components/Field';
import { NewPasswordFields, newPasswordErrors, type NewPasswordErrors } from '../signin/NewPasswordFields';
import { useChangePassword } from './useChangePassword';

export function ChangePasswordCard() {
  const { t } = useTranslation(['settings', 'common']);
  const changePassword = useChangePassword();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<NewPasswordErrors & { current?: string }>({});
  const [state, setState] = useState<'idle' | 'busy' | 'saved' | 'failed'>('idle');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = { ...newPasswordErrors(password, repeat), current: current ? undefined : 'required' };
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    setState('busy');
    try {
      const changed = await changePassword(current, password);
      if (!changed) {
        setErrors({ current: t('password.wrongCurrent') });
        setState('idle');
        return;
      }
      setCurrent('');
      setPassword('');
      setRepeat('');
      setState('saved');
    } catch {
      setState('failed');
    }
  };

  return (
    <form
      className="card"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="password-heading"
    >
      <h2 id="password-heading">{t('password.title')}</h2>
      <TextField
        label={t('password.current')}
        type="password"
        value={current}
        onChange={setCurrent}
        error={errors.current}
        autoComplete="current-password"
        required
      />
      <NewPasswordFields
        labels={{ password: t('password.new'), repeat: t('password.repeat') }}
        password={password}
        repeat={repeat}
        onPassword={setPassword}
        onRepeat={setRepeat}
        errors={errors}
      />
      <ErrorMessage message={state === 'failed' ? t('common:saveFailed') : null} />
      <button type="submit" disabled={state === 'busy'}>
        {t('password.save')}
      </button>
      {state === 'saved' ? <p role="status">{t('password.saved')}</p> : null}
    </form>
  );
}
