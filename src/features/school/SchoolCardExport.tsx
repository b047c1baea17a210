// The school card on the Documenten tab: pick the version (for the school, or short for the group) and
// the language, then export; the file name carries initials only, the export is audited.
import { Button, Card, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Child } from '../../domain/types';
import type { ExportLanguage, SchoolCardVariant } from '../../export';
import { ExportStatus } from '../exports/ExportStatus';
import { LanguagePicker } from '../exports/LanguagePicker';
import { useDocumentExport } from '../exports/useDocumentExport';
import { useSay } from './schoolLabels';

export function SchoolCardExport({
  child,
  defaultLanguage,
}: {
  child: Child;
  defaultLanguage: ExportLanguage;
}) {
  const t = useSay();
  const [language, setLanguage] = useState(defaultLanguage);
  const [variant, setVariant] = useState<SchoolCardVariant>('full');
  const { state, run, busy } = useDocumentExport(child.id);
  const start = () =>
    void run(
      variant === 'full' ? 'schoolCard' : 'schoolCardStaffRoom',
      language,
      async ({ data, homeName, today, t: docT }) => {
        // docx and the builders load with the first document, not at start-up.
        const { buildSchoolCard, schoolCardModel } = await import('../../export');
        return buildSchoolCard(schoolCardModel({ ...data, homeName, today }), docT, language, variant);
      },
    );
  return (
    <Card withBorder component="section" aria-labelledby="school-card-heading" mb="md">
      <Stack gap="sm">
        <Title order={2} id="school-card-heading">
          {t('documents.title')}
        </Title>
        <Text>{t('documents.description')}</Text>
        <NativeSelect
          label={t('documents.variant')}
          value={variant}
          onChange={(event) => setVariant(event.currentTarget.value as SchoolCardVariant)}
          data={[
            { value: 'full', label: t('documents.full') },
            { value: 'staffRoom', label: t('documents.staffRoom') },
          ]}
          w={320}
        />
        <LanguagePicker value={language} onChange={setLanguage} />
        <div>
          <Button disabled={busy} onClick={start}>
            {t('documents.export')}
          </Button>
        </div>
        <ExportStatus state={state} />
      </Stack>
    </Card>
  );
}
