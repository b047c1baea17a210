// A date as people say it when it is near ("vandaag", "gisteren", "over 3 dagen"), the full date in a
// tooltip; further away the full date itself (dd-mm-jjjj in Dutch).
import { Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { daysBetween } from '../../domain/dates';
import type { IsoDate } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { useToday } from '../useToday';

/** Up to this many days away a date reads as words; beyond it as a date. */
export const RELATIVE_DAYS = 13;

export function useRelativeDate() {
  const { t, i18n } = useTranslation('common');
  const today = useToday();
  return (date: IsoDate): string => {
    const days = daysBetween(today, date);
    if (Math.abs(days) > RELATIVE_DAYS) return formatDate(date, i18n.language);
    if (days === 0) return t('relative.today');
    if (days === -1) return t('relative.yesterday');
    if (days === 1) return t('relative.tomorrow');
    return days < 0 ? t('relative.daysAgo', { count: -days }) : t('relative.inDays', { count: days });
  };
}

export function RelativeDate({ date, size = 'sm' }: { date: IsoDate; size?: 'xs' | 'sm' | 'md' }) {
  const { i18n } = useTranslation('common');
  const relative = useRelativeDate();
  const full = formatDate(date, i18n.language);
  const text = relative(date);
  const shown = (
    <Text span size={size} className="tabular">
      {text}
    </Text>
  );
  return text === full ? shown : <Tooltip label={full}>{shown}</Tooltip>;
}
