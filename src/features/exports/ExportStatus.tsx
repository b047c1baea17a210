// The progress and result line of an export, announced to screen readers.
import { Group, Progress, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ExportState } from './useDocumentExport';

export function ExportStatus({ state }: { state: ExportState }) {
  const { t } = useTranslation('documents');
  if (state.step === 'idle') return null;
  const steps = ['collecting', 'building', 'saving'] as const;
  const index = steps.indexOf(state.step as (typeof steps)[number]);
  const message = t(`progress.${state.step}`, { fileName: state.fileName });
  return (
    <Stack gap={4} role="status">
      {index >= 0 ? (
        <Progress value={((index + 1) / steps.length) * 100} aria-label={message} animated size="sm" />
      ) : null}
      <Group gap={6} wrap="nowrap">
        {state.step === 'done' ? (
          <IconCircleCheck size={16} color="var(--mantine-color-green-7)" aria-hidden />
        ) : state.step === 'failed' ? (
          <IconAlertCircle size={16} color="var(--mantine-color-red-7)" aria-hidden />
        ) : null}
        <Text size="sm" c={state.step === 'failed' ? 'red.8' : undefined}>
          {message}
        </Text>
      </Group>
    </Stack>
  );
}
