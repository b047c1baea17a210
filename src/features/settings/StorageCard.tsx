// Whether this computer keeps the homes' data safe from automatic clean-up, and how much is used.
import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { SettingsCard } from './SettingsCard';
import { useStorageStatus } from './useDataHealth';

/** 1,1 MB or 10,7 GB: the unit a person reads at a glance. */
const megabytes = (bytes: number, language: string) => {
  const [value, unit] = bytes >= 1e9 ? [bytes / 1e9, 'GB'] : [bytes / 1e6, 'MB'];
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)} ${unit}`;
};

export function StorageCard() {
  const { t, i18n } = useTranslation('settings');
  const status = useStorageStatus();
  if (!status) return null;
  return (
    <SettingsCard id="storage-heading" title={t('storage.title')}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Box style={{ flexShrink: 0 }}>
          <StatusBadge
            tone={status.persistent ? 'onTrack' : 'due'}
            label={status.persistent ? t('storage.protected') : t('storage.notProtected')}
          />
        </Box>
        <Text size="sm">{status.persistent ? t('storage.persistent') : t('storage.notPersistent')}</Text>
      </Group>
      <Text size="sm" c="dimmed">
        {status.usage !== null && status.quota !== null
          ? t('storage.usage', {
              used: megabytes(status.usage, i18n.language),
              quota: megabytes(status.quota, i18n.language),
            })
          : t('storage.unknown')}
      </Text>
    </SettingsCard>
  );
}
