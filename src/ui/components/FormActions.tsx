// The end of every form: a message when saving failed, then Save and Cancel.
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './ErrorMessage';
import type { SaveFailure } from './saveFailure';

const MESSAGES = { quota: 'saveFailedQuota', closed: 'saveFailedClosed', other: 'saveFailed' } as const;

export function FormActions({
  failed,
  busy,
  onCancel,
}: {
  failed: SaveFailure | boolean;
  busy?: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation('common');
  return (
    <>
      <ErrorMessage message={failed ? t(MESSAGES[failed === true ? 'other' : failed]) : null} />
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
