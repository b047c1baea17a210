// Date and time fields that follow the app's language, never the OS: dd-mm-jjjj in Dutch, dd/mm/yyyy in
// English, typed or picked; times 24-hour. Values are ISO strings (`YYYY-MM-DD`, `HH:mm`), '' when empty.
import { DateInput, TimePicker, type DateInputProps, type TimePickerProps } from '@mantine/dates';
import { ActionIcon } from '@mantine/core';
import { IconCalendar, IconClock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateInputFormat, datePlaceholder, parseTypedDate } from '../design/dates';

export interface DateFieldProps extends Omit<
  DateInputProps,
  'value' | 'onChange' | 'valueFormat' | 'dateParser' | 'error'
> {
  value: string;
  onChange: (value: string) => void;
  /** A validation code (`required`, `invalidDate`, …) or an already translated message. */
  error?: string;
}

/**
 * Typing is the main way in; the calendar opens only from its button (or Alt+↓), so it never covers
 * the form's Save button while someone types a date.
 */
export function DateField({ value, onChange, error, ...props }: DateFieldProps) {
  const { t, i18n } = useTranslation('common');
  const [calendarOpen, setCalendarOpen] = useState(false);
  return (
    <DateInput
      value={value || null}
      onChange={(next) => {
        onChange(next ?? '');
        setCalendarOpen(false);
      }}
      valueFormat={dateInputFormat(i18n.language)}
      dateParser={parseTypedDate}
      placeholder={datePlaceholder(i18n.language)}
      leftSectionPointerEvents="all"
      leftSection={
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={t('openCalendar')}
          onClick={() => setCalendarOpen((open) => !open)}
        >
          <IconCalendar size={16} aria-hidden />
        </ActionIcon>
      }
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown' && event.altKey) setCalendarOpen(true);
        if (event.key === 'Escape' || event.key === 'Tab') setCalendarOpen(false);
      }}
      clearable
      clearButtonProps={{ 'aria-label': t('clearDate') }}
      error={error ? t(`validation.${error}`, { defaultValue: error }) : undefined}
      popoverProps={{ withinPortal: true, opened: calendarOpen, onDismiss: () => setCalendarOpen(false) }}
      {...props}
    />
  );
}

export interface TimeFieldProps extends Omit<TimePickerProps, 'value' | 'onChange' | 'format' | 'error'> {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

export function TimeField({ value, onChange, error, ...props }: TimeFieldProps) {
  const { t } = useTranslation('common');
  return (
    <TimePicker
      value={value}
      onChange={onChange}
      format="24h"
      leftSection={<IconClock size={16} aria-hidden />}
      hoursInputLabel={t('time.hours')}
      minutesInputLabel={t('time.minutes')}
      error={error ? t(`validation.${error}`, { defaultValue: error }) : undefined}
      {...props}
    />
  );
}
