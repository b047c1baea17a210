// Create, edit or change a child's school in a drawer: details, contacts at school, parents' consent.
import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { validateSchool } from '../../domain/school';
import {
  SCHOOL_CONTACT_ROLES,
  SCHOOL_WEEKDAYS,
  type SchoolConsent,
  type SchoolContact,
  type SchoolRecord,
  type SchoolWeekday,
} from '../../domain/schoolTypes';
import type { Draft, FamilyMember, Id, IsoDate } from '../../domain/types';
import { DateField } from '../../ui/components/DateField';
import { useSay } from './schoolLabels';
import { notifyFailed, notifySaved } from '../../ui/components/notify';

interface Values {
  name: string;
  location: string;
  mainPhone: string;
  attendanceEmail: string;
  classYear: string;
  schoolDays: string[];
  transport: string;
  startedOn: string;
  contacts: SchoolContact[];
  consents: SchoolConsent[];
  sharingNotes: string;
  notes: string;
  lastDay: string;
  copyRules: boolean;
}

export type SchoolFormMode =
  { kind: 'new' } | { kind: 'edit'; school: SchoolRecord } | { kind: 'change'; school: SchoolRecord };

const text = (value: string) => (value.trim() ? value.trim() : undefined);

export function SchoolForm({
  mode,
  childId,
  family,
  today,
  onSave,
  onDone,
  onDirty,
}: {
  mode: SchoolFormMode;
  childId: Id;
  family: FamilyMember[];
  today: IsoDate;
  onSave: (draft: Draft<SchoolRecord>, change?: { lastDay: IsoDate; copyRules: boolean }) => Promise<unknown>;
  onDone: () => void;
  onDirty: (dirty: boolean) => void;
}) {
  const t = useSay();
  const base = mode.kind === 'edit' ? mode.school : undefined;
  const parents = family.filter((member) => member.kind === 'parent' || member.hasParentalAuthority);
  const form = useForm<Values>({
    initialValues: {
      name: base?.name ?? '',
      location: base?.location ?? '',
      mainPhone: base?.mainPhone ?? '',
      attendanceEmail: base?.attendanceEmail ?? '',
      classYear: base?.classYear ?? '',
      schoolDays: (base?.schoolDays ?? [1, 2, 3, 4, 5]).map(String),
      transport: base?.transport ?? '',
      startedOn: base?.startedOn ?? (mode.kind === 'change' ? today : ''),
      contacts: base?.contacts ?? [],
      consents: parents.map(
        (member) =>
          base?.consents.find((consent) => consent.familyMemberId === member.id) ?? {
            familyMemberId: member.id,
            schoolMail: false,
            contactDetails: false,
          },
      ),
      sharingNotes: base?.sharingNotes ?? '',
      notes: base?.notes ?? '',
      lastDay: '',
      copyRules: true,
    },
    validate: (values) => {
      const errors: Record<string, string> = Object.fromEntries(
        Object.entries(validateSchool({ ...draftOf(values), startedOn: text(values.startedOn) }, today)).map(
          ([field, code]) => [field, t(`errors.${code}`)],
        ),
      );
      if (mode.kind === 'change' && !values.lastDay) errors.lastDay = t('errors.required');
      if (mode.kind === 'change' && values.lastDay && values.startedOn && values.lastDay >= values.startedOn)
        errors.lastDay = t('errors.endBeforeStart');
      return errors;
    },
  });

  const dirty = form.isDirty();
  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  function draftOf(values: Values): Draft<SchoolRecord> {
    return {
      ...(base ?? {}),
      childId,
      name: values.name.trim(),
      ...(text(values.location) && { location: text(values.location) }),
      ...(text(values.mainPhone) && { mainPhone: text(values.mainPhone) }),
      ...(text(values.attendanceEmail) && { attendanceEmail: text(values.attendanceEmail) }),
      ...(text(values.classYear) && { classYear: text(values.classYear) }),
      schoolDays: values.schoolDays.map(Number).sort() as SchoolWeekday[],
      ...(text(values.transport) && { transport: text(values.transport) }),
      ...(text(values.startedOn) && { startedOn: values.startedOn }),
      contacts: values.contacts.map((contact) => ({
        ...contact,
        name: contact.name.trim(),
        ...(contact.email?.trim() ? { email: contact.email.trim() } : { email: undefined }),
      })),
      consents: values.consents.map((consent) => ({ ...consent, givenOn: consent.givenOn ?? today })),
      ...(text(values.sharingNotes) && { sharingNotes: text(values.sharingNotes) }),
      ...(text(values.notes) && { notes: text(values.notes) }),
      endedOn: base?.endedOn,
    } as Draft<SchoolRecord>;
  }

  const submit = form.onSubmit(async (values) => {
    try {
      await onSave(
        draftOf(values),
        mode.kind === 'change' ? { lastDay: values.lastDay, copyRules: values.copyRules } : undefined,
      );
      notifySaved();
      onDone();
    } catch {
      notifyFailed(t('common:saveFailed'));
    }
  });
  const title =
    mode.kind === 'new' ? t('addSchool') : mode.kind === 'edit' ? t('editSchool') : t('changeSchool');
  return (
    <form onSubmit={submit} aria-label={title} noValidate>
      <Stack gap="md">
        {mode.kind === 'change' ? (
          <Group grow align="flex-start">
            <DateField
              label={t('fields.lastDay')}
              withAsterisk
              value={form.values.lastDay}
              onChange={(value) => form.setFieldValue('lastDay', value)}
              error={form.errors.lastDay as string | undefined}
            />
            <Checkbox
              mt="xl"
              label={t('fields.copyRules')}
              {...form.getInputProps('copyRules', { type: 'checkbox' })}
            />
          </Group>
        ) : null}
        <TextInput label={t('fields.name')} withAsterisk {...form.getInputProps('name')} />
        <Group grow align="flex-start">
          <TextInput label={t('fields.classYear')} {...form.getInputProps('classYear')} />
          <TextInput label={t('fields.location')} {...form.getInputProps('location')} />
        </Group>
        <Group grow align="flex-start">
          <TextInput label={t('fields.mainPhone')} {...form.getInputProps('mainPhone')} />
          <TextInput
            label={t('fields.attendanceEmail')}
            type="email"
            {...form.getInputProps('attendanceEmail')}
          />
        </Group>
        <DateField
          label={t('fields.startedOn')}
          value={form.values.startedOn}
          onChange={(value) => form.setFieldValue('startedOn', value)}
          error={form.errors.startedOn as string | undefined}
        />
        <Checkbox.Group label={t('fields.schoolDays')} {...form.getInputProps('schoolDays')}>
          <Group gap="md" mt={6}>
            {SCHOOL_WEEKDAYS.map((day) => (
              <Checkbox key={day} value={String(day)} label={t(`weekdays.${day}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <TextInput label={t('fields.transport')} {...form.getInputProps('transport')} />
        <Fieldset legend={t('contacts.title')}>
          <Stack gap="sm">
            {form.values.contacts.length === 0 ? <Text c="dimmed">{t('contacts.none')}</Text> : null}
            {form.values.contacts.map((contact, index) => (
              <Group key={contact.id} align="flex-end" gap="xs" wrap="nowrap">
                <NativeSelect
                  label={t('contacts.role')}
                  data={SCHOOL_CONTACT_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
                  {...form.getInputProps(`contacts.${index}.role`)}
                />
                <TextInput label={t('contacts.name')} {...form.getInputProps(`contacts.${index}.name`)} />
                <TextInput
                  label={t('contacts.email')}
                  type="email"
                  {...form.getInputProps(`contacts.${index}.email`)}
                />
                <TextInput label={t('contacts.phone')} {...form.getInputProps(`contacts.${index}.phone`)} />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mb={4}
                  aria-label={t('contacts.remove')}
                  onClick={() => form.removeListItem('contacts', index)}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() =>
                form.insertListItem('contacts', {
                  id: crypto.randomUUID(),
                  role: 'teacher',
                  name: '',
                  email: '',
                  phone: '',
                })
              }
            >
              {t('contacts.add')}
            </Button>
          </Stack>
        </Fieldset>
        {parents.length > 0 ? (
          <Fieldset legend={t('consent.title')}>
            <Text size="sm" c="dimmed" mb="xs">
              {t('consent.hint')}
            </Text>
            <Stack gap="xs">
              {parents.map((member, index) => (
                <Group key={member.id} gap="lg">
                  <Text fw={600} w={180}>
                    {member.name}
                  </Text>
                  <Checkbox
                    label={t('consent.schoolMail')}
                    aria-label={`${member.name}: ${t('consent.schoolMail')}`}
                    {...form.getInputProps(`consents.${index}.schoolMail`, { type: 'checkbox' })}
                  />
                  <Checkbox
                    label={t('consent.contactDetails')}
                    aria-label={`${member.name}: ${t('consent.contactDetails')}`}
                    {...form.getInputProps(`consents.${index}.contactDetails`, { type: 'checkbox' })}
                  />
                </Group>
              ))}
            </Stack>
          </Fieldset>
        ) : null}
        <Textarea
          label={t('fields.sharingNotes')}
          autosize
          minRows={2}
          {...form.getInputProps('sharingNotes')}
        />
        <Textarea label={t('fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:cancel')}
          </Button>
          <Button type="submit">{t('common:save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
