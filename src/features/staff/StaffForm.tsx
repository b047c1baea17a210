// Create or edit a staff member: name, role, active from/to, with messages at the fields.
import { Select, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { staffSchema, type StaffValues } from '../../domain/schemas/staff';
import { endsAccessNow } from '../../domain/staffAccess';
import { STAFF_ROLES, type Draft, type StaffMember, type StaffRole } from '../../domain/types';
import { DateField } from '../../ui/components/DateField';
import { FormActions } from '../../ui/components/FormActions';
import { useFieldProps } from '../../ui/components/formErrors';
import { notifySaved } from '../../ui/components/notify';
import { saveFailureOf, type SaveFailure } from '../../ui/components/saveFailure';
import { useToday } from '../../ui/useToday';

export function StaffForm({
  initial,
  isSelf = false,
  onSubmit,
  onCancel,
  onDirty,
}: {
  initial?: StaffMember;
  /** The signed-in coordinator's own record: an end date that has come would lock them out. */
  isSelf?: boolean;
  onSubmit: (draft: Draft<StaffMember>) => Promise<void>;
  onCancel: () => void;
  /** Tells the drawer whether something was typed (closing then asks first). */
  onDirty: (dirty: boolean) => void;
}) {
  const { t } = useTranslation(['staff', 'common']);
  const today = useToday();
  const form = useForm<StaffValues>({
    initialValues: {
      name: initial?.name ?? '',
      role: initial?.role ?? 'careWorker',
      activeFrom: initial?.activeFrom ?? today,
      activeTo: initial?.activeTo ?? '',
    },
    validate: (values) => {
      const errors = schemaResolver(staffSchema, { sync: true })(values);
      if (
        isSelf &&
        !errors.activeTo &&
        values.activeTo &&
        endsAccessNow({ activeTo: values.activeTo }, today)
      )
        errors.activeTo = t('form.ownEndDate');
      return errors;
    },
    onValuesChange: () => onDirty(form.isDirty()),
  });
  const field = useFieldProps(form);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<SaveFailure | false>(false);

  const submit = form.onSubmit(async (values) => {
    const draft: Draft<StaffMember> = {
      name: values.name.trim(),
      role: values.role as StaffRole,
      activeFrom: values.activeFrom,
      // Sent even when emptied: an end date that is taken away again must not stay on the record.
      activeTo: values.activeTo || undefined,
    };
    setBusy(true);
    setFailed(false);
    try {
      await onSubmit(draft);
      notifySaved();
    } catch (error) {
      setFailed(saveFailureOf(error));
    } finally {
      setBusy(false);
    }
  });

  const dateProps = (path: 'activeFrom' | 'activeTo') => {
    const props = field(path);
    return {
      value: form.values[path] ?? '',
      onChange: (value: string) => form.setFieldValue(path, value),
      error: typeof props.error === 'string' ? props.error : undefined,
    };
  };

  return (
    <form onSubmit={submit} noValidate aria-label={initial ? t('form.editTitle') : t('form.newTitle')}>
      <Stack gap="md">
        <TextInput {...field('name')} label={t('form.name')} withAsterisk data-autofocus />
        <Select
          {...field('role')}
          label={t('form.role')}
          data={STAFF_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
          allowDeselect={false}
          withAsterisk
        />
        <DateField {...dateProps('activeFrom')} label={t('form.activeFrom')} withAsterisk />
        <DateField
          {...dateProps('activeTo')}
          label={t('form.activeTo')}
          description={t('form.activeToHint')}
        />
        <FormActions failed={failed} busy={busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
