// The week grid: one row per staff member, one column per day, each shift as kind and times, and
// absences marked in words (never by colour alone). A shift opens for changing when clicked.
import { Badge, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  absenceCovers,
  isoWeekday,
  weekDates,
  type Absence,
  type Shift,
  type ShiftType,
} from '../../domain/roster';
import type { IsoDate, StaffMember } from '../../domain/types';
import { formatDayMonth } from '../../i18n/format';

interface Props {
  monday: IsoDate;
  staff: readonly StaffMember[];
  shifts: readonly Shift[];
  absences: readonly Absence[];
  shiftTypes: readonly ShiftType[];
  today: IsoDate;
  onEditShift: (shift: Shift) => void;
}

export function WeekGrid({ monday, staff, shifts, absences, shiftTypes, today, onEditShift }: Props) {
  const { t, i18n } = useTranslation('roster');
  const days = weekDates(monday);
  const kindLabel = (shift: Shift) =>
    shift.kind === 'custom'
      ? (shiftTypes.find((type) => type.id === shift.shiftTypeId)?.name ?? t('shiftKinds.custom'))
      : t(`shiftKinds.${shift.kind}`);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table withTableBorder withColumnBorders aria-label={t('week.gridLabel')} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>{t('week.staff')}</Table.Th>
            {days.map((day) => (
              <Table.Th
                key={day}
                style={{ verticalAlign: 'top' }}
                aria-current={day === today ? 'date' : undefined}
              >
                {/* Weekday over the date: fits a seventh of a 1366 px screen in either language. */}
                <Text span display="block" size="sm" fw={700}>
                  {t(`weekdaysShort.${isoWeekday(day) as 1 | 2 | 3 | 4 | 5 | 6 | 7}`)}
                </Text>{' '}
                <Text span display="block" size="sm" fw={400} className="tabular">
                  {formatDayMonth(day, i18n.language)}
                </Text>
                {day === today ? (
                  <Text span display="block" size="xs" fw={700}>
                    {t('week.today')}
                  </Text>
                ) : null}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {staff.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Th scope="row">{member.name}</Table.Th>
              {days.map((day) => {
                const absence = absences.find(
                  (item) => item.staffId === member.id && absenceCovers(item, day),
                );
                const mine = shifts.filter((shift) => shift.staffId === member.id && shift.date === day);
                return (
                  <Table.Td key={day} valign="top">
                    <Stack gap={4}>
                      {absence ? (
                        <Badge color="gray" variant="outline" tt="none">
                          {t(`absenceKinds.${absence.kind}`)}
                        </Badge>
                      ) : null}
                      {mine.map((shift) => (
                        <UnstyledButton
                          key={shift.id}
                          onClick={() => onEditShift(shift)}
                          title={t('week.editShift')}
                          aria-label={t('week.shiftLabel', {
                            name: member.name,
                            kind: kindLabel(shift),
                            start: shift.start,
                            end: shift.end,
                          })}
                          className="roster-shift"
                        >
                          <Text size="sm" td={absence ? 'line-through' : undefined}>
                            <strong>{kindLabel(shift)}</strong>{' '}
                            <span className="tabular">
                              {shift.start}–{shift.end}
                            </span>
                          </Text>
                        </UnstyledButton>
                      ))}
                    </Stack>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
