// "Opgeslagen." beside a settings form's button, announced to screen readers.
import { Group, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';

export function SavedNote({ text }: { text: string }) {
  return (
    <Group gap={4} role="status" c="green.9">
      <IconCheck size={16} aria-hidden />
      <Text size="sm" c="green.9">
        {text}
      </Text>
    </Group>
  );
}
