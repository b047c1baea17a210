// Coordinators only: the longest auto-lock time anyone may choose for this home on this computer.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTO_LOCK_RANGE, withAutoLockCap } from '../../platform';
import { usePlatform, useSessionState } from '../../ui/AppContext';
import { TextField } from '../../ui/components/Field';

export function AutoLockCapCard() {
  const { t } = useTranslation(['settings', 'common']);
  const { settings, updateSettings } = usePlatform();
  const { home } = useSessionState();
  const current = settings.autoLockCaps[home.id];
  const [minutes, setMinutes] = useState(current === undefined ? '' : String(current));
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const value = minutes.trim() === '' ? null : Number(minutes);
    if (
      value !== null &&
      (!Number.isInteger(value) || value < AUTO_LOCK_RANGE.min || value > AUTO_LOCK_RANGE.max)
    ) {
      setError(t('autoLockRange', AUTO_LOCK_RANGE));
      return;
    }
    setError(undefined);
    await updateSettings({ autoLockCaps: withAutoLockCap(settings.autoLockCaps, home.id, value) });
    setSaved(true);
  };

  return (
    <form className="card" onSubmit={(event) => void save(event)} noValidate aria-labelledby="cap-heading">
      <h2 id="cap-heading">{t('cap.title')}</h2>
      <TextField
        label={t('cap.label')}
        type="number"
        min={AUTO_LOCK_RANGE.min}
        max={AUTO_LOCK_RANGE.max}
        value={minutes}
        onChange={(value) => {
          setMinutes(value);
          setSaved(false);
        }}
        error={error}
        hint={t('cap.hint')}
      />
      <button type="submit">{t('cap.save')}</button>
      {saved ? <p role="status">{t('saved')}</p> : null}
    </form>
  );
}
