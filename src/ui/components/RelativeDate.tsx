// A date as people say it when it is near ("vandaag", "gisteren", "over 3 dagen"), the full date in a
// tooltip; further away the full date itself (dd-mm-jjjj in Dutch).
import { Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../domain/types';
import { formatDate, relativeDay } from '../../i18n/format';
import { useToday } from '../useToday';

export { RELATIVE_DAYS } from '../../i18n/format';

/** `relativeDay` for today and the app's language. */
export function useRelativeDate(): (date: IsoDate) => string {
  const { i18n } = useTranslation('common');
  const today = useToday();
  return (date) => relativeDay(date, today, i18n.language);
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
