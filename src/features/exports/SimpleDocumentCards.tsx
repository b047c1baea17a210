// The agreements sheet and the meeting preparation: pick a language (and a date), then export.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../domain/dates';
import type { Child } from '../../domain/types';
import type { ExportLanguage } from '../../export';
import { DateField } from '../../ui/components/DateField';
import { ExportStatus } from './ExportStatus';
import { LanguagePicker } from './LanguagePicker';
import { useDocumentExport } from './useDocumentExport';

/** One document on the Documents tab: a card with its title, what it holds and its controls. */
export function DocumentCard({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h4" id={id}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}

export function AgreementsSheetCard({
  child,
  defaultLanguage,
}: {
  child: Child;
  defaultLanguage: ExportLanguage;
}) {
  const { t } = useTranslation('documents');
  const [language, setLanguage] = useState(defaultLanguage);
  const { state, run, busy } = useDocumentExport(child.id);
  return (
    <DocumentCard
      id="agreements-sheet-heading"
      title={t('agreementsSheet.title')}
      description={t('agreementsSheet.description')}
    >
      <Group align="flex-end" gap="sm">
        <LanguagePicker value={language} onChange={setLanguage} />
        <Button
          leftSection={<IconFileTypeDocx size={16} aria-hidden />}
          loading={busy}
          onClick={() =>
            void run('agreementsSheet', language, async ({ data, homeName, today, t: docT }) => {
              // docx and the builders load with the first document, not at start-up.
              const { agreementsSheetModel, buildAgreementsSheet } = await import('../../export');
              return buildAgreementsSheet(agreementsSheetModel({ ...data, homeName, today }), docT, language);
            })
          }
        >
          {t('agreementsSheet.export')}
        </Button>
      </Group>
      <ExportStatus state={state} />
    </DocumentCard>
  );
}

/** The meeting preparation's controls: the meeting date (by default the next evaluation), language, export. */
export function MeetingPrepForm({
  child,
  defaultLanguage,
  defaultDate,
}: {
  child: Child;
  defaultLanguage: ExportLanguage;
  defaultDate: string;
}) {
  const { t } = useTranslation('documents');
  const [language, setLanguage] = useState(defaultLanguage);
  const [meetingDate, setMeetingDate] = useState(defaultDate);
  const [error, setError] = useState<string | undefined>();
  const { state, run, busy } = useDocumentExport(child.id);
  const start = () => {
    if (!isIsoDate(meetingDate)) {
      setError(meetingDate ? 'invalidDate' : 'required');
      return;
    }
    setError(undefined);
    void run('meetingPrep', language, async ({ data, homeName, today: exportDay, t: docT }) => {
      const { buildMeetingPrep, meetingPrepModel } = await import('../../export');
      return buildMeetingPrep(
        meetingPrepModel({ ...data, homeName, today: exportDay, meetingDate }),
        docT,
        language,
      );
    });
  };
  return (
    <Stack gap="sm">
      <Group align="flex-start" gap="sm">
        <DateField
          label={t('meetingPrep.date')}
          withAsterisk
          w={200}
          value={meetingDate}
          onChange={setMeetingDate}
          error={error}
        />
        <LanguagePicker value={language} onChange={setLanguage} />
        <Button
          mt={25}
          leftSection={<IconFileTypeDocx size={16} aria-hidden />}
          loading={busy}
          onClick={start}
        >
          {t('meetingPrep.export')}
        </Button>
      </Group>
      <ExportStatus state={state} />
    </Stack>
  );
}

export function MeetingPrepCard({
  child,
  defaultLanguage,
  defaultDate,
}: {
  child: Child;
  defaultLanguage: ExportLanguage;
  defaultDate: string;
}) {
  const { t } = useTranslation('documents');
  return (
    <DocumentCard
      id="meeting-prep-heading"
      title={t('meetingPrep.title')}
      description={t('meetingPrep.description')}
    >
      <MeetingPrepForm child={child} defaultLanguage={defaultLanguage} defaultDate={defaultDate} />
    </DocumentCard>
  );
}
