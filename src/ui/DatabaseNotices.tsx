// Tells the user when another window blocks an upgrade or has upgraded the home's database.
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconReload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onDatabaseEvent } from '../data/dbEvents';

type Notice = 'blocked' | 'closedForUpgrade' | null;

export function DatabaseNotices() {
  const { t } = useTranslation('common');
  const [notice, setNotice] = useState<Notice>(null);
  useEffect(
    () =>
      onDatabaseEvent((event) =>
        setNotice((current) => {
          if (event.kind === 'ready') return current === 'blocked' ? null : current;
          return event.kind;
        }),
      ),
    [],
  );
  if (!notice) return null;
  return (
    <Alert role="alert" color="yellow" radius={0} icon={<IconAlertTriangle aria-hidden />}>
      <Group justify="space-between" gap="md">
        <Text size="sm">{t(`dbNotice.${notice}`)}</Text>
        {notice === 'closedForUpgrade' ? (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconReload size={14} aria-hidden />}
            onClick={() => window.location.reload()}
          >
            {t('dbNotice.reload')}
          </Button>
        ) : null}
      </Group>
    </Alert>
  );
}
