// An auto-lock time in whole minutes within the allowed range, saved with its own button and a short
// "saved" note: the personal setting and the coordinator's cap for the home share it.
import { Button, Group, NumberInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTO_LOCK_RANGE } from '../../platform';
import { SavedNote } from './SavedNote';

export function AutoLockMinutesForm({
  initialMinutes,
  optional = false,
  check,
  label,
  description,
  saveLabel,
  labelledBy,
  onSave,
}: {
  initialMinutes: number | undefined;
  /** Empty may be saved, as `null` (no limit). */
  optional?: boolean;
  /** A further check on minutes within the range: an error message, or null. */
  check?: (minutes: number) => string | null;
  label: string;
  description: string;
  saveLabel: string;
  /** The id of the heading that names the form. */
  labelledBy?: string;
  onSave: (minutes: number | null) => Promise<void>;
}) {
  const { t } = useTranslation('settings');
  const [saved, setSaved] = useState(false);
  const form = useForm<{ minutes: number | string }>({
    initialValues: { minutes: initialMinutes ?? '' },
    validate: {
      minutes: (value) => {
        if (value === '') return optional ? null : t('autoLockRange', AUTO_LOCK_RANGE);
        const minutes = Number(value);
        if (!Number.isInteger(minutes) || minutes < AUTO_LOCK_RANGE.min || minutes > AUTO_LOCK_RANGE.max)
          return t('autoLockRange', AUTO_LOCK_RANGE);
        return check?.(minutes) ?? null;
      },
    },
    onValuesChange: () => setSaved(false),
  });

  return (
    <form
      onSubmit={form.onSubmit(async ({ minutes }) => {
        await onSave(minutes === '' ? null : Number(minutes));
        setSaved(true);
      })}
      noValidate
      aria-labelledby={labelledBy}
    >
      <Stack gap="sm">
        <NumberInput
          {...form.getInputProps('minutes')}
          label={label}
          description={description}
          min={AUTO_LOCK_RANGE.min}
          max={AUTO_LOCK_RANGE.max}
          allowDecimal={false}
          allowNegative={false}
          w={280}
        />
        <Group gap="sm">
          <Button type="submit" variant="light">
            {saveLabel}
          </Button>
          {saved ? <SavedNote text={t('saved')} /> : null}
        </Group>
      </Stack>
    </form>
  );
}
