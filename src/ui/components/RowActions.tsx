// The icon buttons at the end of a table row, aligned right: each with a tooltip and a label that
// names the row ("Wijzig contact van 3-11-2026"), since the icon alone says nothing to a screen reader.
import { ActionIcon, Group, Tooltip } from '@mantine/core';
import type { TablerIcon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function RowActions({ children }: { children: ReactNode }) {
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      {children}
    </Group>
  );
}

export function RowAction({
  tooltip,
  label,
  icon: RowIcon,
  onClick,
}: {
  tooltip: string;
  label: string;
  icon: TablerIcon;
  onClick: () => void;
}) {
  return (
    <Tooltip label={tooltip}>
      <ActionIcon variant="subtle" aria-label={label} onClick={onClick}>
        <RowIcon size={18} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}
