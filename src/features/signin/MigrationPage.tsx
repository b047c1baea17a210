// After sign-in: brings the home's data up to this version (once), with progress, or says what to do.
import { Alert, Button, Progress, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../data/homes';
import type { HomeEntry } from '../../domain/types';
import { EntryFrame } from '../../ui/components/EntryFrame';
import { useMigration } from './useMigration';

export function MigrationPage({
  session,
  home,
  onDone,
  onLock,
}: {
  session: Session;
  home: HomeEntry;
  onDone: () => void;
  onLock: () => void;
}) {
  const { t } = useTranslation('signin');
  const state = useMigration(session, home);
  useEffect(() => {
    if (state.step === 'done') onDone();
  }, [state.step, onDone]);

  if (state.step === 'failed') {
    return (
      <EntryFrame width={560}>
        <Alert
          color="red"
          role="alert"
          icon={<IconAlertCircle aria-hidden />}
          title={
            <Title order={1} size="h3">
              {t('migration.failedTitle')}
            </Title>
          }
        >
          <Stack gap="md" align="flex-start">
            <Text>{t('migration.failed')}</Text>
            <Button onClick={onLock}>{t('migration.lock')}</Button>
          </Stack>
        </Alert>
      </EntryFrame>
    );
  }
  if (state.step !== 'running') {
    return (
      <EntryFrame width={560}>
        <Text role="status">
          {t(state.step === 'safetyBackup' ? 'migration.safetyBackup' : 'migration.opening')}
        </Text>
      </EntryFrame>
    );
  }
  const label = t('migration.progress', { done: state.done, count: state.total });
  return (
    <EntryFrame width={560}>
      <Stack gap="md" component="section" aria-labelledby="migration-heading">
        <Title order={1} id="migration-heading">
          {t('migration.title')}
        </Title>
        <Text>{t('migration.intro')}</Text>
        <Progress value={(100 * state.done) / Math.max(1, state.total)} aria-label={label} size="lg" />
        <Text role="status">{label}</Text>
      </Stack>
    </EntryFrame>
  );
}
