// Create or change one school rule in a drawer: who does it, backup, how and by when, who is in CC, and
// the shared-parenting agreement it came from. People removed from the family stay visible, to uncheck.
import { Button, Checkbox, Group, NativeSelect, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { validateSchoolRule } from '../../domain/school';
import {
  SCHOOL_RULE_TOPICS,
  type SchoolRule,
  type SchoolRuleContent,
  type SchoolRuleTopic,
} from '../../domain/schoolTypes';
import type { Agreement, FamilyMember } from '../../domain/types';
import { agreementText, useSay } from './schoolLabels';
import { notifyFailed, notifySaved } from '../../ui/components/notify';
import { partyFromValue, responsibleChoices, responsibleValue } from '../agreements/responsibleOptions';

interface Values {
  topic: SchoolRuleTopic;
  responsible: string[];
  backup: string;
  how: string;
  deadline: string;
  byWhen: string;
  cc: string[];
  byVideo: string[];
  agreementId: string;
  notes: string;
}

const fromRule = (rule: SchoolRule | undefined, topic: SchoolRuleTopic): Values => ({
  topic: rule?.topic ?? topic,
  responsible: (rule?.responsible ?? []).map(responsibleValue),
  backup: rule?.backup ? responsibleValue(rule.backup) : '',
  how: rule?.how ?? '',
  deadline: rule?.deadline ?? '',
  byWhen: rule?.byWhen ?? '',
  cc: rule?.cc ?? [],
  byVideo: (rule?.byVideo ?? []).map(responsibleValue),
  agreementId: rule?.agreementId ?? '',
  notes: rule?.notes ?? '',
});

const text = (value: string) => (value.trim() ? value.trim() : undefined);

function toContent(values: Values): SchoolRuleContent {
  return {
    topic: values.topic,
    responsible: values.responsible.map(partyFromValue),
    ...(values.backup && { backup: partyFromValue(values.backup) }),
    ...(text(values.how) && { how: text(values.how) }),
    ...(text(values.deadline) && { deadline: text(values.deadline) }),
    ...(text(values.byWhen) && { byWhen: text(values.byWhen) }),
    cc: values.cc,
    byVideo: values.topic === 'parentMeeting' ? values.byVideo.map(partyFromValue) : [],
    ...(values.agreementId && { agreementId: values.agreementId }),
    ...(text(values.notes) && { notes: text(values.notes) }),
  };
}

export function SchoolRuleForm({
  rule,
  family,
  agreements,
  takenTopics,
  onSave,
  onDone,
  onDirty,
}: {
  rule?: SchoolRule;
  family: FamilyMember[];
  /** The child's agreements: the rule may say which one it came from. */
  agreements: Agreement[];
  /** Topics that already have a rule: a new rule picks another. */
  takenTopics: SchoolRuleTopic[];
  onSave: (content: SchoolRuleContent) => Promise<unknown>;
  onDone: () => void;
  onDirty: (dirty: boolean) => void;
}) {
  const t = useSay();
  const free = SCHOOL_RULE_TOPICS.filter((topic) => topic === rule?.topic || !takenTopics.includes(topic));
  const form = useForm<Values>({
    initialValues: fromRule(rule, free[0] ?? 'emailCc'),
    validate: (values) => {
      const errors = validateSchoolRule(toContent(values), family);
      return Object.fromEntries(Object.entries(errors).map(([field, code]) => [field, t(`errors.${code}`)]));
    },
  });
  const dirty = form.isDirty();
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  const choices = responsibleChoices(family);
  const choiceLabel = (choice: (typeof choices)[number]) =>
    choice.member ? choice.member.name : t(`agreements:responsible.${choice.fixed}`);
  const ccChoices = family.filter((member) => member.kind !== 'professional' || member.hasParentalAuthority);
  // A person removed from the family stays checked under their own label, so it can be unchecked.
  const initial = form.getInitialValues();
  const removedLabel = t('rules.removedOption');
  const goneParties = (values: string[]) =>
    values.filter((value) => value.includes(':') && !choices.some((choice) => choice.value === value));
  const goneResponsible = goneParties(initial.responsible);
  const goneVideo = goneParties(initial.byVideo);
  const goneBackup = goneParties(initial.backup ? [initial.backup] : []);
  const goneCc = initial.cc.filter((id) => !ccChoices.some((member) => member.id === id));
  const agreementChoices = [...agreements]
    .sort((a, b) => Number(a.status === 'ended') - Number(b.status === 'ended'))
    .map((agreement) => ({ value: agreement.id, label: agreementText(t, agreement) }));
  const submit = form.onSubmit(async (values) => {
    try {
      await onSave(toContent(values));
      notifySaved();
      onDone();
    } catch {
      notifyFailed(t('common:saveFailed'));
    }
  });
  return (
    <form
      onSubmit={submit}
      aria-label={rule ? t('rules.edit', { topic: t(`topics.${rule.topic}`) }) : t('rules.new')}
      noValidate
    >
      <Stack gap="md">
        <NativeSelect
          label={t('rules.fields.topic')}
          data={free.map((topic) => ({ value: topic, label: t(`topics.${topic}`) }))}
          disabled={rule !== undefined}
          {...form.getInputProps('topic')}
        />
        <Checkbox.Group label={t('rules.fields.responsible')} {...form.getInputProps('responsible')}>
          <Stack gap={6} mt={6}>
            {choices.map((choice) => (
              <Checkbox key={choice.value} value={choice.value} label={choiceLabel(choice)} />
            ))}
            {goneResponsible.map((value) => (
              <Checkbox key={value} value={value} label={removedLabel} />
            ))}
          </Stack>
        </Checkbox.Group>
        <NativeSelect
          label={t('rules.fields.backup')}
          data={[
            { value: '', label: t('rules.noBackup') },
            ...choices.map((choice) => ({ value: choice.value, label: choiceLabel(choice) })),
            ...goneBackup.map((value) => ({ value, label: removedLabel })),
          ]}
          {...form.getInputProps('backup')}
        />
        <Group grow align="flex-start">
          <TextInput
            label={t('rules.fields.deadline')}
            placeholder="08:15"
            {...form.getInputProps('deadline')}
          />
          <TextInput label={t('rules.fields.byWhen')} {...form.getInputProps('byWhen')} />
        </Group>
        <TextInput label={t('rules.fields.how')} {...form.getInputProps('how')} />
        <Checkbox.Group label={t('rules.fields.cc')} {...form.getInputProps('cc')}>
          <Stack gap={6} mt={6}>
            {ccChoices.map((member) => (
              <Checkbox key={member.id} value={member.id} label={member.name} />
            ))}
            {goneCc.map((id) => (
              <Checkbox key={id} value={id} label={removedLabel} />
            ))}
          </Stack>
        </Checkbox.Group>
        {form.values.topic === 'parentMeeting' ? (
          <Checkbox.Group label={t('rules.fields.byVideo')} {...form.getInputProps('byVideo')}>
            <Stack gap={6} mt={6}>
              {choices
                .filter((choice) => choice.member)
                .map((choice) => (
                  <Checkbox key={choice.value} value={choice.value} label={choiceLabel(choice)} />
                ))}
              {goneVideo.map((value) => (
                <Checkbox key={value} value={value} label={removedLabel} />
              ))}
            </Stack>
          </Checkbox.Group>
        ) : null}
        <Select
          label={t('rules.fields.agreementId')}
          description={t('rules.agreementHint')}
          placeholder={t('rules.noAgreement')}
          data={agreementChoices}
          searchable
          clearable
          nothingFoundMessage={t('rules.noAgreements')}
          value={form.values.agreementId || null}
          onChange={(value) => form.setFieldValue('agreementId', value ?? '')}
        />
        <Textarea label={t('rules.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
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
