// Shown when a save was refused because someone changed the record in another window after this form
// opened: who and when, what they changed, and one button to put this person's change on top of theirs.
import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';

export interface ChangedField {
  label: string;
  /** The value saved in the other window, as text. */
  value: string;
}

export function ConflictNotice({
  changedBy,
  changedAt,
  changes,
  onReapply,
  busy,
}: {
  changedBy: string;
  changedAt: string;
  changes: ChangedField[];
  onReapply: () => void;
  busy?: boolean;
}) {
  const { t, i18n } = useTranslation('common');
  return (
    <Alert color="orange" role="alert" title={t('conflict.title')} icon={<IconGitMerge aria-hidden />}>
      <Stack gap="xs">
        <Text size="sm">
          {t('conflict.text', { name: changedBy, at: formatDateTime(changedAt, i18n.language) })}
        </Text>
        {changes.length > 0 ? (
          <List size="sm" aria-label={t('conflict.theirChanges')}>
            {changes.map((change) => (
              <List.Item key={change.label}>
                <Text span fw={600} size="sm">
                  {change.label}:
                </Text>{' '}
                {change.value || t('notFilledIn')}
              </List.Item>
            ))}
          </List>
        ) : null}
        <Text size="sm">{t('conflict.yours')}</Text>
        <Button variant="filled" color="orange" size="xs" w="fit-content" loading={busy} onClick={onReapply}>
          {t('conflict.reapply')}
        </Button>
      </Stack>
    </Alert>
  );
}
