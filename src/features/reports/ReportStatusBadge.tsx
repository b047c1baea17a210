// A report's stage as a badge: draft and checked in grey, shared in amber (waiting), final in green.
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '../../domain/reports';
import { StatusBadge } from '../../ui/components/StatusBadge';

const TONES = { draft: 'info', checked: 'info', shared: 'due', final: 'onTrack' } as const;

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation('reports');
  return <StatusBadge tone={TONES[status]} label={t(`status.${status}`)} />;
}
