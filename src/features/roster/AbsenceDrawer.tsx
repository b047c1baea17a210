// Recording an absence: leave, sick (possibly without an end yet) or training.
import { Button, Group, Select, Stack } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ABSENCE_KINDS, type AbsenceKind } from '../../domain/roster';
import type { IsoDate, StaffMember } from '../../domain/types';
import { DateField } from '../../ui/components/DateField';
import { FormDrawer, isChanged } from '../../ui/components/FormDrawer';
import { notifyFailed, notifySaved } from '../../ui/components/notify';
import { useRosterCommands } from './useRoster';

interface Props {
  opened: boolean;
  date: IsoDate;
  staff: readonly StaffMember[];
  onClose: () => void;
}

export function AbsenceDrawer({ opened, date, staff, onClose }: Props) {
  const { t } = useTranslation(['roster', 'common']);
  const { saveAbsence } = useRosterCommands();
  const [staffId, setStaffId] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>('leave');
  const [from, setFrom] = useState(date);
  const [to, setTo] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    if (!opened) return;
    setStaffId(null);
    setKind('leave');
    setFrom(date);
    setTo('');
    setErrors({});
  }, [opened, date]);
  const dirty = isChanged({ staffId, kind, from, to }, { staffId: null, kind: 'leave', from: date, to: '' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!staffId) next.staffId = t('common:validation.required');
    if (!from) next.from = t('common:validation.required');
    if (to && from && to < from) next.to = t('common:validation.endBeforeStart');
    if (!to && kind !== 'sick') next.to = t('absenceDrawer.toRequired');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    try {
      await saveAbsence(undefined, { staffId: staffId!, kind: kind as AbsenceKind, from, ...(to && { to }) });
      notifySaved();
      onClose();
    } catch {
      notifyFailed(t('common:saveFailed'));
    }
  };

  return (
    <FormDrawer title={t('absenceDrawer.title')} opened={opened} onClose={onClose} dirty={dirty}>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('absenceDrawer.title')}>
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
          <Select
            label={t('absenceDrawer.kind')}
            data={ABSENCE_KINDS.map((value) => ({ value, label: t(`absenceKinds.${value}`) }))}
            value={kind}
            onChange={setKind}
            allowDeselect={false}
          />
          <DateField
            label={t('absenceDrawer.from')}
            value={from}
            onChange={setFrom}
            required
            error={errors.from}
          />
          <DateField
            label={t('absenceDrawer.to')}
            description={t('absenceDrawer.toHint')}
            value={to}
            onChange={setTo}
            error={errors.to}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit">{t('common:save')}</Button>
          </Group>
        </Stack>
      </form>
    </FormDrawer>
  );
}
