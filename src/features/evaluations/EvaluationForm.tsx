// Record the three-monthly evaluation: how parents, child and staff experience the collaboration.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement, Draft, Evaluation } from '../../domain/types';
import { validateEvaluation } from '../../domain/validation';
import { CheckboxGroup, TextArea, TextField } from '../../ui/components/Field';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { FormActions } from '../../ui/components/FormActions';
import { useFormSubmit } from '../../ui/components/useFormSubmit';
import { useToday } from '../../ui/useToday';

const TEXT_FIELDS = [
  'parentsExperience',
  'childExperience',
  'staffExperience',
  'goesWell',
  'shouldChange',
] as const;

export function EvaluationForm({
  childId,
  evaluation,
  agreements,
  onSave,
  onDone,
}: {
  childId: string;
  evaluation?: Evaluation;
  agreements: Agreement[];
  onSave: (draft: Draft<Evaluation>) => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useTranslation(['evaluations', 'common']);
  const today = useToday();
  const [values, setValues] = useState<Draft<Evaluation>>(
    () =>
      evaluation ?? {
        childId,
        heldOn: today,
        parentsExperience: '',
        childExperience: '',
        staffExperience: '',
        goesWell: '',
        shouldChange: '',
        revisedAgreementIds: [],
      },
  );
  const { errors, failed, busy, run } = useFormSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft = {
      ...values,
      ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, values[field].trim()])),
    };
    const found: Record<string, string | undefined> = validateEvaluation(draft, today);
    await run(found, () => onSave(draft), onDone);
  };

  const title = evaluation ? t('form.editTitle') : t('form.newTitle');
  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
      <h3>{title}</h3>
      <TextField
        label={t('form.heldOn')}
        type="date"
        value={values.heldOn}
        onChange={(heldOn) => setValues({ ...values, heldOn })}
        error={errors.heldOn}
        required
      />
      <ErrorMessage message={errors.experience ? t('form.experienceRequired') : null} />
      {TEXT_FIELDS.map((field) => (
        <TextArea
          key={field}
          label={t(`form.${field}`)}
          value={values[field]}
          onChange={(value) => setValues({ ...values, [field]: value })}
          error={errors[field]}
        />
      ))}
      <CheckboxGroup
        legend={t('form.revisedAgreements')}
        options={agreements.map((agreement) => ({
          value: agreement.id,
          label: `${agreement.topic === 'custom' ? agreement.customTopic : t(`common:topics.${agreement.topic}`)}: ${agreement.text}`,
        }))}
        selected={values.revisedAgreementIds}
        onChange={(revisedAgreementIds) => setValues({ ...values, revisedAgreementIds })}
      />
      <FormActions failed={failed} busy={busy} onCancel={onDone} />
    </form>
  );
}
