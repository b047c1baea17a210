// Deleting a home removes all of its data: the user must type the home's name to confirm.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HomeEntry } from '../../domain/types';
import { Dialog } from '../../ui/components/ConfirmDialog';
import { TextField } from '../../ui/components/Field';

export function DeleteHomeDialog({
  home,
  onCancel,
  onConfirm,
}: {
  home: HomeEntry | null;
  onCancel: () => void;
  onConfirm: (home: HomeEntry) => Promise<void>;
}) {
  const { t } = useTranslation(['homes', 'common']);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>();
  const close = () => {
    setTyped('');
    setError(undefined);
    onCancel();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!home) return;
    if (typed.trim() !== home.name) {
      setError(t('delete.nameMismatch'));
      return;
    }
    await onConfirm(home);
    setTyped('');
  };
  return (
    <Dialog title={t('delete.title')} open={home !== null} onClose={close}>
      {home ? (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <p>{t('delete.warning', { name: home.name })}</p>
          <TextField label={t('delete.typeName')} value={typed} onChange={setTyped} error={error} autoFocus />
          <div className="actions">
            <button type="submit" className="button--danger">
              {t('delete.confirm')}
            </button>
            <button type="button" onClick={close}>
              {t('common:cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}
