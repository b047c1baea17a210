// The top of a page: its title (the page's one h1; a tab inside a page that has its own h1 passes level 2),
// an optional line under it, and its one primary action.
import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function PageHeader({
  title,
  id,
  description,
  actions,
  level = 1,
}: {
  title: string;
  level?: 1 | 2;
  /** The heading's id, for `aria-labelledby` on the page's section. */
  id?: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="nowrap">
      <Stack gap={4}>
        <Title order={level} id={id}>
          {title}
        </Title>
        {description ? <Text c="dimmed">{description}</Text> : null}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
