// Create or edit a staff member: name, role, active from/to, with messages at the fields.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { validateStaff } from '../../domain/validation';
import { STAFF_ROLES, type Draft, type StaffMember, type StaffRole } from '../../domain/types';
import { SelectField, TextField } from '../../ui/components/Field';
import { FormActions } from '../../ui/components/FormActions';
import { useFormSubmit } from '../../ui/components/useFormSubmit';
import { endsAccessNow } from '../../domain/staffAccess';
import { useToday } from '../../ui/useToday';

export function StaffForm({
  initial,
  isSelf = false,
  onSubmit,
  onCancel,
}: {
  initial?: StaffMember;
  /** The signed-in coordinator's own record: an end date that has come would lock them out. */
  isSelf?: boolean;
  onSubmit: (draft: Draft<StaffMember>) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['staff', 'common']);
  const today = useToday();
  const [name, setName] = useState(initial?.name ?? '');
  const [role, setRole] = useState<StaffRole>(initial?.role ?? 'careWorker');
  const [activeFrom, setActiveFrom] = useState(initial?.activeFrom ?? today);
  const [activeTo, setActiveTo] = useState(initial?.activeTo ?? '');
  const { errors, failed, busy, run } = useFormSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft: Draft<StaffMember> = {
      name: name.trim(),
      role,
      activeFrom,
      ...(activeTo ? { activeTo } : {}),
    };
    const found: Record<string, string | undefined> = { ...validateStaff(draft) };
    if (isSelf && !found.activeTo && endsAccessNow(draft, today)) found.activeTo = t('form.ownEndDate');
    await run(found, () => onSubmit(draft));
  };

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={initial ? t('form.editTitle') : t('form.newTitle')}
    >
      <h2>{initial ? t('form.editTitle') : t('form.newTitle')}</h2>
      <TextField
        label={t('form.name')}
        value={name}
        onChange={setName}
        error={errors.name}
        required
        autoFocus
      />
      <SelectField
        label={t('form.role')}
        value={role}
        onChange={(value) => setRole(value as StaffRole)}
        options={STAFF_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
        error={errors.role}
        required
      />
      <TextField
        label={t('form.activeFrom')}
        type="date"
        value={activeFrom}
        onChange={setActiveFrom}
        error={errors.activeFrom}
        required
      />
      <TextField
        label={t('form.activeTo')}
        type="date"
        value={activeTo}
        onChange={setActiveTo}
        error={errors.activeTo}
      />
      <FormActions failed={failed} busy={busy} onCancel={onCancel} />
    </form>
  );
}
