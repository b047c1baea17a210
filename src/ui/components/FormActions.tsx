// The end of every form: a message when saving failed, then Save and Cancel.
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './ErrorMessage';

export function FormActions({
  failed,
  busy,
  onCancel,
}: {
  failed: boolean;
  busy?: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation('common');
  return (
    <>
      <ErrorMessage message={failed ? t('saveFailed') : null} />
      <div className="actions">
        <button type="submit" className="button--primary" disabled={busy}>
          {t('save')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
    </>
  );
}
