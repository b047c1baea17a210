// Instellingen: how many weeks parents (and the youth) have to react on a shared report.
import { Button, Card, Group, NumberInput, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REACTION_PERIOD_WEEKS_RANGE } from '../../domain/reports';
import { notifyFailed, notifySaved } from '../../ui/components/notify';
import { useReportSettings } from './useReports';

export function ReportSettingsCard() {
  const { t } = useTranslation('reports');
  const { settings, save } = useReportSettings();
  const [weeks, setWeeks] = useState<number | string | undefined>(undefined);
  if (!settings) return null;
  const value = weeks ?? settings.reactionPeriodWeeks;
  const valid =
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= REACTION_PERIOD_WEEKS_RANGE.min &&
    value <= REACTION_PERIOD_WEEKS_RANGE.max;
  return (
    <Card withBorder component="section" aria-labelledby="report-settings-heading">
      <Title order={2} size="h4" id="report-settings-heading">
        {t('settings.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('settings.hint')}
      </Text>
      <Group align="flex-end">
        <NumberInput
          label={t('settings.weeks')}
          min={REACTION_PERIOD_WEEKS_RANGE.min}
          max={REACTION_PERIOD_WEEKS_RANGE.max}
          value={value}
          onChange={setWeeks}
          error={valid ? undefined : t('settings.error', REACTION_PERIOD_WEEKS_RANGE)}
          w={160}
        />
        <Button
          disabled={!valid}
          onClick={async () => {
            try {
              await save(value as number);
              setWeeks(undefined);
              notifySaved(t('saved'));
            } catch {
              notifyFailed(t('errors.failed'));
            }
          }}
        >
          {t('settings.save')}
        </Button>
      </Group>
    </Card>
  );
}
