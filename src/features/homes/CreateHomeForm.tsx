// Create a home: its name and kind, and the first coordinator with their password.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HomeKind } from '../../domain/types';
import { SelectField, TextField } from '../../ui/components/Field';
import { NewPasswordFields, newPasswordErrors } from '../signin/NewPasswordFields';
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
    Object.assign(next, newPasswordErrors(values.password, repeat));
    setErrors(next);
    if (Object.values(next).some(Boolean)) return;
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
      <NewPasswordFields
        labels={{ password: t('create.password'), repeat: t('create.repeatPassword') }}
        password={values.password}
        repeat={repeat}
        onPassword={(v) => set('password', v)}
        onRepeat={setRepeat}
        errors={errors}
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
