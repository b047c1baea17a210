// The "Documenten" tab: the Word documents of one child, each with its own language choice.
import { useTranslation } from 'react-i18next';
import { useChildFromRoute } from '../children/useChildFromRoute';
import { SchoolCardExport } from '../school';
import { HandoverCard } from './HandoverCard';
import { AgreementsSheetCard, MeetingPrepCard } from './SimpleDocumentCards';

export function DocumentsPage() {
  const { t, i18n } = useTranslation('documents');
  const child = useChildFromRoute();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading" className="visually-hidden">
        {t('title')}
      </h2>
      <p className="hint">{t('intro')}</p>
      <AgreementsSheetCard child={child} defaultLanguage={language} />
      <MeetingPrepCard child={child} defaultLanguage={language} />
      <SchoolCardExport child={child} defaultLanguage={language} />
      <HandoverCard child={child} defaultLanguage={language} />
    </section>
  );
}
