// Confirms removing a staff member: their access ends now, what they recorded keeps their name.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../domain/types';
import { Dialog } from '../../ui/components/ConfirmDialog';
import { ErrorMessage } from '../../ui/components/ErrorMessage';

export function RemoveStaffDialog({
  member,
  onClose,
  onConfirm,
}: {
  member: StaffMember | null;
  onClose: () => void;
  onConfirm: (member: StaffMember) => Promise<void>;
}) {
  const { t } = useTranslation(['staff', 'common']);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const close = () => {
    setFailed(false);
    onClose();
  };
  const confirm = async (target: StaffMember) => {
    setBusy(true);
    setFailed(false);
    try {
      await onConfirm(target);
      close();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('removeDialog.title')} open={member !== null} onClose={close}>
      {member ? (
        <>
          <p>{t('removeDialog.intro', { name: member.name })}</p>
          <p>{t('removeDialog.kept', { name: member.name })}</p>
          <ErrorMessage message={failed ? t('removeDialog.failed') : null} />
          <div className="actions">
            <button
              type="button"
              className="button--primary"
              disabled={busy}
              onClick={() => void confirm(member)}
            >
              {t('removeDialog.confirm')}
            </button>
            <button type="button" onClick={close} disabled={busy} autoFocus>
              {t('common:cancel')}
            </button>
          </div>
        </>
      ) : null}
    </Dialog>
  );
}
