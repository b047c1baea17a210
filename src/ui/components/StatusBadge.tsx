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
  const color = STATUS_COLORS[tone];
  // Mantine's light badge text (e.g. green 9 on green 1, 3.8:1) misses AA at this size: the text is
  // near-black on the tinted background, the icon and the tint carry the colour.
  const badge = (
    <Badge
      color={color}
      variant="light"
      leftSection={<Icon size={14} aria-hidden color={`var(--mantine-color-${color}-9)`} />}
      c="gray.9"
      tt="none"
      fw={600}
    >
      {label}
    </Badge>
  );
  return tooltip ? <Tooltip label={tooltip}>{badge}</Tooltip> : badge;
}
