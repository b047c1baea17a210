// Record the three-monthly evaluation: how parents, child and staff experience the collaboration.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement, Draft, Evaluation } from '../../domain/types';
import { validateEvaluation } from '../../domain/validation';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { CheckboxGroup, TextArea, TextField } from '../../ui/components/Field';
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
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [failed, setFailed] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft = {
      ...values,
      ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, values[field].trim()])),
    };
    const found: Record<string, string | undefined> = validateEvaluation(draft, today);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await onSave(draft);
      onDone();
    } catch {
      setFailed(true);
    }
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
      <ErrorMessage message={failed ? t('common:saveFailed') : null} />
      <div className="actions">
        <button type="submit" className="button--primary">
          {t('common:save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
