// Shown once after creating a home: the recovery key, with a clear instruction to print or store it.
import { Alert, Button, Checkbox, Code, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileWord, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../data/homes';
import type { HomeEntry } from '../../domain/types';
import { exportT } from '../../i18n';
import { usePlatform } from '../../ui/AppContext';
import { EntryFrame } from '../../ui/components/EntryFrame';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { localToday } from '../../ui/useToday';
import { saveDocx } from '../exports/saveDocx';

export function RecoveryKeyPanel({
  home,
  session,
  recoveryKey,
  onDone,
}: {
  home: HomeEntry;
  session: Session;
  recoveryKey: string;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation('homes');
  const { platform } = usePlatform();
  const [stored, setStored] = useState(false);
  const [saveError, setSaveError] = useState(false);
  const [saved, setSaved] = useState(false);

  const saveSheet = async () => {
    setSaveError(false);
    try {
      const language = i18n.language === 'en' ? 'en' : 'nl';
      const { buildRecoverySheet } = await import('../../export');
      const bytes = await buildRecoverySheet(
        { homeName: home.name, recoveryKey, createdOn: localToday() },
        await exportT(language),
        language,
      );
      const result = await saveDocx(platform, `herstelsleutel-${localToday()}.docx`, bytes);
      if (result.saved) {
        const { createRepositories } = await import('../../data/repositories');
        await createRepositories(session).audit.recordExport('recoverySheet');
        setSaved(true);
      }
    } catch {
      setSaveError(true);
    }
  };

  return (
    <EntryFrame>
      <Stack gap="md">
        <Title order={1}>{t('recovery.title')}</Title>
        <Text>{t('recovery.intro')}</Text>
        <Paper withBorder p="md" bg="gray.0" aria-label={t('recovery.keyLabel')} role="group">
          <Code
            data-testid="recovery-key"
            fz="xl"
            fw={700}
            bg="transparent"
            style={{ letterSpacing: '0.08em' }}
          >
            {recoveryKey}
          </Code>
        </Paper>
        <List spacing={4}>
          <List.Item>{t('recovery.instructionPrint')}</List.Item>
          <List.Item>{t('recovery.instructionStore')}</List.Item>
          <List.Item>{t('recovery.instructionOnce')}</List.Item>
        </List>
        {/* Printing leaves no copy of the key on disk; saving a file is the second choice. */}
        <Group gap="sm">
          <Button
            variant="light"
            leftSection={<IconPrinter size={16} aria-hidden />}
            onClick={() => window.print()}
          >
            {t('recovery.print')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileWord size={16} aria-hidden />}
            onClick={() => void saveSheet()}
          >
            {t('recovery.saveSheet')}
          </Button>
        </Group>
        {saved ? (
          <Alert color="green" role="status">
            {t('recovery.sheetSaved')}
          </Alert>
        ) : null}
        <ErrorMessage message={saveError ? t('recovery.sheetFailed') : null} />
        <Checkbox
          label={t('recovery.confirm')}
          checked={stored}
          onChange={(event) => setStored(event.currentTarget.checked)}
        />
        <Group>
          <Button disabled={!stored} onClick={onDone}>
            {t('recovery.continue')}
          </Button>
        </Group>
      </Stack>
    </EntryFrame>
  );
}
