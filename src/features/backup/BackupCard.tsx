// Instellingen: the last verified backup and, for whoever may, a button that makes and verifies one.
import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { useSessionState } from '../../ui/AppContext';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { SettingsCard } from '../settings/SettingsCard';
import { useHomePolicy, useLastBackup, useMakeBackup } from './useBackup';

export function BackupCard() {
  const { t, i18n } = useTranslation('backup');
  const { repos } = useSessionState();
  const last = useLastBackup();
  const { policy } = useHomePolicy();
  const { state, make } = useMakeBackup();
  const allowed = repos.session.isCoordinator || policy?.staffMayBackup === true;
  return (
    <SettingsCard id="backup-heading" title={t('card.title')} description={t('card.intro')}>
      {last ? (
        <Text>{t('card.last', { date: formatDateTime(last.at, i18n.language) })}</Text>
      ) : (
        <Group>
          <StatusBadge tone="due" label={t('card.never')} />
        </Group>
      )}
      {allowed ? (
        <Group>
          <Button
            leftSection={<IconDatabaseExport size={16} aria-hidden />}
            onClick={() => void make()}
            loading={state.step === 'running'}
          >
            {t('card.make')}
          </Button>
        </Group>
      ) : (
        <Text c="dimmed" size="sm">
          {t('card.notAllowed')}
        </Text>
      )}
      {state.step === 'running' ? (
        <Stack gap={4} role="status">
          <Text size="sm">{t('card.busy')}</Text>
          <Progress
            value={(100 * state.done) / Math.max(1, state.total)}
            aria-label={t('card.progress', { done: state.done, total: state.total })}
          />
        </Stack>
      ) : null}
      {state.step === 'done' ? (
        <Alert color="green" role="status">
          {t('card.done', { file: state.fileName })}
        </Alert>
      ) : null}
      {state.step === 'cancelled' ? <Text role="status">{t('card.cancelled')}</Text> : null}
      <ErrorMessage message={state.step === 'failed' ? t('card.failed') : null} />
    </SettingsCard>
  );
}
