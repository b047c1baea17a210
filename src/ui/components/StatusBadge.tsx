// A status always as text with an icon beside its colour: red = te laat, amber = binnenkort,
// green = op schema, grey = beëindigd.
import { Badge, Tooltip } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleOff,
  IconClock,
  IconInfoCircle,
} from '@tabler/icons-react';
import { STATUS_COLORS, type StatusTone } from '../design/theme';

const ICONS = {
  overdue: IconAlertTriangle,
  due: IconClock,
  onTrack: IconCircleCheck,
  ended: IconCircleOff,
  info: IconInfoCircle,
} as const;

export function StatusBadge({ tone, label, tooltip }: { tone: StatusTone; label: string; tooltip?: string }) {
  const Icon = ICONS[tone];
  const badge = (
    <Badge
      color={STATUS_COLORS[tone]}
      leftSection={<Icon size={14} aria-hidden />}
      // Amber text on a light background needs the darker shade for contrast.
      c={tone === 'due' ? 'yellow.9' : undefined}
      tt="none"
      fw={600}
    >
      {label}
    </Badge>
  );
  return tooltip ? <Tooltip label={tooltip}>{badge}</Tooltip> : badge;
}
