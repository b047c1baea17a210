// Planning one shift, or changing or removing a planned one: who, which day, which kind (the times
// follow the kind, and can be changed).
import { Button, Group, Select, Stack } from '@mantine/core';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BUILT_IN_SHIFT_KINDS,
  DEFAULT_SHIFT_TIMES,
  offeredShiftTypes,
  validateShift,
  type Shift,
  type ShiftKind,
  type ShiftType,
} from '../../domain/roster';
import type { IsoDate, StaffMember } from '../../domain/types';
import { DateField, TimeField } from '../../ui/components/DateField';
import { FormDrawer, isChanged } from '../../ui/components/FormDrawer';
import { notifyFailed, notifySaved } from '../../ui/components/notify';
import { useRosterCommands } from './useRoster';

interface Props {
  opened: boolean;
  date: IsoDate;
  staffId?: string;
  /** A planned shift to change or remove; none to plan a new one. */
  shift?: Shift;
  staff: readonly StaffMember[];
  shiftTypes: readonly ShiftType[];
  onClose: () => void;
}

export function ShiftDrawer({
  opened,
  date: initialDate,
  staffId: initialStaff,
  shift,
  staff,
  shiftTypes,
  onClose,
}: Props) {
  const { t } = useTranslation(['roster', 'common']);
  const { planShift, updateShift, removeShift } = useRosterCommands();
  const [staffId, setStaffId] = useState<string | null>(null);
  const [date, setDate] = useState(initialDate);
  const [kind, setKind] = useState<string | null>('day');
  const [start, setStart] = useState(DEFAULT_SHIFT_TIMES.day.start);
  const [end, setEnd] = useState(DEFAULT_SHIFT_TIMES.day.end);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const initial = useMemo(
    () => ({
      staffId: shift?.staffId ?? initialStaff ?? null,
      date: shift?.date ?? initialDate,
      kind: shift ? (shift.kind === 'custom' ? (shift.shiftTypeId ?? null) : shift.kind) : 'day',
      start: shift?.start ?? DEFAULT_SHIFT_TIMES.day.start,
      end: shift?.end ?? DEFAULT_SHIFT_TIMES.day.end,
    }),
    [initialDate, initialStaff, shift],
  );
  useEffect(() => {
    if (!opened) return;
    setStaffId(initial.staffId);
    setDate(initial.date);
    setKind(initial.kind);
    setStart(initial.start);
    setEnd(initial.end);
    setErrors({});
  }, [opened, initial]);
  const dirty = isChanged({ staffId, date, kind, start, end }, initial);

  const chooseKind = (value: string | null) => {
    setKind(value);
    const builtIn = BUILT_IN_SHIFT_KINDS.find((candidate) => candidate === value);
    const own = shiftTypes.find((type) => type.id === value);
    const times = builtIn ? DEFAULT_SHIFT_TIMES[builtIn] : own;
    if (times) {
      setStart(times.start);
      setEnd(times.end);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const own = shiftTypes.find((type) => type.id === kind);
    const draft = {
      staffId: staffId ?? '',
      date,
      kind: (own ? 'custom' : (kind ?? 'day')) as ShiftKind,
      // Undefined clears the own type when an edited shift becomes a built-in kind again.
      shiftTypeId: own?.id,
      start,
      end,
    };
    const codes = validateShift(draft);
    setErrors(
      Object.fromEntries(
        Object.entries(codes).map(([field, code]) => [field, t(`shiftDrawer.errors.${code}`)]),
      ),
    );
    if (Object.keys(codes).length > 0) return;
    try {
      if (shift) await updateShift(shift.id, draft);
      else await planShift(draft);
      notifySaved();
      onClose();
    } catch {
      notifyFailed(t('common:saveFailed'));
    }
  };

  const remove = async () => {
    if (!shift) return;
    try {
      await removeShift(shift.id);
      notifySaved(t('shiftDrawer.removed'));
      onClose();
    } catch {
      notifyFailed(t('common:saveFailed'));
    }
  };

  const title = shift ? t('shiftDrawer.editTitle') : t('shiftDrawer.title');
  const kinds = [
    ...BUILT_IN_SHIFT_KINDS.map((value) => ({ value, label: t(`shiftKinds.${value}`) })),
    ...offeredShiftTypes(shiftTypes, [shift?.shiftTypeId]).map((type) => ({
      value: type.id,
      label: type.name,
    })),
  ];
  return (
    <FormDrawer title={title} opened={opened} onClose={onClose} dirty={dirty}>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
        <Stack>
          <Select
            label={t('shiftDrawer.staff')}
            data={staff.map((member) => ({ value: member.id, label: member.name }))}
            value={staffId}
            onChange={setStaffId}
            searchable
            required
            error={errors.staffId}
          />
          <DateField
            label={t('shiftDrawer.date')}
            value={date}
            onChange={setDate}
            required
            error={errors.date}
          />
          <Select
            label={t('shiftDrawer.kind')}
            data={kinds}
            value={kind}
            onChange={chooseKind}
            allowDeselect={false}
          />
          <Group grow>
            <TimeField
              label={t('shiftDrawer.start')}
              value={start}
              onChange={setStart}
              error={errors.start}
            />
            <TimeField label={t('shiftDrawer.end')} value={end} onChange={setEnd} error={errors.end} />
          </Group>
          <Group justify="space-between">
            {shift ? (
              <Button color="red" variant="subtle" onClick={() => void remove()}>
                {t('shiftDrawer.remove')}
              </Button>
            ) : (
              <span />
            )}
            <Group>
              <Button variant="default" onClick={onClose}>
                {t('common:cancel')}
              </Button>
              <Button type="submit">{t('common:save')}</Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </FormDrawer>
  );
}
