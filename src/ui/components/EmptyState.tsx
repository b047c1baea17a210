// What a list shows when it has nothing yet: a sentence and, where it helps, the next step.
import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <Paper withBorder p="lg" bg="gray.0" role="status">
      <Stack gap="sm" align="flex-start">
        <Text c="gray.7">{children}</Text>
        {action}
      </Stack>
    </Paper>
  );
}
