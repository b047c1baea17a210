// The top of a child's tab: its title (h2; the child's name is the page's h1), a line under it and
// the tab's actions, the primary one last.
import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function TabHeader({
  id,
  title,
  description,
  actions,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
      <Stack gap={2}>
        <Title order={2} id={id}>
          {title}
        </Title>
        {description ? (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
