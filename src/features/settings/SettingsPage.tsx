// Instellingen: your own settings first, then the home's (coordinators), then this computer's storage.
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSessionState } from '../../ui/AppContext';
import { PageHeader } from '../../ui/components/PageHeader';
import { BackupCard, HomePolicyCard } from '../backup';
import { ReportSettingsCard } from '../reports';
import { RetentionCard } from '../retention';
import { ContinuitySettingsCard } from '../roster';
import { AutoLockCapCard } from './AutoLockCapCard';
import { ChangePasswordCard } from './ChangePasswordCard';
import { DataHealthCard } from './DataHealthCard';
import { PersonalCard } from './PersonalCard';
import { StorageCard } from './StorageCard';

export function SettingsPage() {
  const { t } = useTranslation(['settings', 'common']);
  const { repos } = useSessionState();
  const coordinator = repos.session.isCoordinator;

  return (
    <Stack gap="md" component="section" aria-labelledby="settings-heading" maw={860}>
      <PageHeader id="settings-heading" title={t('title')} />
      <PersonalCard />
      <ChangePasswordCard />
      <BackupCard />
      {coordinator ? (
        <>
          <Title order={2} size="h4" c="dimmed" mt="md">
            {t('homeSection')}
          </Title>
          <AutoLockCapCard />
          <HomePolicyCard />
          <RetentionCard />
          <ReportSettingsCard />
          <ContinuitySettingsCard />
          <DataHealthCard />
        </>
      ) : null}
      <StorageCard />
    </Stack>
  );
}
