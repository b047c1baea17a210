// App settings: language and the auto-lock time (stored in app settings, not in a home).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTO_LOCK_RANGE, LANGUAGES, type Language } from '../../platform';
import { usePlatform, useSessionState } from '../../ui/AppContext';
import { SelectField, TextField } from '../../ui/components/Field';
import { BackupCard, HomePolicyCard } from '../backup';
import { ReportSettingsCard } from '../reports';
import { RetentionCard } from '../retention';
import { AutoLockCapCard } from './AutoLockCapCard';
import { ChangePasswordCard } from './ChangePasswordCard';
import { DataHealthCard } from './DataHealthCard';
import { StorageCard } from './StorageCard';

export function SettingsPage() {
  const { t } = useTranslation(['settings', 'common']);
  const { settings, updateSettings } = usePlatform();
  const { home, repos } = useSessionState();
  const cap = settings.autoLockCaps[home.id];
  const coordinator = repos.session.isCoordinator;
  const [minutes, setMinutes] = useState(String(settings.autoLockMinutes));
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);

  const saveMinutes = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(minutes);
    if (!Number.isInteger(value) || value < AUTO_LOCK_RANGE.min || value > AUTO_LOCK_RANGE.max) {
      setError(t('autoLockRange', AUTO_LOCK_RANGE));
      return;
    }
    if (cap !== undefined && value > cap) {
      setError(t('autoLockAboveCap', { cap }));
      return;
    }
    setError(undefined);
    await updateSettings({ autoLockMinutes: value });
    setSaved(true);
  };

  return (
    <section aria-labelledby="settings-heading">
      <h1 id="settings-heading">{t('title')}</h1>
      <SelectField
        label={t('language')}
        value={settings.language}
        onChange={(value) => void updateSettings({ language: value as Language })}
        options={LANGUAGES.map((value) => ({ value, label: t(`languages.${value}`) }))}
      />
      <form onSubmit={(event) => void saveMinutes(event)} noValidate>
        <TextField
          label={t('autoLock')}
          type="number"
          min={AUTO_LOCK_RANGE.min}
          max={AUTO_LOCK_RANGE.max}
          value={minutes}
          onChange={(value) => {
            setMinutes(value);
            setSaved(false);
          }}
          error={error}
          hint={
            cap === undefined ? t('autoLockHint') : `${t('autoLockHint')} ${t('autoLockCapped', { cap })}`
          }
        />
        <button type="submit">{t('common:save')}</button>
        {saved ? <p role="status">{t('saved')}</p> : null}
      </form>
      {repos.session.isCoordinator ? <AutoLockCapCard /> : null}
      <ChangePasswordCard />
      <BackupCard />
      {coordinator ? <HomePolicyCard /> : null}
      {coordinator ? <RetentionCard /> : null}
      {coordinator ? <ReportSettingsCard /> : null}
      <StorageCard />
      {coordinator ? <DataHealthCard /> : null}
    </section>
  );
}
