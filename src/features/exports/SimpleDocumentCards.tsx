// The agreements sheet and the meeting preparation: pick a language (and a date), then export.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Child } from '../../domain/types';
import type { ExportLanguage } from '../../export';
import { TextField } from '../../ui/components/Field';
import { useToday } from '../../ui/useToday';
import { ExportStatus } from './ExportStatus';
import { LanguagePicker } from './LanguagePicker';
import { useDocumentExport } from './useDocumentExport';

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
    <section className="card" aria-labelledby="agreements-sheet-heading">
      <h2 id="agreements-sheet-heading">{t('agreementsSheet.title')}</h2>
      <p>{t('agreementsSheet.description')}</p>
      <LanguagePicker value={language} onChange={setLanguage} />
      <button
        type="button"
        className="button--primary"
        disabled={busy}
        onClick={() =>
          void run('agreementsSheet', language, async ({ data, homeName, today, t: docT }) => {
            // docx and the builders load with the first document, not at start-up.
            const { agreementsSheetModel, buildAgreementsSheet } = await import('../../export');
            return buildAgreementsSheet(agreementsSheetModel({ ...data, homeName, today }), docT, language);
          })
        }
      >
        {t('agreementsSheet.export')}
      </button>
      <ExportStatus state={state} />
    </section>
  );
}

export function MeetingPrepCard({
  child,
  defaultLanguage,
}: {
  child: Child;
  defaultLanguage: ExportLanguage;
}) {
  const { t } = useTranslation('documents');
  const today = useToday();
  const [language, setLanguage] = useState(defaultLanguage);
  const [meetingDate, setMeetingDate] = useState(today);
  const [error, setError] = useState<string | undefined>();
  const { state, run, busy } = useDocumentExport(child.id);
  const start = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(meetingDate)) {
      setError('invalidDate');
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
    <section className="card" aria-labelledby="meeting-prep-heading">
      <h2 id="meeting-prep-heading">{t('meetingPrep.title')}</h2>
      <p>{t('meetingPrep.description')}</p>
      <TextField
        label={t('meetingPrep.date')}
        type="date"
        value={meetingDate}
        onChange={setMeetingDate}
        error={error}
        required
      />
      <LanguagePicker value={language} onChange={setLanguage} />
      <button type="button" className="button--primary" disabled={busy} onClick={start}>
        {t('meetingPrep.export')}
      </button>
      <ExportStatus state={state} />
    </section>
  );
}
