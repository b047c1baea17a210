// Coordinators only: the longest auto-lock time anyone may choose for this home on this computer.
import { Button, Group, NumberInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTO_LOCK_RANGE, withAutoLockCap } from '../../platform';
import { usePlatform, useSessionState } from '../../ui/AppContext';
import { SavedNote } from './SavedNote';
import { SettingsCard } from './SettingsCard';

export function AutoLockCapCard() {
  const { t } = useTranslation(['settings', 'common']);
  const { settings, updateSettings } = usePlatform();
  const { home } = useSessionState();
  const current = settings.autoLockCaps[home.id];
  const [saved, setSaved] = useState(false);
  const form = useForm<{ minutes: number | string }>({
    initialValues: { minutes: current ?? '' },
    validate: {
      minutes: (value) => {
        if (value === '') return null;
        const minutes = Number(value);
        return Number.isInteger(minutes) && minutes >= AUTO_LOCK_RANGE.min && minutes <= AUTO_LOCK_RANGE.max
          ? null
          : t('autoLockRange', AUTO_LOCK_RANGE);
      },
    },
    onValuesChange: () => setSaved(false),
  });

  return (
    <SettingsCard id="cap-heading" title={t('cap.title')}>
      <form
        onSubmit={form.onSubmit(async ({ minutes }) => {
          const value = minutes === '' ? null : Number(minutes);
          await updateSettings({ autoLockCaps: withAutoLockCap(settings.autoLockCaps, home.id, value) });
          setSaved(true);
        })}
        noValidate
        aria-labelledby="cap-heading"
      >
        <Stack gap="sm">
          <NumberInput
            {...form.getInputProps('minutes')}
            label={t('cap.label')}
            description={t('cap.hint')}
            min={AUTO_LOCK_RANGE.min}
            max={AUTO_LOCK_RANGE.max}
            allowDecimal={false}
            allowNegative={false}
            w={280}
          />
          <Group gap="sm">
            <Button type="submit" variant="light">
              {t('cap.save')}
            </Button>
            {saved ? <SavedNote text={t('saved')} /> : null}
          </Group>
        </Stack>
      </form>
    </SettingsCard>
  );
}
