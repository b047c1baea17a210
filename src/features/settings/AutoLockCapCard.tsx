// Coordinators only: the longest auto-lock time anyone may choose for this home on this computer.
import { useTranslation } from 'react-i18next';
import { withAutoLockCap } from '../../platform';
import { usePlatform, useSessionState } from '../../ui/AppContext';
import { AutoLockMinutesForm } from './AutoLockMinutesForm';
import { SettingsCard } from './SettingsCard';

export function AutoLockCapCard() {
  const { t } = useTranslation(['settings', 'common']);
  const { settings, updateSettings } = usePlatform();
  const { home } = useSessionState();

  return (
    <SettingsCard id="cap-heading" title={t('cap.title')}>
      <AutoLockMinutesForm
        initialMinutes={settings.autoLockCaps[home.id]}
        optional
        label={t('cap.label')}
        description={t('cap.hint')}
        saveLabel={t('cap.save')}
        labelledBy="cap-heading"
        onSave={(minutes) =>
          updateSettings({ autoLockCaps: withAutoLockCap(settings.autoLockCaps, home.id, minutes) })
        }
      />
    </SettingsCard>
  );
}
