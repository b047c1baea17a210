// Record or change an agreement: topic, what is agreed, who does it, status, with whom and when, review.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGREEMENT_STATUSES,
  STARTER_TOPICS,
  type Agreement,
  type AgreementContent,
  type AgreementOutcome,
  type AgreementStatus,
  type AgreementTopic,
  type FamilyMember,
} from '../../domain/types';
import { validateAgreement } from '../../domain/validation';
import { CheckboxGroup, SelectField, TextArea, TextField } from '../../ui/components/Field';
import { FormActions } from '../../ui/components/FormActions';
import { useFormSubmit } from '../../ui/components/useFormSubmit';
import { useToday } from '../../ui/useToday';
import { partyFromValue, responsibleChoices, responsibleValue } from './responsibleOptions';

const OUTCOMES: AgreementOutcome[] = ['worked', 'partly', 'didNotWork'];

export function AgreementForm({
  agreement,
  topic,
  family,
  onSave,
  onDone,
}: {
  agreement?: Agreement;
  topic?: AgreementTopic;
  family: FamilyMember[];
  onSave: (content: AgreementContent) => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useTranslation(['agreements', 'common']);
  const today = useToday();
  const [values, setValues] = useState<AgreementContent>(
    () =>
      agreement ?? {
        topic: topic ?? 'bedtimes',
        text: '',
        responsible: [],
        status: 'agreed',
        agreedOn: today,
        agreedWith: [],
      },
  );
  const { errors, failed, busy, run } = useFormSubmit();
  const set = <K extends keyof AgreementContent>(key: K, value: AgreementContent[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const choices = responsibleChoices(family);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const content: AgreementContent = {
      topic: values.topic,
      ...(values.topic === 'custom' ? { customTopic: values.customTopic?.trim() } : {}),
      text: values.text.trim(),
      responsible: values.responsible,
      status: values.status,
      ...(values.agreedOn ? { agreedOn: values.agreedOn } : {}),
      agreedWith: values.agreedWith,
      ...(values.reviewOn ? { reviewOn: values.reviewOn } : {}),
      ...(values.outcome ? { outcome: values.outcome } : {}),
      ...(values.parentsView?.trim() ? { parentsView: values.parentsView.trim() } : {}),
    };
    const found = validateAgreement(content, today);
    await run(found, () => onSave(content), onDone);
  };

  const title = agreement ? t('form.editTitle') : t('form.newTitle');
  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
      <h3>{title}</h3>
      <SelectField
        label={t('form.topic')}
        value={values.topic}
        onChange={(value) => set('topic', value as AgreementTopic)}
        options={[...STARTER_TOPICS, 'custom' as const].map((value) => ({
          value,
          label: t(`common:topics.${value}`),
        }))}
        error={errors.topic}
        required
      />
      {values.topic === 'custom' ? (
        <TextField
          label={t('form.customTopic')}
          value={values.customTopic ?? ''}
          onChange={(value) => set('customTopic', value)}
          error={errors.customTopic}
          required
        />
      ) : null}
      <TextArea
        label={t('form.text')}
        value={values.text}
        onChange={(value) => set('text', value)}
        error={errors.text}
        required
      />
      <CheckboxGroup
        legend={t('form.responsible')}
        options={choices.map((choice) => ({
          value: choice.value,
          label: choice.member
            ? `${choice.member.name} (${t(`common:relations.${choice.member.relation}`)})`
            : t(`responsible.${choice.fixed!}`),
        }))}
        selected={values.responsible.map(responsibleValue)}
        onChange={(selected) => set('responsible', selected.map(partyFromValue))}
        error={errors.responsible}
      />
      <SelectField
        label={t('form.status')}
        value={values.status}
        onChange={(value) => set('status', value as AgreementStatus)}
        options={AGREEMENT_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))}
        required
      />
      <TextField
        label={t('form.agreedOn')}
        type="date"
        value={values.agreedOn ?? ''}
        onChange={(value) => set('agreedOn', value || undefined)}
        error={errors.agreedOn}
        required={values.status === 'agreed'}
      />
      <CheckboxGroup
        legend={t('form.agreedWith')}
        options={family
          .filter((member) => member.kind !== 'professional')
          .map((member) => ({ value: member.id, label: member.name }))}
        selected={values.agreedWith}
        onChange={(selected) => set('agreedWith', selected)}
      />
      <TextField
        label={t('form.reviewOn')}
        type="date"
        value={values.reviewOn ?? ''}
        onChange={(value) => set('reviewOn', value || undefined)}
        error={errors.reviewOn}
      />
      <TextArea
        label={t('form.parentsView')}
        hint={t('form.parentsViewHint')}
        value={values.parentsView ?? ''}
        onChange={(value) => set('parentsView', value)}
        rows={2}
      />
      {agreement ? (
        <SelectField
          label={t('form.outcome')}
          value={values.outcome ?? ''}
          onChange={(value) => set('outcome', (value || undefined) as AgreementOutcome | undefined)}
          placeholder={t('outcomes.unknown')}
          options={OUTCOMES.map((value) => ({ value, label: t(`outcomes.${value}`) }))}
        />
      ) : null}
      <FormActions failed={failed} busy={busy} onCancel={onDone} />
    </form>
  );
}
