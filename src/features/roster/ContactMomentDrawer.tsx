// Adding or changing a family's fixed contact moment: weekday, time, how, every (other) week, from when.
import { Button, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { validateContactMoment, type ContactMoment } from '../../domain/contactMoments';
import { CONTACT_CHANNELS, type Child, type ContactChannel } from '../../domain/types';
import { useFamilyMembers } from '../family/useFamily';
import { DateField, TimeField } from '../../ui/components/DateField';
import { FormDrawer, isChanged } from '../../ui/components/FormDrawer';
import { notifyFailed, notifySaved } from '../../ui/components/notify';
import { useToday } from '../../ui/useToday';
import { useRoleCommands } from './useRoleAssignments';

interface Props {
  child: Child;
  moment: ContactMoment | 'new' | undefined;
  onClose: () => void;
}

export function ContactMomentDrawer({ child, moment, onClose }: Props) {
  const { t } = useTranslation(['roster', 'common']);
  const today = useToday();
  const { saveMoment, removeMoment } = useRoleCommands();
  const family = useFamilyMembers(child.id);
  const existing = moment && moment !== 'new' ? moment : undefined;
  const [weekday, setWeekday] = useState<string | null>(null);
  const [time, setTime] = useState('19:00');
  const [channel, setChannel] = useState<string | null>('videoCall');
  const [everyWeeks, setEveryWeeks] = useState<string | null>('1');
  const [duration, setDuration] = useState<number | string>(30);
  const [from, setFrom] = useState(today);
  const [with_, setWith] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const initial = useMemo(
    () => ({
      weekday: existing ? String(existing.weekday) : null,
      time: existing?.time ?? '19:00',
      channel: existing?.channel ?? 'videoCall',
      everyWeeks: String(existing?.everyWeeks ?? 1),
      duration: existing?.durationMinutes ?? 30,
      from: existing?.from ?? today,
      with: existing?.familyMemberIds[0] ?? null,
      note: existing?.note ?? '',
    }),
    [existing, today],
  );
  useEffect(() => {
    if (!moment) return;
    setWeekday(initial.weekday);
    setTime(initial.time);
    setChannel(initial.channel);
    setEveryWeeks(initial.everyWeeks);
    setDuration(initial.duration);
    setFrom(initial.from);
    setWith(initial.with);
    setNote(initial.note);
    setErrors({});
  }, [moment, initial]);
  const dirty = isChanged({ weekday, time, channel, everyWeeks, duration, from, with: with_, note }, initial);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft = {
      childId: child.id,
      weekday: weekday ? Number(weekday) : (undefined as unknown as number),
      time,
      durationMinutes: Number(duration) || 30,
      channel: (channel ?? 'phone') as ContactChannel,
      familyMemberIds: with_ ? [with_] : [],
      everyWeeks: (everyWeeks === '2' ? 2 : 1) as 1 | 2,
      from,
      ...(note.trim() && { note: note.trim() }),
    };
    const codes = validateContactMoment(draft);
    setErrors(
      Object.fromEntries(Object.entries(codes).map(([field, code]) => [field, t(`moments.errors.${code}`)])),
    );
    if (Object.keys(codes).length > 0) return;
    try {
      await saveMoment(existing, draft);
      notifySaved();
      onClose();
    } catch {
      notifyFailed(t('common:saveFailed'));
    }
  };

  const title = existing ? t('moments.editTitle') : t('moments.newTitle');
  return (
    <FormDrawer title={title} opened={moment !== undefined} onClose={onClose} dirty={dirty}>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
        <Stack>
          <Select
            label={t('moments.weekday')}
            data={[1, 2, 3, 4, 5, 6, 7].map((day) => ({
              value: String(day),
              label: t(`weekdays.${day as 1 | 2 | 3 | 4 | 5 | 6 | 7}`),
            }))}
            value={weekday}
            onChange={setWeekday}
            required
            error={errors.weekday}
          />
          <TimeField label={t('moments.time')} value={time} onChange={setTime} required error={errors.time} />
          <Select
            label={t('moments.channel')}
            data={CONTACT_CHANNELS.map((value) => ({ value, label: t(`common:channels.${value}`) }))}
            value={channel}
            onChange={setChannel}
            allowDeselect={false}
          />
          <Select
            label={t('moments.with')}
            data={(family ?? [])
              .filter((member) => member.kind !== 'professional')
              .map((member) => ({ value: member.id, label: member.name }))}
            value={with_}
            onChange={setWith}
            clearable
          />
          <Select
            label={t('moments.every')}
            data={[
              { value: '1', label: t('moments.everyWeek') },
              { value: '2', label: t('moments.everyOtherWeek') },
            ]}
            value={everyWeeks}
            onChange={setEveryWeeks}
            allowDeselect={false}
          />
          <NumberInput
            label={t('moments.duration')}
            value={duration}
            onChange={setDuration}
            min={5}
            max={240}
            error={errors.durationMinutes}
          />
          <DateField label={t('moments.from')} value={from} onChange={setFrom} required error={errors.from} />
          <TextInput
            label={t('moments.note')}
            description={t('moments.noteHint')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Group justify="space-between">
            {existing ? (
              <Button
                color="red"
                variant="subtle"
                onClick={() => void removeMoment(existing.id).then(onClose)}
              >
                {t('moments.remove')}
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
