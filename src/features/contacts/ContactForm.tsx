// Log a contact in a drawer: when, with whom (parents first), how, a short summary and follow-up
// actions. Validated by the contact schema (one definition with the repository).
import { Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { errorsOf } from '../../domain/schemas';
import { contactSchema } from '../../domain/schemas/contact';
import { CONTACT_CHANNELS, type Contact, type Draft, type FamilyMember } from '../../domain/types';
import { formatDateTime } from '../../i18n/format';
import { ConflictNotice } from '../../ui/components/ConflictNotice';
import { DateField, TimeField } from '../../ui/components/DateField';
import { fieldError } from '../../ui/components/FieldError';
import { FormActions } from '../../ui/components/FormActions';
import { useVersionedSave } from '../../ui/components/useVersionedSave';
import { useStaffList } from '../staff/useStaff';
import { contactDraft, contactValues, type ContactValues } from './contactValues';
import { FollowUpEditor } from './FollowUpEditor';
import { PeopleCheckboxes } from './PeopleCheckboxes';

export function ContactForm({
  childId,
  contact,
  family,
  signedInStaffId,
  onSave,
  onDone,
  onDirtyChange,
}: {
  childId: string;
  contact?: Contact;
  family: FamilyMember[];
  signedInStaffId: string;
  /** `basedOn`: the version the form opened (its updatedAt), for the conflict check. */
  onSave: (draft: Draft<Contact>, basedOn?: { updatedAt: string }) => Promise<unknown>;
  onDone: () => void;
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const { t, i18n } = useTranslation(['contacts', 'common']);
  const staff = useStaffList() ?? [];
  const { openedAt, failed, busy, conflict, run, reapply } = useVersionedSave<Contact, ContactValues>(
    contact,
  );
  const form = useForm<ContactValues>({
    initialValues: contactValues(contact, signedInStaffId, new Date()),
    // The schema checks the stored shape: date and time are joined into `at` first.
    validate: (values) => {
      const errors: Record<string, string | undefined> = errorsOf(
        contactSchema(new Date().toISOString()),
        contactDraft(childId, values),
      );
      const at = errors.at;
      delete errors.at;
      return { ...errors, ...(at ? { date: at } : {}) };
    },
    onValuesChange: () => onDirtyChange?.(form.isDirty()),
  });
  const save = (values: ContactValues) =>
    run(() => onSave(contactDraft(childId, values), openedAt()), onDone);
  const staffName = (id: string) =>
    staff.find((member) => member.id === id)?.name ?? t('common:removedPerson');
  const title = contact ? t('form.editTitle') : t('form.newTitle');

  return (
    <form onSubmit={form.onSubmit((values) => void save(values))} noValidate aria-label={title}>
      <Stack gap="md">
        {conflict ? (
          <ConflictNotice
            changedBy={staffName(conflict.updatedBy)}
            changedAt={conflict.updatedAt}
            changes={[
              { label: t('form.at'), value: formatDateTime(conflict.at, i18n.language) },
              { label: t('form.summary'), value: conflict.summary },
            ]}
            busy={busy}
            onReapply={() => reapply(form, contactValues(conflict, signedInStaffId, new Date()), save)}
          />
        ) : null}
        <SimpleGrid cols={2}>
          <DateField
            label={t('form.date')}
            withAsterisk
            value={form.values.date}
            onChange={(value) => form.setFieldValue('date', value)}
            error={form.errors.date as string | undefined}
          />
          <TimeField
            label={t('form.time')}
            value={form.values.time}
            onChange={(value) => form.setFieldValue('time', value)}
          />
        </SimpleGrid>
        <PeopleCheckboxes
          label={t('form.familyMembers')}
          description={t('form.familyMembersHint')}
          family={family}
          value={form.values.familyMemberIds}
          onChange={(value) => form.setFieldValue('familyMemberIds', value)}
          error={fieldError(form.errors.familyMemberIds)}
        />
        <SimpleGrid cols={2}>
          <Select
            label={t('form.channel')}
            withAsterisk
            allowDeselect={false}
            data={CONTACT_CHANNELS.map((channel) => ({
              value: channel,
              label: t(`common:channels.${channel}`),
            }))}
            {...form.getInputProps('channel')}
            error={fieldError(form.errors.channel)}
          />
          <Select
            label={t('form.staff')}
            withAsterisk
            searchable
            allowDeselect={false}
            data={staff.map((member) => ({ value: member.id, label: member.name }))}
            {...form.getInputProps('staffId')}
            error={fieldError(form.errors.staffId)}
          />
        </SimpleGrid>
        <Textarea
          label={t('form.summary')}
          withAsterisk
          autosize
          minRows={3}
          {...form.getInputProps('summary')}
          error={fieldError(form.errors.summary)}
        />
        <FollowUpEditor form={form} staff={staff} defaultOwner={signedInStaffId} />
        <FormActions failed={failed} busy={busy} onCancel={onDone} />
      </Stack>
    </form>
  );
}
