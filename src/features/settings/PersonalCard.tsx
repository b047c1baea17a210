// Your own settings on this computer: the app's language and after how many idle minutes it locks.
import { Button, Group, NumberInput, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTO_LOCK_RANGE, LANGUAGES, type Language } from '../../platform';
import { usePlatform, useSessionState } from '../../ui/AppContext';
import { SavedNote } from './SavedNote';
import { SettingsCard } from './SettingsCard';

export function PersonalCard() {
  const { t } = useTranslation(['settings', 'common']);
  const { settings, updateSettings } = usePlatform();
  const { home } = useSessionState();
  const cap = settings.autoLockCaps[home.id];
  const [saved, setSaved] = useState(false);
  const form = useForm<{ minutes: number | string }>({
    initialValues: { minutes: settings.autoLockMinutes },
    validate: {
      minutes: (value) => {
        const minutes = Number(value);
        if (
          value === '' ||
          !Number.isInteger(minutes) ||
          minutes < AUTO_LOCK_RANGE.min ||
          minutes > AUTO_LOCK_RANGE.max
        )
          return t('autoLockRange', AUTO_LOCK_RANGE);
        return cap !== undefined && minutes > cap ? t('autoLockAboveCap', { count: cap }) : null;
      },
    },
    onValuesChange: () => setSaved(false),
  });

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
      <form
        onSubmit={form.onSubmit(async ({ minutes }) => {
          await updateSettings({ autoLockMinutes: Number(minutes) });
          setSaved(true);
        })}
        noValidate
      >
        <Stack gap="sm">
          <NumberInput
            {...form.getInputProps('minutes')}
            label={t('autoLock')}
            description={
              cap === undefined
                ? t('autoLockHint')
                : `${t('autoLockHint')} ${t('autoLockCapped', { count: cap })}`
            }
            min={AUTO_LOCK_RANGE.min}
            max={AUTO_LOCK_RANGE.max}
            allowDecimal={false}
            allowNegative={false}
            w={280}
          />
          <Group gap="sm">
            <Button type="submit" variant="light">
              {t('common:save')}
            </Button>
            {saved ? <SavedNote text={t('saved')} /> : null}
          </Group>
        </Stack>
      </form>
    </SettingsCard>
  );
}
