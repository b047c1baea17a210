// Add or edit a parent, network member or professional, with messages at the fields.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_CHANNELS,
  RELATIONS_BY_KIND,
  type ContactChannel,
  type Draft,
  type FamilyMember,
  type FamilyMemberKind,
  type Relation,
} from '../../domain/types';
import { validateFamilyMember } from '../../domain/validation';
import { CheckboxField, SelectField, TextArea, TextField } from '../../ui/components/Field';
import { FormActions } from '../../ui/components/FormActions';
import { useFormSubmit } from '../../ui/components/useFormSubmit';

type Values = Omit<Draft<FamilyMember>, 'childId'>;

function initial(kind: FamilyMemberKind, member?: FamilyMember): Values {
  return {
    kind,
    relation: member?.relation ?? RELATIONS_BY_KIND[kind][0],
    name: member?.name ?? '',
    hasParentalAuthority: member?.hasParentalAuthority ?? false,
    address: member?.address ?? '',
    phone: member?.phone ?? '',
    email: member?.email ?? '',
    preferredLanguage: member?.preferredLanguage ?? '',
    preferredChannel: member?.preferredChannel,
    preferredMoments: member?.preferredMoments ?? '',
    interpreterNeeded: member?.interpreterNeeded ?? false,
    receivesReports: member?.receivesReports ?? kind === 'parent',
    supportRole: member?.supportRole ?? '',
    organisation: member?.organisation ?? '',
    notes: member?.notes ?? '',
  };
}

/** Optional text fields are stored only when filled in. */
function draftOf(childId: string, values: Values): Draft<FamilyMember> {
  const entries = Object.entries(values).map(([key, value]) => [
    key,
    typeof value === 'string' ? value.trim() || undefined : value,
  ]);
  return { ...(Object.fromEntries(entries) as Values), childId };
}

export function FamilyMemberForm({
  childId,
  kind,
  member,
  onDone,
  onSave,
}: {
  childId: string;
  kind: FamilyMemberKind;
  member?: FamilyMember;
  onDone: () => void;
  onSave: (draft: Draft<FamilyMember>) => Promise<unknown>;
}) {
  const { t } = useTranslation(['family', 'common']);
  const [values, setValues] = useState<Values>(() => initial(kind, member));
  const { errors, failed, busy, run } = useFormSubmit();
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const text = (
    key:
      | 'address'
      | 'phone'
      | 'email'
      | 'preferredLanguage'
      | 'preferredMoments'
      | 'supportRole'
      | 'organisation',
  ) => ({
    label: t(`form.${key}`),
    value: values[key] ?? '',
    onChange: set(key),
    error: errors[key],
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft = draftOf(childId, values);
    const found = validateFamilyMember(draft);
    await run(found, () => onSave(draft), onDone);
  };

  const title = t(member ? `form.editTitle.${kind}` : `form.newTitle.${kind}`);
  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
      <h3>{title}</h3>
      <TextField
        label={t('form.name')}
        value={values.name}
        onChange={set('name')}
        error={errors.name}
        required
        autoFocus
      />
      <SelectField
        label={t('form.relation')}
        value={values.relation}
        onChange={(value) => set('relation')(value as Relation)}
        options={RELATIONS_BY_KIND[kind].map((relation) => ({
          value: relation,
          label: t(`common:relations.${relation}`),
        }))}
        error={errors.relation}
        required
      />
      {kind === 'network' ? <TextField {...text('supportRole')} hint={t('form.supportRoleHint')} /> : null}
      {kind === 'professional' ? <TextField {...text('organisation')} /> : null}
      <CheckboxField
        label={t('form.hasParentalAuthority')}
        checked={values.hasParentalAuthority}
        onChange={set('hasParentalAuthority')}
      />
      <TextField {...text('phone')} type="tel" />
      <TextField {...text('email')} type="email" />
      <TextField {...text('address')} />
      <TextField {...text('preferredLanguage')} />
      <CheckboxField
        label={t('form.interpreterNeeded')}
        checked={values.interpreterNeeded}
        onChange={set('interpreterNeeded')}
      />
      <SelectField
        label={t('form.preferredChannel')}
        value={values.preferredChannel ?? ''}
        onChange={(value) => set('preferredChannel')((value || undefined) as ContactChannel | undefined)}
        placeholder={t('common:none')}
        options={CONTACT_CHANNELS.map((channel) => ({
          value: channel,
          label: t(`common:channels.${channel}`),
        }))}
      />
      <TextField {...text('preferredMoments')} hint={t('form.preferredMomentsHint')} />
      <CheckboxField
        label={t('form.receivesReports')}
        checked={values.receivesReports}
        onChange={set('receivesReports')}
      />
      <TextArea
        label={t('form.notes')}
        value={values.notes ?? ''}
        onChange={set('notes')}
        error={errors.notes}
      />
      <FormActions failed={failed} busy={busy} onCancel={onDone} />
    </form>
  );
}
