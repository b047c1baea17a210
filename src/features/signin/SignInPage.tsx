// Sign in: pick your name, type your password (or one-time code), or use the home's recovery key.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockedHome, Session, SignInResult } from '../../data/homes';
import { DEMO_PASSWORD } from '../../data/demo/password';
import type { HomeEntry } from '../../domain/types';
import { SelectField, TextField } from '../../ui/components/Field';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { useSignInNames } from './useSignIn';

interface SignInPageProps {
  home: HomeEntry;
  locked: LockedHome;
  demo: boolean;
  onSignedIn: (session: Session) => void;
  onBack: () => void;
}

export function SignInPage({ home, locked, demo, onSignedIn, onBack }: SignInPageProps) {
  const { t } = useTranslation('signin');
  const { names, failed: namesFailed } = useSignInNames(locked);
  const [staffId, setStaffId] = useState('');
  const [secret, setSecret] = useState('');
  const [mode, setMode] = useState<'password' | 'recovery'>('password');
  const [busy, setBusy] = useState(false);
  const [fieldError, setFieldError] = useState<{ staff?: string; secret?: string }>({});
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (names && names.length === 1 && !staffId) setStaffId(names[0]!.staffId);
  }, [names, staffId]);

  const chosen = names?.find((name) => name.staffId === staffId);
  const secretLabel =
    mode === 'recovery' ? t('recoveryKey') : chosen?.firstSignIn ? t('oneTimeCode') : t('password');

  const explain = (result: Exclude<SignInResult, { ok: true }>): string => {
    switch (result.reason) {
      case 'wrongSecret':
        return result.retryInMs > 0
          ? t('errors.tooManyAttempts', { seconds: Math.ceil(result.retryInMs / 1000) })
          : t(mode === 'recovery' ? 'errors.wrongRecoveryKey' : 'errors.wrongPassword');
      case 'tooSoon':
        return t('errors.tooManyAttempts', { seconds: Math.ceil(result.retryInMs / 1000) });
      case 'inactive':
        return t('errors.inactive');
      case 'unknownStaff':
        return t('errors.unknownStaff');
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = { staff: staffId ? undefined : 'chooseName', secret: secret ? undefined : 'required' };
    setFieldError(errors);
    setMessage(null);
    if (errors.staff || errors.secret) return;
    setBusy(true);
    try {
      const result =
        mode === 'recovery' ? await locked.recover(staffId, secret) : await locked.signIn(staffId, secret);
      if (result.ok) {
        onSignedIn(result.session);
        return;
      }
      setSecret('');
      setMessage(explain(result));
    } catch {
      setMessage(t('errors.unexpected'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="sign-in">
      <h1>{t('title', { home: home.name })}</h1>
      {demo ? <p className="hint">{t('demoHint', { password: DEMO_PASSWORD })}</p> : null}
      <ErrorMessage
        message={namesFailed ? t('errors.cannotOpen') : names?.length === 0 ? t('errors.nobody') : null}
      />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <SelectField
          label={t('name')}
          value={staffId}
          onChange={setStaffId}
          placeholder={t('chooseName')}
          options={(names ?? []).map((name) => ({ value: name.staffId, label: name.label }))}
          error={fieldError.staff}
          required
        />
        <TextField
          label={secretLabel}
          type={mode === 'recovery' || chosen?.firstSignIn ? 'text' : 'password'}
          value={secret}
          onChange={setSecret}
          error={fieldError.secret}
          hint={chosen?.firstSignIn && mode === 'password' ? t('oneTimeCodeHint') : undefined}
          autoComplete={mode === 'password' ? 'current-password' : 'off'}
          required
        />
        <ErrorMessage message={message} />
        {busy ? <p role="status">{t('busy')}</p> : null}
        <div className="actions">
          <button type="submit" className="button--primary" disabled={busy}>
            {mode === 'recovery' ? t('submitRecovery') : t('submit')}
          </button>
          <button
            type="button"
            className="button--subtle"
            onClick={() => {
              setMode(mode === 'recovery' ? 'password' : 'recovery');
              setSecret('');
              setMessage(null);
            }}
          >
            {mode === 'recovery' ? t('usePassword') : t('forgotPassword')}
          </button>
        </div>
      </form>
      <button type="button" className="button--subtle" onClick={onBack}>
        {t('otherHome')}
      </button>
    </main>
  );
}
