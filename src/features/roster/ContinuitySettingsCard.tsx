// Instellingen (coordinators): above how many different staff in 30 days a family is flagged.
import { Button, Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { isValidMaxStaff, MAX_STAFF_RANGE } from '../../data/continuitySettings';
import { notifyFailed, notifySaved } from '../../ui/components/notify';
import { useContinuitySettings } from './useContinuity';

export function ContinuitySettingsCard() {
  const { t } = useTranslation(['roster', 'common']);
  const { settings, update } = useContinuitySettings();
  return (
    <Card withBorder component="section" aria-labelledby="continuity-settings-heading">
      <Title order={2} size="h4" id="continuity-settings-heading">
        {t('settings.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('settings.hint')}
      </Text>
      {settings ? (
        // Keyed on the stored value: a save here or in another window starts the form from it.
        <MaxStaffForm key={settings.maxStaffPer30Days} stored={settings.maxStaffPer30Days} update={update} />
      ) : null}
    </Card>
  );
}

function MaxStaffForm({ stored, update }: { stored: number; update: (max: number) => Promise<unknown> }) {
  const { t } = useTranslation(['roster', 'common']);
  const form = useForm<{ max: number | string }>({
    initialValues: { max: stored },
    validate: {
      max: (value) => (isValidMaxStaff(value) ? null : t('settings.range', MAX_STAFF_RANGE)),
    },
  });
  return (
    <form
      noValidate
      aria-labelledby="continuity-settings-heading"
      onSubmit={form.onSubmit(async ({ max }) => {
        try {
          await update(Number(max));
          notifySaved();
        } catch {
          notifyFailed(t('common:saveFailed'));
        }
      })}
    >
      <Stack gap="sm">
        <NumberInput
          {...form.getInputProps('max')}
          label={t('settings.max')}
          min={MAX_STAFF_RANGE.min}
          max={MAX_STAFF_RANGE.max}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          w={360}
        />
        <Group>
          <Button type="submit" variant="light">
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
