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

/**
 * Text colours that keep AA contrast (4.5:1) on Mantine's light badge backgrounds: the default light
 * text (shade 6) is about 3:1 for green and amber, and amber has no dark enough shade at all.
 */
const TEXT_COLORS: Record<StatusTone, string> = {
  overdue: 'red.9',
  due: '#6b4200',
  onTrack: '#1d6430',
  ended: 'gray.8',
  info: 'blue.9',
};

export function StatusBadge({ tone, label, tooltip }: { tone: StatusTone; label: string; tooltip?: string }) {
  const Icon = ICONS[tone];
  const badge = (
    <Badge
      color={STATUS_COLORS[tone]}
      leftSection={<Icon size={14} aria-hidden />}
      c={TEXT_COLORS[tone]}
      tt="none"
      fw={600}
    >
      {label}
    </Badge>
  );
  return tooltip ? <Tooltip label={tooltip}>{badge}</Tooltip> : badge;
}
