// Confirms removing a staff member: their access ends now, what they recorded keeps their name.
import { Button, Group, Stack, Text } from '@mantine/core';
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
        <Stack gap="md">
          <Text>{t('removeDialog.intro', { name: member.name })}</Text>
          <Text c="dimmed" size="sm">
            {t('removeDialog.kept', { name: member.name })}
          </Text>
          <ErrorMessage message={failed ? t('removeDialog.failed') : null} />
          <Group gap="sm">
            <Button color="red" loading={busy} onClick={() => void confirm(member)}>
              {t('removeDialog.confirm')}
            </Button>
            {/* The safe choice has the focus: Enter right after opening cancels. */}
            <Button variant="default" onClick={close} disabled={busy} data-autofocus>
              {t('common:cancel')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Dialog>
  );
}
