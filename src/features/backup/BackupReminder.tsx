// Dashboard, coordinators only: a reminder when the last verified backup is older than the home's setting.
import { Alert, Anchor } from '@mantine/core';
import { IconDatabaseExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isBackupDue } from '../../domain/retention';
import { formatDate } from '../../i18n/format';
import { useToday } from '../../ui/useToday';
import { useHomePolicy, useLastBackup } from './useBackup';

export function BackupReminder() {
  const { t, i18n } = useTranslation('backup');
  const today = useToday();
  const last = useLastBackup();
  const { policy } = useHomePolicy();
  if (last === undefined || !policy) return null;
  if (!isBackupDue(last?.at, policy.backupReminderDays, today)) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      role="status"
      aria-label={t('card.title')}
      icon={<IconDatabaseExclamation aria-hidden />}
    >
      {last
        ? t('reminder.old', {
            date: formatDate(last.at.slice(0, 10), i18n.language),
            count: policy.backupReminderDays,
          })
        : t('reminder.never')}{' '}
      <Anchor component={Link} to="/settings" fw={600}>
        {t('reminder.action')}
      </Anchor>
    </Alert>
  );
}
