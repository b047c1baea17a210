// Changing who holds a role: who, from when, and why (when someone is replaced); for a new contact
// person it then offers the letter that introduces them to the parents.
import { Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHANGE_REASONS,
  holderOn,
  type AssignmentRole,
  type ChangeReason,
  type RoleAssignment,
} from '../../domain/assignments';
import type { Child, StaffMember } from '../../domain/types';
import { RoleChangeRefused } from '../../data/repositories';
import { DateField } from '../../ui/components/DateField';
import { FormDrawer, isChanged } from '../../ui/components/FormDrawer';
import { notifyFailed, notifySaved } from '../../ui/components/notify';
import { useToday } from '../../ui/useToday';
import { ContactPersonLetterForm } from './ContactPersonLetterForm';
import { useRoleCommands } from './useRoleAssignments';

interface Props {
  child: Child;
  role: AssignmentRole | undefined;
  assignments: readonly RoleAssignment[];
  staff: readonly StaffMember[];
  /** The reason chosen when the drawer opens (e.g. `leaving` when handing over a leaver's families). */
  defaultReason?: ChangeReason;
  onClose: () => void;
}

type Errors = Partial<Record<'staffId' | 'from' | 'reason', string>>;

export function RoleChangeDrawer({ child, role, assignments, staff, defaultReason, onClose }: Props) {
  const { t } = useTranslation(['roster', 'common']);
  const today = useToday();
  const { change } = useRoleCommands();
  const [staffId, setStaffId] = useState<string | null>(null);
  const [from, setFrom] = useState(today);
  const [reason, setReason] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [letterFor, setLetterFor] = useState<RoleAssignment | undefined>();

  useEffect(() => {
    if (!role) return;
    setStaffId(null);
    setFrom(today);
    setReason(defaultReason ?? null);
    setNote('');
    setErrors({});
    setLetterFor(undefined);
  }, [role, today, defaultReason]);

  const current = role ? holderOn(assignments, child.id, role, from || today) : undefined;
  const options = staff
    .filter((member) => !member.activeTo || member.activeTo >= today)
    .filter((member) => member.id !== current?.staffId)
    .map((member) => ({ value: member.id, label: member.name }));
  const close = () => onClose();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!role) return;
    const next: Errors = {};
    if (!staffId) next.staffId = t('common:validation.required');
    if (!from) next.from = t('common:validation.required');
    if (current && !reason) next.reason = t('changeDrawer.reasonRequired');
    const other = role === 'backup' ? 'contactPerson' : role === 'contactPerson' ? 'backup' : undefined;
    if (other && staffId && holderOn(assignments, child.id, other, from || today)?.staffId === staffId)
      next.staffId = t('changeDrawer.sameAsOther');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    try {
      const created = await change({
        childId: child.id,
        role,
        staffId: staffId!,
        from,
        ...(current && reason ? { reason: reason as ChangeReason } : {}),
        ...(note.trim() ? { reasonNote: note.trim() } : {}),
      });
      notifySaved();
      if (role === 'contactPerson') setLetterFor(created);
      else close();
    } catch (error) {
      if (error instanceof RoleChangeRefused && error.code === 'beforeCurrentStart')
        setErrors({ from: t('changeDrawer.beforeCurrentStart') });
      else notifyFailed(t('common:saveFailed'));
    }
  };

  const roleName = role ? t(`roles.${role}`) : '';
  return (
    <FormDrawer
      title={letterFor ? t('letter.title') : t('changeDrawer.title', { role: roleName })}
      opened={role !== undefined}
      onClose={close}
      dirty={
        !letterFor &&
        isChanged(
          { staffId, from, reason, note },
          { staffId: null, from: today, reason: defaultReason ?? null, note: '' },
        )
      }
    >
      {letterFor ? (
        <ContactPersonLetterForm
          child={child}
          assignment={letterFor}
          previous={current}
          staff={staff}
          onDone={close}
        />
      ) : (
        <form
          onSubmit={(event) => void submit(event)}
          noValidate
          aria-label={t('changeDrawer.title', { role: roleName })}
        >
          <Stack>
            {role ? <Text c="dimmed">{t(`roleExplanations.${role}`)}</Text> : null}
            <Text>
              {t('changeDrawer.current')}{' '}
              <strong>
                {current ? staff.find((m) => m.id === current.staffId)?.name : t('assignments.nobody')}
              </strong>
            </Text>
            <Select
              label={t('changeDrawer.staff', { role: role ? t(`rolesInline.${role}`) : '' })}
              data={options}
              value={staffId}
              onChange={setStaffId}
              searchable
              required
              error={errors.staffId}
            />
            <DateField
              label={t('changeDrawer.from')}
              value={from}
              onChange={setFrom}
              required
              error={errors.from}
            />
            {current ? (
              <Select
                label={t('changeDrawer.reason')}
                data={CHANGE_REASONS.map((value) => ({ value, label: t(`reasons.${value}`) }))}
                value={reason}
                onChange={setReason}
                required
                error={errors.reason}
              />
            ) : null}
            <Textarea
              label={t('changeDrawer.note')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common:cancel')}
              </Button>
              <Button type="submit">{t('common:save')}</Button>
            </Group>
          </Stack>
        </form>
      )}
    </FormDrawer>
  );
}
