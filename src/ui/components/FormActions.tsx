// The end of every form: a message when saving failed, then Save and Cancel.
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './ErrorMessage';
import type { SaveFailure } from './saveFailure';

const MESSAGES = { quota: 'saveFailedQuota', closed: 'saveFailedClosed', other: 'saveFailed' } as const;

export function FormActions({
  failed,
  busy,
  onCancel,
  saveLabel,
}: {
  failed: SaveFailure | boolean;
  busy?: boolean;
  onCancel: () => void;
  saveLabel?: string;
}) {
  const { t } = useTranslation('common');
  return (
    <Stack gap="sm" mt="md">
      <ErrorMessage message={failed ? t(MESSAGES[failed === true ? 'other' : failed]) : null} />
      <Group gap="sm">
        <Button type="submit" loading={busy}>
          {saveLabel ?? t('save')}
        </Button>
        <Button type="button" variant="default" onClick={onCancel} disabled={busy}>
          {t('cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
