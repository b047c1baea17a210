// Dates in forms: dd-mm-jjjj in Dutch and dd/mm/yyyy in (British) English, whatever the OS locale;
// values are always ISO `YYYY-MM-DD` strings, times 24-hour.
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

export type UiLanguage = 'nl' | 'en';

export const dayjsLocale = (language: string): string => (language === 'en' ? 'en-gb' : 'nl');

/** What a date field shows and accepts as typed input. */
export const dateInputFormat = (language: string): string =>
  language === 'en' ? 'DD/MM/YYYY' : 'DD-MM-YYYY';

/** The placeholder people read: "dd-mm-jjjj" in Dutch. */
export const datePlaceholder = (language: string): string =>
  language === 'en' ? 'dd/mm/yyyy' : 'dd-mm-jjjj';

const TYPED_FORMATS = ['DD-MM-YYYY', 'D-M-YYYY', 'DD/MM/YYYY', 'D/M/YYYY', 'DD.MM.YYYY', 'YYYY-MM-DD'];

/**
 * Typed text to an ISO date, or null when it is not a real date: `31-02-2026` is refused rather than
 * rolled over into March. Day first in every accepted form, as both languages write it.
 */
export function parseTypedDate(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  for (const format of TYPED_FORMATS) {
    const parsed = dayjs(trimmed, format, true);
    if (parsed.isValid()) return parsed.format('YYYY-MM-DD');
  }
  return null;
}
