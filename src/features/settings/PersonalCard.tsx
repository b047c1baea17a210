// Your own settings on this computer: the app's language and after how many idle minutes it locks.
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../platform';
import { usePlatform, useSessionState } from '../../ui/AppContext';
import { AutoLockMinutesForm } from './AutoLockMinutesForm';
import { SettingsCard } from './SettingsCard';

export function PersonalCard() {
  const { t } = useTranslation(['settings', 'common']);
  const { settings, updateSettings } = usePlatform();
  const { home } = useSessionState();
  const cap = settings.autoLockCaps[home.id];

  return (
    <SettingsCard id="personal-heading" title={t('personal.title')} description={t('personal.intro')}>
      <Select
        label={t('language')}
        value={settings.language}
        onChange={(value) => value && void updateSettings({ language: value as Language })}
        data={LANGUAGES.map((value) => ({ value, label: t(`languages.${value}`) }))}
        allowDeselect={false}
        w={280}
      />
      <AutoLockMinutesForm
        initialMinutes={settings.autoLockMinutes}
        check={(minutes) =>
          cap !== undefined && minutes > cap ? t('autoLockAboveCap', { count: cap }) : null
        }
        label={t('autoLock')}
        description={
          cap === undefined
            ? t('autoLockHint')
            : `${t('autoLockHint')} ${t('autoLockCapped', { count: cap })}`
        }
        saveLabel={t('common:save')}
        // Not optional: the form validates before saving, so `minutes` is a number here.
        onSave={async (minutes) => {
          if (minutes !== null) await updateSettings({ autoLockMinutes: minutes });
        }}
      />
    </SettingsCard>
  );
}
