// The follow-up actions of a contact in its form: what, who (staff), by when; add and remove rows.
import { ActionIcon, Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../domain/types';
import { DateField } from '../../ui/components/DateField';
import { fieldError } from '../../ui/components/FieldError';
import type { ContactValues } from './contactValues';

export function FollowUpEditor({
  form,
  staff,
  defaultOwner,
}: {
  form: UseFormReturnType<ContactValues>;
  staff: StaffMember[];
  defaultOwner: string;
}) {
  const { t } = useTranslation(['contacts', 'common']);
  const followUps = form.values.followUps;
  return (
    <Fieldset legend={t('form.followUps')} variant="filled" p="sm">
      <Stack gap="sm">
        {followUps.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('form.noFollowUps')}
          </Text>
        ) : null}
        {followUps.map((followUp, index) => (
          <Group
            key={followUp.id}
            role="group"
            aria-label={t('form.followUpNumber', { number: index + 1 })}
            align="flex-start"
            gap="xs"
            wrap="nowrap"
          >
            <TextInput
              label={t('form.followUpText')}
              withAsterisk
              style={{ flex: 2 }}
              {...form.getInputProps(`followUps.${index}.text`)}
              error={fieldError(form.errors[`followUps.${index}.text`])}
            />
            <Select
              label={t('form.followUpOwner')}
              withAsterisk
              searchable
              allowDeselect={false}
              style={{ flex: 1 }}
              data={staff.map((member) => ({ value: member.id, label: member.name }))}
              {...form.getInputProps(`followUps.${index}.ownerStaffId`)}
              error={fieldError(form.errors[`followUps.${index}.ownerStaffId`])}
            />
            <DateField
              label={t('form.followUpDue')}
              style={{ flex: 1 }}
              value={followUp.dueOn}
              onChange={(value) => form.setFieldValue(`followUps.${index}.dueOn`, value)}
              error={form.errors[`followUps.${index}.dueOn`] as string | undefined}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={28}
              aria-label={t('form.removeFollowUp')}
              onClick={() => form.removeListItem('followUps', index)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="light"
          size="compact-sm"
          w="fit-content"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() =>
            form.insertListItem('followUps', {
              id: crypto.randomUUID(),
              text: '',
              ownerStaffId: defaultOwner,
              dueOn: '',
              done: false,
            })
          }
        >
          {t('form.addFollowUp')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
