// The "Documenten" tab: the Word documents of one child, each with its own language choice.
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TabHeader } from '../../ui/components/TabHeader';
import { useChildFromRoute } from '../children/useChildFromRoute';
import { SchoolCardExport } from '../school';
import { HandoverCard } from './HandoverCard';
import { AgreementsSheetCard, MeetingPrepCard } from './SimpleDocumentCards';
import { useMeetingDate } from './useNextEvaluation';

export function DocumentsPage() {
  const { t, i18n } = useTranslation(['documents', 'common']);
  const child = useChildFromRoute();
  const meetingDate = useMeetingDate(child);
  const language = i18n.language === 'en' ? 'en' : 'nl';
  if (!meetingDate) return <Text role="status">{t('common:loading')}</Text>;
  return (
    <section aria-labelledby="documents-heading">
      <TabHeader id="documents-heading" title={t('title')} description={t('intro')} />
      <Stack gap="md">
        <AgreementsSheetCard child={child} defaultLanguage={language} />
        <MeetingPrepCard child={child} defaultLanguage={language} defaultDate={meetingDate} />
        <SchoolCardExport child={child} defaultLanguage={language} />
        <HandoverCard child={child} defaultLanguage={language} />
      </Stack>
    </section>
  );
}
