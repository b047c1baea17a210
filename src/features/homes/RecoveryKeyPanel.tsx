// Shown once after creating a home: the recovery key, with a clear instruction to print or store it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../data/homes';
import { createRepositories } from '../../data/repositories';
import type { HomeEntry } from '../../domain/types';
import { exportT } from '../../i18n';
import { usePlatform } from '../../ui/AppContext';
import { CheckboxField } from '../../ui/components/Field';
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
        exportT(language),
        language,
      );
      const result = await saveDocx(platform, `herstelsleutel-${localToday()}.docx`, bytes);
      if (result.saved) {
        await createRepositories(session).audit.recordExport('recoverySheet');
        setSaved(true);
      }
    } catch {
      setSaveError(true);
    }
  };

  return (
    <main className="recovery">
      <h1>{t('recovery.title')}</h1>
      <p>{t('recovery.intro')}</p>
      <p className="recovery-key" aria-label={t('recovery.keyLabel')}>
        <code data-testid="recovery-key">{recoveryKey}</code>
      </p>
      <ul>
        <li>{t('recovery.instructionPrint')}</li>
        <li>{t('recovery.instructionStore')}</li>
        <li>{t('recovery.instructionOnce')}</li>
      </ul>
      {/* Printing leaves no copy of the key on disk; saving a file is the second choice. */}
      <div className="actions">
        <button type="button" onClick={() => window.print()}>
          {t('recovery.print')}
        </button>
        <button type="button" onClick={() => void saveSheet()}>
          {t('recovery.saveSheet')}
        </button>
      </div>
      {saved ? <p role="status">{t('recovery.sheetSaved')}</p> : null}
      <ErrorMessage message={saveError ? t('recovery.sheetFailed') : null} />
      <CheckboxField label={t('recovery.confirm')} checked={stored} onChange={setStored} />
      <div className="actions">
        <button type="button" className="button--primary" disabled={!stored} onClick={onDone}>
          {t('recovery.continue')}
        </button>
      </div>
    </main>
  );
}
