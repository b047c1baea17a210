// Create or edit a child: identity, placement, legal framework, mentor and the collaboration norms.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentMentor } from '../../domain/mentors';
import {
  DEFAULT_CONTACT_NORM_DAYS,
  DEFAULT_EVALUATION_INTERVAL_MONTHS,
  LEGAL_FRAMEWORKS,
  type Child,
  type Draft,
  type LegalFramework,
} from '../../domain/types';
import { validateChild } from '../../domain/validation';
import { SelectField, TextArea, TextField } from '../../ui/components/Field';
import { FormActions } from '../../ui/components/FormActions';
import { useFormSubmit } from '../../ui/components/useFormSubmit';
import { useToday } from '../../ui/useToday';
import { useStaffList } from '../staff/useStaff';
import { withMentor } from './mentorChange';

type Values = {
  name: string;
  birthDate: string;
  placementStart: string;
  placementEnd: string;
  placementEndedOn: string;
  legalFramework: LegalFramework | '';
  languages: string;
  cultureNotes: string;
  mentorId: string;
  contactNormDays: string;
  evaluationIntervalMonths: string;
};

function initialValues(child: Child | undefined, today: string): Values {
  return {
    name: child?.name ?? '',
    birthDate: child?.birthDate ?? '',
    placementStart: child?.placementStart ?? '',
    placementEnd: child?.placementEnd ?? '',
    placementEndedOn: child?.placementEndedOn ?? '',
    legalFramework: child?.legalFramework ?? '',
    languages: child?.languages.join(', ') ?? '',
    cultureNotes: child?.cultureNotes ?? '',
    mentorId: child ? (currentMentor(child, today)?.staffId ?? '') : '',
    contactNormDays: String(child?.contactNormDays ?? DEFAULT_CONTACT_NORM_DAYS),
    evaluationIntervalMonths: String(child?.evaluationIntervalMonths ?? DEFAULT_EVALUATION_INTERVAL_MONTHS),
  };
}

export function ChildForm({
  initial,
  onSubmit,
  onCancel,
}: {
  initial?: Child;
  onSubmit: (draft: Draft<Child>) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['children', 'common']);
  const today = useToday();
  const staff = useStaffList();
  const [values, setValues] = useState<Values>(() => initialValues(initial, today));
  const { errors, failed, busy, run } = useFormSubmit();
  const set = (key: keyof Values) => (value: string) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const optional = (value: string) => (value ? value : undefined);
    const mentorFrom = initial ? today : values.placementStart || today;
    const draft: Draft<Child> = {
      ...(initial ?? {}),
      name: values.name.trim(),
      birthDate: values.birthDate,
      placementStart: values.placementStart,
      placementEnd: optional(values.placementEnd),
      placementEndedOn: optional(values.placementEndedOn),
      legalFramework: values.legalFramework as LegalFramework,
      languages: values.languages
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean),
      cultureNotes: optional(values.cultureNotes.trim()),
      mentorAssignments: withMentor(initial?.mentorAssignments ?? [], values.mentorId, mentorFrom),
      contactNormDays: Number(values.contactNormDays),
      evaluationIntervalMonths: Number(values.evaluationIntervalMonths),
    };
    const found = validateChild(draft, today);
    await run(found, () => onSubmit(draft));
  };

  const title = initial ? t('form.editTitle') : t('form.newTitle');
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
      <h2>{title}</h2>
      <TextField
        label={t('form.name')}
        value={values.name}
        onChange={set('name')}
        error={errors.name}
        required
        autoFocus
      />
      <TextField
        label={t('form.birthDate')}
        type="date"
        value={values.birthDate}
        onChange={set('birthDate')}
        error={errors.birthDate}
        required
      />
      <TextField
        label={t('form.placementStart')}
        type="date"
        value={values.placementStart}
        onChange={set('placementStart')}
        error={errors.placementStart}
        required
      />
      <TextField
        label={t('form.placementEnd')}
        type="date"
        value={values.placementEnd}
        onChange={set('placementEnd')}
        error={errors.placementEnd}
      />
      {initial ? (
        <TextField
          label={t('form.placementEndedOn')}
          type="date"
          value={values.placementEndedOn}
          onChange={set('placementEndedOn')}
          error={errors.placementEndedOn}
          hint={t('form.placementEndedOnHint')}
        />
      ) : null}
      <SelectField
        label={t('form.legalFramework')}
        value={values.legalFramework}
        onChange={set('legalFramework')}
        placeholder={t('common:choose')}
        options={LEGAL_FRAMEWORKS.map((value) => ({ value, label: t(`legalFrameworks.${value}`) }))}
        error={errors.legalFramework}
        required
      />
      <SelectField
        label={t('form.mentor')}
        value={values.mentorId}
        onChange={set('mentorId')}
        placeholder={t('form.noMentor')}
        options={(staff ?? []).map((member) => ({ value: member.id, label: member.name }))}
      />
      <TextField
        label={t('form.languages')}
        value={values.languages}
        onChange={set('languages')}
        hint={t('form.languagesHint')}
      />
      <TextArea label={t('form.cultureNotes')} value={values.cultureNotes} onChange={set('cultureNotes')} />
      <TextField
        label={t('form.contactNormDays')}
        type="number"
        min={1}
        max={60}
        value={values.contactNormDays}
        onChange={set('contactNormDays')}
        error={errors.contactNormDays}
        hint={t('form.contactNormDaysHint')}
      />
      <TextField
        label={t('form.evaluationIntervalMonths')}
        type="number"
        min={1}
        max={12}
        value={values.evaluationIntervalMonths}
        onChange={set('evaluationIntervalMonths')}
        error={errors.evaluationIntervalMonths}
      />
      <FormActions failed={failed} busy={busy} onCancel={onCancel} />
    </form>
  );
}
