// A staff member's repeating pattern (which weekdays, which shift, every week or every n weeks) and
// planning it for a stretch of dates; days already planned or absent are left alone.
import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../domain/dates';
import {
  BUILT_IN_SHIFT_KINDS,
  DEFAULT_SHIFT_TIMES,
  offeredShiftTypes,
  startOfWeek,
  validatePatternPlan,
  type PatternEntry,
  type ShiftKind,
  type ShiftType,
  type StaffPattern,
} from '../../domain/roster';
import type { IsoDate, StaffMember } from '../../domain/types';
import { DateField, TimeField } from '../../ui/components/DateField';
import { FormDrawer, isChanged } from '../../ui/components/FormDrawer';
import { notifyFailed, notifySaved } from '../../ui/components/notify';
import { useRosterCommands } from './useRoster';

interface Props {
  opened: boolean;
  /** The Monday of the week on screen: where planning starts by default. */
  monday: IsoDate;
  staff: readonly StaffMember[];
  shiftTypes: readonly ShiftType[];
  patterns: readonly StaffPattern[];
  onClose: () => void;
}

/** One line of the form: a weekday and a shift (a built-in kind or an own type's id). */
interface Line {
  key: number;
  week: number;
  weekday: string | null;
  kind: string | null;
  start: string;
  end: string;
}

const EMPTY_LINE: Omit<Line, 'key'> = { week: 0, weekday: null, kind: 'day', ...DEFAULT_SHIFT_TIMES.day };
let nextKey = 0;
const newLine = (): Line => ({ key: nextKey++, ...EMPTY_LINE });

const lineOf = (entry: PatternEntry): Line => ({
  key: nextKey++,
  week: entry.week,
  weekday: String(entry.weekday),
  kind: entry.kind === 'custom' ? (entry.shiftTypeId ?? null) : entry.kind,
  start: entry.start,
  end: entry.end,
});

export function PatternDrawer({ opened, monday, staff, shiftTypes, patterns, onClose }: Props) {
  const { t } = useTranslation(['roster', 'common']);
  const { savePattern, applyPattern } = useRosterCommands();
  const [staffId, setStaffId] = useState<string | null>(null);
  const [cycleWeeks, setCycleWeeks] = useState<number | string>(1);
  const [lines, setLines] = useState<Line[]>([newLine()]);
  const [from, setFrom] = useState(monday);
  const [to, setTo] = useState(addDays(monday, 13));
  /** The pattern's own last day; empty: it runs until changed. */
  const [until, setUntil] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const existing = patterns.find((pattern) => pattern.staffId === staffId);

  useEffect(() => {
    if (!opened) return;
    setStaffId(null);
    setCycleWeeks(1);
    setLines([newLine()]);
    setFrom(monday);
    setTo(addDays(monday, 13));
    setUntil('');
    setErrors({});
  }, [opened, monday]);

  // Anything chosen or typed since the drawer opened (a line's key is not something typed).
  const dirty = isChanged(
    { staffId, cycleWeeks, lines: lines.map(({ key: _key, ...line }) => line), from, to, until },
    {
      staffId: null,
      cycleWeeks: 1,
      lines: [EMPTY_LINE],
      from: monday,
      to: addDays(monday, 13),
      until: '',
    },
  );

  const choosePerson = (id: string | null) => {
    setStaffId(id);
    const pattern = patterns.find((candidate) => candidate.staffId === id);
    setCycleWeeks(pattern?.cycleWeeks ?? 1);
    setLines(pattern && pattern.entries.length > 0 ? pattern.entries.map(lineOf) : [newLine()]);
    setUntil(pattern?.until ?? '');
  };
  const change = (key: number, patch: Partial<Line>) =>
    setLines((current) => current.map((line) => (line.key === key ? { ...line, ...patch } : line)));
  const chooseKind = (key: number, value: string | null) => {
    const builtIn = BUILT_IN_SHIFT_KINDS.find((candidate) => candidate === value);
    const times = builtIn ? DEFAULT_SHIFT_TIMES[builtIn] : shiftTypes.find((type) => type.id === value);
    change(key, { kind: value, ...(times && { start: times.start, end: times.end }) });
  };

  const cycle = Math.min(4, Math.max(1, Number(cycleWeeks) || 1));
  const entries = (): PatternEntry[] =>
    lines.map((line) => {
      const own = shiftTypes.find((type) => type.id === line.kind);
      return {
        week: Math.min(line.week, cycle - 1),
        weekday: Number(line.weekday ?? 0),
        kind: (own ? 'custom' : (line.kind ?? 'day')) as ShiftKind,
        ...(own && { shiftTypeId: own.id }),
        start: line.start,
        end: line.end,
      };
    });

  const submit = async (event: FormEvent, plan: boolean) => {
    event.preventDefault();
    const startsOn = existing?.startsOn ?? startOfWeek(from);
    const codes = validatePatternPlan({
      staffId: staffId ?? undefined,
      entries: entries(),
      from,
      to,
      startsOn,
      until: until || undefined,
    });
    setErrors(
      Object.fromEntries(
        Object.entries(codes).map(([field, code]) => [
          field,
          code === 'tooLong' || code === 'endBeforeStart' || code === 'untilBeforeStart'
            ? t(`pattern.errors.${code}`)
            : t(`shiftDrawer.errors.${code}`),
        ]),
      ),
    );
    if (Object.keys(codes).length > 0 || !staffId) return;
    try {
      const saved = await savePattern(existing, {
        staffId,
        startsOn,
        cycleWeeks: cycle,
        entries: entries(),
        // Empty clears it on purpose: the pattern then runs until changed.
        until: until || undefined,
      });
      if (plan) {
        const planned = await applyPattern(saved.id, from, to);
        notifySaved(t('pattern.planned', { count: planned.length }));
      } else notifySaved();
      onClose();
    } catch {
      notifyFailed(t('common:saveFailed'));
    }
  };

  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((day) => ({
    value: String(day),
    label: t(`weekdays.${day as 1 | 2 | 3 | 4 | 5 | 6 | 7}`),
  }));
  // An archived own type is offered only on a line that already uses it.
  const kindsFor = (line: Line) => [
    ...BUILT_IN_SHIFT_KINDS.map((value) => ({ value, label: t(`shiftKinds.${value}`) })),
    ...offeredShiftTypes(shiftTypes, [line.kind]).map((type) => ({ value: type.id, label: type.name })),
  ];
  const weeks = Array.from({ length: cycle }, (_, index) => ({
    value: String(index),
    label: t('pattern.weekN', { n: index + 1 }),
  }));
  return (
    <FormDrawer title={t('pattern.title')} opened={opened} onClose={onClose} size="xl" dirty={dirty}>
      <form onSubmit={(event) => void submit(event, true)} noValidate aria-label={t('pattern.title')}>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('pattern.intro')}
          </Text>
          <Group grow align="flex-start">
            <Select
              label={t('shiftDrawer.staff')}
              data={staff.map((member) => ({ value: member.id, label: member.name }))}
              value={staffId}
              onChange={choosePerson}
              searchable
              required
              error={errors.staffId}
            />
            <NumberInput
              label={t('pattern.cycleWeeks')}
              description={t('pattern.cycleWeeksHint')}
              min={1}
              max={4}
              allowDecimal={false}
              value={cycleWeeks}
              onChange={setCycleWeeks}
            />
            <DateField
              label={t('pattern.until')}
              description={t('pattern.untilHint')}
              value={until}
              onChange={setUntil}
              error={errors.until}
            />
          </Group>
          <Title order={3} size="h5">
            {t('pattern.lines')}
          </Title>
          {errors.entries ? (
            <Text c="red.8" size="sm" role="alert">
              {t('pattern.errors.noLines')}
            </Text>
          ) : null}
          {lines.map((line, index) => (
            <Group
              key={line.key}
              align="flex-start"
              gap="xs"
              wrap="nowrap"
              role="group"
              aria-label={t('pattern.line', { n: index + 1 })}
            >
              {cycle > 1 ? (
                <Select
                  label={t('pattern.week')}
                  data={weeks}
                  value={String(Math.min(line.week, cycle - 1))}
                  onChange={(value) => change(line.key, { week: Number(value ?? 0) })}
                  allowDeselect={false}
                  w={110}
                />
              ) : null}
              <Select
                label={t('pattern.weekday')}
                data={weekdays}
                value={line.weekday}
                onChange={(value) => change(line.key, { weekday: value })}
                required
                error={errors[`entries.${index}.weekday`]}
                w={140}
              />
              <Select
                label={t('shiftDrawer.kind')}
                data={kindsFor(line)}
                value={line.kind}
                onChange={(value) => chooseKind(line.key, value)}
                allowDeselect={false}
                error={errors[`entries.${index}.shiftTypeId`]}
                w={170}
              />
              <TimeField
                label={t('shiftDrawer.start')}
                value={line.start}
                onChange={(value) => change(line.key, { start: value })}
                error={errors[`entries.${index}.start`]}
                w={120}
              />
              <TimeField
                label={t('shiftDrawer.end')}
                value={line.end}
                onChange={(value) => change(line.key, { end: value })}
                error={errors[`entries.${index}.end`]}
                w={120}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                aria-label={t('pattern.removeLine', { n: index + 1 })}
                onClick={() => setLines((current) => current.filter((other) => other.key !== line.key))}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setLines((current) => [...current, newLine()])}
            >
              {t('pattern.addLine')}
            </Button>
          </Group>
          <Title order={3} size="h5">
            {t('pattern.planTitle')}
          </Title>
          <Group grow align="flex-start">
            <DateField
              label={t('pattern.from')}
              value={from}
              onChange={setFrom}
              required
              error={errors.from}
            />
            <DateField label={t('pattern.to')} value={to} onChange={setTo} required error={errors.to} />
          </Group>
          <Text size="sm" c="dimmed">
            {t('pattern.planHint')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button variant="default" onClick={(event) => void submit(event, false)}>
              {t('pattern.saveOnly')}
            </Button>
            <Button type="submit">{t('pattern.savePlan')}</Button>
          </Group>
        </Stack>
      </form>
    </FormDrawer>
  );
}
