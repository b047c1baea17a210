// The handover's own content: reason for the move, views, the child's story, the parents' message, follow-up.
import { Checkbox, Paper, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { handoverSchema } from '../../domain/schemas/handover';
import type { Child, FamilyMember, Handover } from '../../domain/types';
import { DateField } from '../../ui/components/DateField';
import { FormActions } from '../../ui/components/FormActions';
import { useFormSubmit } from '../../ui/components/useFormSubmit';
import { handoverDraft, handoverValues, type HandoverTextField, type HandoverValues } from './handoverDraft';
import { useSaveHandover } from './useHandover';

const LONG_TEXT: HandoverTextField[] = [
  'reasonForMove',
  'howDecided',
  'parentsView',
  'childView',
  'childStory',
  'parentsMessage',
];
const SHORT_TEXT: HandoverTextField[] = ['contactOldPlace', 'contactNewPlace'];

// The consent rows below save each section at once; the form neither checks nor overwrites them.
const validate = schemaResolver(handoverSchema, { sync: true });

export function HandoverForm({
  child,
  handover,
  authorityHolders,
  onDone,
}: {
  child: Child;
  handover: Handover | null;
  /** Parents with authority: with more than one, each gives their view in their own words. */
  authorityHolders: FamilyMember[];
  onDone: () => void;
}) {
  const { t } = useTranslation(['documents', 'common']);
  const save = useSaveHandover();
  const { failed, busy, run } = useFormSubmit();
  const form = useForm<HandoverValues>({
    initialValues: handoverValues(handover),
    validate,
  });
  const dateError = (field: 'moveDate' | 'handoverMeetingOn' | 'firstEvaluationAfterMove') =>
    form.errors[field] as string | undefined;

  const submit = (values: HandoverValues) =>
    run({}, () => save(handover, handoverDraft(child.id, values)), onDone);

  return (
    <Paper
      component="form"
      withBorder
      p="md"
      radius="md"
      bg="var(--mantine-color-gray-0)"
      onSubmit={form.onSubmit((values) => void submit(values))}
      noValidate
      aria-label={t('handover.formTitle')}
    >
      <Stack gap="md">
        <Title order={3} size="h5">
          {t('handover.formTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('handover.fields.newInstitution')}
            autoComplete="off"
            // The button that opened the form is gone: the first field takes the focus.
            autoFocus
            {...form.getInputProps('text.newInstitution')}
          />
          <DateField
            label={t('handover.fields.moveDate')}
            value={form.values.moveDate}
            onChange={(value) => form.setFieldValue('moveDate', value)}
            error={dateError('moveDate')}
          />
        </SimpleGrid>
        {LONG_TEXT.map((field) => (
          <Textarea
            key={field}
            label={t(`handover.fields.${field}`)}
            description={field === 'parentsMessage' ? t('handover.parentsMessageHint') : undefined}
            autosize
            minRows={field === 'childStory' || field === 'parentsMessage' ? 4 : 2}
            {...form.getInputProps(`text.${field}`)}
          />
        ))}
        {authorityHolders.length > 1
          ? authorityHolders.map((parent) => (
              <Textarea
                key={parent.id}
                label={t('handover.parentView', { name: parent.name })}
                description={t('handover.parentViewHint')}
                autosize
                minRows={2}
                value={form.values.parentViews[parent.id] ?? ''}
                onChange={(event) =>
                  form.setFieldValue('parentViews', {
                    ...form.getValues().parentViews,
                    [parent.id]: event.currentTarget.value,
                  })
                }
              />
            ))
          : null}
        <Stack gap="xs">
          <Checkbox
            label={t('handover.fields.parentsInvolved')}
            {...form.getInputProps('parentsInvolved', { type: 'checkbox' })}
          />
          <Checkbox
            label={t('handover.fields.childInvolved')}
            {...form.getInputProps('childInvolved', { type: 'checkbox' })}
          />
        </Stack>
        <Textarea
          label={t('handover.fields.involvementNotes')}
          autosize
          minRows={2}
          {...form.getInputProps('text.involvementNotes')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {SHORT_TEXT.map((field) => (
            <TextInput
              key={field}
              label={t(`handover.fields.${field}`)}
              autoComplete="off"
              {...form.getInputProps(`text.${field}`)}
            />
          ))}
          <DateField
            label={t('handover.fields.handoverMeetingOn')}
            value={form.values.handoverMeetingOn}
            onChange={(value) => form.setFieldValue('handoverMeetingOn', value)}
            error={dateError('handoverMeetingOn')}
          />
          <TextInput
            label={t('handover.fields.handoverMeetingAttendees')}
            autoComplete="off"
            {...form.getInputProps('text.handoverMeetingAttendees')}
          />
          <DateField
            label={t('handover.fields.firstEvaluationAfterMove')}
            value={form.values.firstEvaluationAfterMove}
            onChange={(value) => form.setFieldValue('firstEvaluationAfterMove', value)}
            error={dateError('firstEvaluationAfterMove')}
          />
        </SimpleGrid>
        <FormActions failed={failed} busy={busy} onCancel={onDone} />
      </Stack>
    </Paper>
  );
}
