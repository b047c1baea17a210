// The contact-norm status of a child in words: on track, due before a date, or overdue since a date.
import { useTranslation } from 'react-i18next';
import type { ContactStatus } from '../../domain/contacts';
import { addDays } from '../../domain/dates';
import { formatDate } from '../../i18n/format';
import { StatusBadge } from '../../ui/components/StatusBadge';

const TONES = { overdue: 'overdue', due: 'due', onTrack: 'onTrack', notApplicable: 'ended' } as const;

export function ContactStatusBadge({ status }: { status: ContactStatus }) {
  const { t, i18n } = useTranslation('contacts');
  const date = (iso: string) => formatDate(iso, i18n.language);
  const text =
    status.status === 'overdue'
      ? t('status.overdue', { date: date(addDays(status.dueOn, 1)) })
      : status.status === 'due'
        ? t('status.due', { date: date(status.dueOn) })
        : status.status === 'onTrack'
          ? t('status.onTrack', { date: date(status.dueOn) })
          : t('status.notApplicable');
  return <StatusBadge tone={TONES[status.status]} label={text} />;
}
