// Deleting a home removes all of its data: a coordinator of that home signs in with their password and
// types the home's name; a verified safety backup is made first.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeletionAuthorization } from '../../data/homes';
import type { HomeEntry } from '../../domain/types';
import { Dialog } from '../../ui/components/ConfirmDialog';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { SelectField, TextField } from '../../ui/components/Field';
import { useSignInNamesOf } from './useHomes';

type Refusal = Exclude<DeletionAuthorization, { ok: true }>['reason'];

export function DeleteHomeDialog({
  home,
  onCancel,
  onConfirm,
}: {
  home: HomeEntry | null;
  onCancel: () => void;
  onConfirm: (home: HomeEntry, staffId: string, password: string) => Promise<DeletionAuthorization>;
}) {
  const { t } = useTranslation(['homes', 'common']);
  const names = useSignInNamesOf(home);
  const [staffId, setStaffId] = useState('');
  const [password, setPassword] = useState('');
  const [typed, setTyped] = useState('');
  const [errors, setErrors] = useState<{ staff?: string; password?: string; typed?: string }>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setStaffId('');
    setPassword('');
    setTyped('');
    setErrors({});
    setMessage(null);
    onCancel();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!home) return;
    const next = {
      staff: staffId ? undefined : 'chooseName',
      password: password ? undefined : 'required',
      typed: typed.trim() === home.name ? undefined : t('delete.nameMismatch'),
    };
    setErrors(next);
    setMessage(null);
    if (next.staff || next.password || next.typed) return;
    setBusy(true);
    try {
      const result = await onConfirm(home, staffId, password);
      if (!result.ok) {
        setPassword('');
        setMessage(t(`delete.refused.${result.reason satisfies Refusal}`));
        return;
      }
      close();
    } catch {
      setMessage(t('delete.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('delete.title')} open={home !== null} onClose={close}>
      {home ? (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <p>{t('delete.warning', { name: home.name })}</p>
          <p>{t('delete.coordinatorOnly')}</p>
          <SelectField
            label={t('delete.coordinator')}
            value={staffId}
            onChange={setStaffId}
            placeholder={t('delete.chooseName')}
            options={(names ?? []).map((name) => ({ value: name.staffId, label: name.label }))}
            error={errors.staff}
          />
          <TextField
            label={t('delete.password')}
            type="password"
            value={password}
            onChange={setPassword}
            error={errors.password}
            autoComplete="current-password"
          />
          <TextField label={t('delete.typeName')} value={typed} onChange={setTyped} error={errors.typed} />
          <ErrorMessage message={message} />
          {busy ? <p role="status">{t('delete.busy')}</p> : null}
          <div className="actions">
            <button type="submit" className="button--danger" disabled={busy}>
              {t('delete.confirm')}
            </button>
            <button type="button" onClick={close} disabled={busy}>
              {t('common:cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}
