// Record or change an agreement in a drawer: topic, what is agreed, who does it, status, with whom and
// when, review. It keeps the version it was opened from; a save refused because another window saved
// first shows their change and lets the person put theirs on top.
import { Checkbox, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { agreementSchema } from '../../domain/schemas';
import {
  AGREEMENT_STATUSES,
  STARTER_TOPICS,
  type Agreement,
  type AgreementContent,
  type AgreementTopic,
  type FamilyMember,
} from '../../domain/types';
import { ConflictNotice } from '../../ui/components/ConflictNotice';
import { DateField } from '../../ui/components/DateField';
import { fieldError } from '../../ui/components/FieldError';
import { FormActions } from '../../ui/components/FormActions';
import { useVersionedSave } from '../../ui/components/useVersionedSave';
import { useToday } from '../../ui/useToday';
import { useStaffList } from '../staff/useStaff';
import { PeopleCheckboxes } from '../contacts/PeopleCheckboxes';
import { agreementChanges } from './agreementConflict';
import { agreementContent, agreementValues, type AgreementValues } from './agreementValues';
import { partyFromValue, responsibleChoices, responsibleValue } from './responsibleOptions';

const OUTCOMES = ['worked', 'partly', 'didNotWork'] as const;

export function AgreementForm({
  agreement,
  topic,
  family,
  onSave,
  onDone,
  onDirtyChange,
}: {
  agreement?: Agreement;
  topic?: AgreementTopic;
  family: FamilyMember[];
  /** Saves the content based on `basedOnVersion`: the version this form was opened from. */
  onSave: (content: AgreementContent, basedOnVersion: number) => Promise<unknown>;
  onDone: () => void;
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const { t, i18n } = useTranslation(['agreements', 'common']);
  const today = useToday();
  const staff = useStaffList() ?? [];
  const { basedOn, failed, busy, conflict, run, reapply } = useVersionedSave<Agreement, AgreementValues>(
    agreement,
  );
  const form = useForm<AgreementValues>({
    initialValues: agreementValues(agreement, topic ?? 'bedtimes', today),
    validate: schemaResolver(agreementSchema(today), { sync: true }),
    onValuesChange: () => onDirtyChange?.(form.isDirty()),
  });
  const save = (values: AgreementValues) =>
    run(() => onSave(agreementContent(values), basedOn.current?.version ?? 0), onDone);
  const choices = responsibleChoices(family);
  const changedBy = (id: string) => staff.find((member) => member.id === id)?.name ?? t('history.unknown');
  const title = agreement ? t('form.editTitle') : t('form.newTitle');

  return (
    <form onSubmit={form.onSubmit((values) => void save(values))} noValidate aria-label={title}>
      <Stack gap="md">
        {conflict && basedOn.current ? (
          <ConflictNotice
            changedBy={changedBy(conflict.updatedBy)}
            changedAt={conflict.updatedAt}
            changes={agreementChanges(basedOn.current, conflict, family, t, i18n.language)}
            busy={busy}
            onReapply={() => reapply(form, agreementValues(conflict, conflict.topic, today), save)}
          />
        ) : null}
        <SimpleGrid cols={2}>
          <Select
            label={t('form.topic')}
            withAsterisk
            searchable
            allowDeselect={false}
            data={[...STARTER_TOPICS, 'custom' as const].map((value) => ({
              value,
              label: t(`common:topics.${value}`),
            }))}
            {...form.getInputProps('topic')}
            error={fieldError(form.errors.topic)}
          />
          <Select
            label={t('form.status')}
            withAsterisk
            allowDeselect={false}
            data={AGREEMENT_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))}
            {...form.getInputProps('status')}
          />
        </SimpleGrid>
        {form.values.topic === 'custom' ? (
          <TextInput
            label={t('form.customTopic')}
            withAsterisk
            {...form.getInputProps('customTopic')}
            error={fieldError(form.errors.customTopic)}
          />
        ) : null}
        <Textarea
          label={t('form.text')}
          withAsterisk
          autosize
          minRows={3}
          data-autofocus
          {...form.getInputProps('text')}
          error={fieldError(form.errors.text)}
        />
        <Checkbox.Group
          label={t('form.responsible')}
          withAsterisk
          value={form.values.responsible.map(responsibleValue)}
          onChange={(selected) => form.setFieldValue('responsible', selected.map(partyFromValue))}
          error={fieldError(form.errors.responsible)}
        >
          <SimpleGrid cols={2} spacing={6} verticalSpacing={6} mt={6}>
            {choices.map((choice) => (
              <Checkbox
                key={choice.value}
                value={choice.value}
                label={
                  choice.member
                    ? `${choice.member.name} (${t(`common:relations.${choice.member.relation}`)})`
                    : t(`responsible.${choice.fixed!}`)
                }
              />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <PeopleCheckboxes
          label={t('form.agreedWith')}
          family={family}
          value={form.values.agreedWith}
          onChange={(value) => form.setFieldValue('agreedWith', value)}
        />
        <SimpleGrid cols={2}>
          <DateField
            label={t('form.agreedOn')}
            withAsterisk={form.values.status === 'agreed'}
            value={form.values.agreedOn}
            onChange={(value) => form.setFieldValue('agreedOn', value)}
            error={form.errors.agreedOn as string | undefined}
          />
          <DateField
            label={t('form.reviewOn')}
            value={form.values.reviewOn}
            onChange={(value) => form.setFieldValue('reviewOn', value)}
            error={form.errors.reviewOn as string | undefined}
          />
        </SimpleGrid>
        <Textarea
          label={t('form.parentsView')}
          description={t('form.parentsViewHint')}
          autosize
          minRows={2}
          {...form.getInputProps('parentsView')}
        />
        {agreement ? (
          <Select
            label={t('form.outcome')}
            placeholder={t('outcomes.unknown')}
            clearable
            data={OUTCOMES.map((value) => ({ value, label: t(`outcomes.${value}`) }))}
            value={form.values.outcome || null}
            onChange={(value) => form.setFieldValue('outcome', (value ?? '') as AgreementValues['outcome'])}
          />
        ) : null}
        <FormActions failed={failed} busy={busy} onCancel={onDone} />
      </Stack>
    </form>
  );
}
