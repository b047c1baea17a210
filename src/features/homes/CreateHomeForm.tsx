// Create a home: its name and kind, and the first coordinator with their password.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../../data/homes';
import type { HomeKind } from '../../domain/types';
import { SelectField, TextField } from '../../ui/components/Field';
import { ErrorMessage } from '../../ui/components/ErrorMessage';

export interface CreateHomeValues {
  name: string;
  kind: HomeKind;
  coordinatorName: string;
  password: string;
}

type Errors = Partial<Record<keyof CreateHomeValues | 'repeat', string>>;

const KINDS: HomeKind[] = ['smallScale', 'familyHome', 'other'];

export function CreateHomeForm({
  onSubmit,
  onCancel,
}: {
  onSubmit: (values: CreateHomeValues) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['homes', 'common']);
  const [values, setValues] = useState<CreateHomeValues>({
    name: '',
    kind: 'smallScale',
    coordinatorName: '',
    password: '',
  });
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const set = <K extends keyof CreateHomeValues>(key: K, value: CreateHomeValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = {};
    if (!values.name.trim()) next.name = 'required';
    if (!values.coordinatorName.trim()) next.coordinatorName = 'required';
    if (passwordProblem(values.password)) next.password = 'passwordTooShort';
    if (repeat !== values.password) next.repeat = 'passwordsDiffer';
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    setBusy(true);
    setFailed(false);
    try {
      await onSubmit(values);
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="create-home-heading">
      <h2 id="create-home-heading">{t('create.title')}</h2>
      <TextField
        label={t('create.name')}
        value={values.name}
        onChange={(v) => set('name', v)}
        error={errors.name}
        required
        autoFocus
      />
      <SelectField
        label={t('create.kind')}
        value={values.kind}
        onChange={(v) => set('kind', v as HomeKind)}
        options={KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        required
      />
      <h3>{t('create.coordinatorHeading')}</h3>
      <p className="hint">{t('create.coordinatorHint')}</p>
      <TextField
        label={t('create.coordinatorName')}
        value={values.coordinatorName}
        onChange={(v) => set('coordinatorName', v)}
        error={errors.coordinatorName}
        required
      />
      <TextField
        label={t('create.password')}
        type="password"
        value={values.password}
        onChange={(v) => set('password', v)}
        error={errors.password}
        hint={t('common:validation.passwordTooShort', { min: MIN_PASSWORD_LENGTH })}
        autoComplete="new-password"
        required
      />
      <TextField
        label={t('create.repeatPassword')}
        type="password"
        value={repeat}
        onChange={setRepeat}
        error={errors.repeat}
        autoComplete="new-password"
        required
      />
      <ErrorMessage message={failed ? t('create.failed') : null} />
      {busy ? <p role="status">{t('create.busy')}</p> : null}
      <div className="actions">
        <button type="submit" className="button--primary" disabled={busy}>
          {t('create.submit')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
