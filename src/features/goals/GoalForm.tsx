// Formulate a joint goal with parents and child, in their own words, with a target date and status.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GOAL_STATUSES, type Draft, type Goal, type GoalStatus } from '../../domain/types';
import { validateGoal } from '../../domain/validation';
import { SelectField, TextArea, TextField } from '../../ui/components/Field';
import { FormActions } from '../../ui/components/FormActions';
import { useFormSubmit } from '../../ui/components/useFormSubmit';

export function GoalForm({
  childId,
  goal,
  onSave,
  onDone,
}: {
  childId: string;
  goal?: Goal;
  onSave: (draft: Draft<Goal>) => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useTranslation(['goals', 'common']);
  const [values, setValues] = useState<Draft<Goal>>(
    () =>
      goal ?? { childId, title: '', parentsWords: '', childWords: '', status: 'active', progressNotes: [] },
  );
  const { errors, failed, busy, run } = useFormSubmit();
  const set =
    <K extends keyof Draft<Goal>>(key: K) =>
    (value: Draft<Goal>[K]) =>
      setValues({ ...values, [key]: value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft: Draft<Goal> = {
      ...values,
      title: values.title.trim(),
      parentsWords: values.parentsWords?.trim() || undefined,
      childWords: values.childWords?.trim() || undefined,
      targetDate: values.targetDate || undefined,
    };
    const found: Record<string, string | undefined> = validateGoal(draft);
    await run(found, () => onSave(draft), onDone);
  };

  const title = goal ? t('form.editTitle') : t('form.newTitle');
  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
      <h3>{title}</h3>
      <TextField
        label={t('form.title')}
        value={values.title}
        onChange={set('title')}
        error={errors.title}
        required
        autoFocus
      />
      <TextArea
        label={t('form.parentsWords')}
        value={values.parentsWords ?? ''}
        onChange={set('parentsWords')}
        hint={t('form.ownWordsHint')}
      />
      <TextArea
        label={t('form.childWords')}
        value={values.childWords ?? ''}
        onChange={set('childWords')}
        hint={t('form.ownWordsHint')}
      />
      <TextField
        label={t('form.targetDate')}
        type="date"
        value={values.targetDate ?? ''}
        onChange={set('targetDate')}
        error={errors.targetDate}
      />
      <SelectField
        label={t('form.status')}
        value={values.status}
        onChange={(status) => set('status')(status as GoalStatus)}
        options={GOAL_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
      />
      <FormActions failed={failed} busy={busy} onCancel={onDone} />
    </form>
  );
}
