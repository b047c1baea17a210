// Coordinators: who may make backups, when to be reminded, and the retention period of ended placements.
import { Button, Checkbox, Group, NumberInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_REMINDER_RANGE, RETENTION_RANGE, type HomePolicy } from '../../data/homePolicy';
import { SavedNote } from '../settings/SavedNote';
import { SettingsCard } from '../settings/SettingsCard';
import { useHomePolicy } from './useBackup';

export function HomePolicyCard() {
  const { policy } = useHomePolicy();
  if (!policy) return null;
  return <PolicyForm policy={policy} />;
}

function PolicyForm({ policy }: { policy: HomePolicy }) {
  const { t } = useTranslation('backup');
  const { update } = useHomePolicy();
  const [saved, setSaved] = useState(false);
  const inRange = (range: { min: number; max: number }) => (value: number | string) => {
    const number = Number(value);
    return value !== '' && Number.isInteger(number) && number >= range.min && number <= range.max
      ? null
      : t('policy.range', range);
  };
  const form = useForm<{ staffMayBackup: boolean; days: number | string; years: number | string }>({
    initialValues: {
      staffMayBackup: policy.staffMayBackup,
      days: policy.backupReminderDays,
      years: policy.retentionYears,
    },
    validate: { days: inRange(BACKUP_REMINDER_RANGE), years: inRange(RETENTION_RANGE) },
    onValuesChange: () => setSaved(false),
  });
  return (
    <SettingsCard id="policy-heading" title={t('policy.title')}>
      <form
        onSubmit={form.onSubmit(async ({ staffMayBackup, days, years }) => {
          await update({ staffMayBackup, backupReminderDays: Number(days), retentionYears: Number(years) });
          setSaved(true);
        })}
        noValidate
        aria-labelledby="policy-heading"
      >
        <Stack gap="sm">
          <Checkbox
            {...form.getInputProps('staffMayBackup', { type: 'checkbox' })}
            label={t('policy.staffMayBackup')}
          />
          <NumberInput
            {...form.getInputProps('days')}
            label={t('policy.reminderDays')}
            min={BACKUP_REMINDER_RANGE.min}
            max={BACKUP_REMINDER_RANGE.max}
            allowDecimal={false}
            allowNegative={false}
            w={420}
          />
          <NumberInput
            {...form.getInputProps('years')}
            label={t('policy.retentionYears')}
            description={t('policy.retentionHint')}
            min={RETENTION_RANGE.min}
            max={RETENTION_RANGE.max}
            allowDecimal={false}
            allowNegative={false}
            w={420}
          />
          <Group gap="sm">
            <Button type="submit" variant="light">
              {t('policy.save')}
            </Button>
            {saved ? <SavedNote text={t('policy.saved')} /> : null}
          </Group>
        </Stack>
      </form>
    </SettingsCard>
  );
}
