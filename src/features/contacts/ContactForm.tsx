// Log a contact with the parents: when, who, how, a short summary and follow-up actions.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_CHANNELS,
  type Contact,
  type ContactChannel,
  type Draft,
  type FamilyMember,
} from '../../domain/types';
import { validateContact } from '../../domain/validation';
import { CheckboxGroup, SelectField, TextArea, TextField } from '../../ui/components/Field';
import { FormActions } from '../../ui/components/FormActions';
import { useFormSubmit } from '../../ui/components/useFormSubmit';
import { useStaffList } from '../staff/useStaff';
import { FollowUpEditor } from './FollowUpEditor';
import { fromLocalInput, toLocalInput } from './localDateTime';

export function ContactForm({
  childId,
  contact,
  family,
  signedInStaffId,
  onSave,
  onDone,
}: {
  childId: string;
  contact?: Contact;
  family: FamilyMember[];
  signedInStaffId: string;
  onSave: (draft: Draft<Contact>) => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useTranslation(['contacts', 'common']);
  const staff = useStaffList() ?? [];
  const [at, setAt] = useState(() => toLocalInput(contact?.at ?? new Date()));
  const [values, setValues] = useState<Omit<Draft<Contact>, 'at' | 'childId'>>(() => ({
    familyMemberIds: contact?.familyMemberIds ?? [],
    channel: contact?.channel ?? 'phone',
    staffId: contact?.staffId ?? signedInStaffId,
    summary: contact?.summary ?? '',
    followUps: contact?.followUps ?? [],
  }));
  const { errors, failed, busy, run } = useFormSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft: Draft<Contact> = {
      ...values,
      childId,
      at: fromLocalInput(at),
      summary: values.summary.trim(),
      followUps: values.followUps.map((followUp) => ({ ...followUp, text: followUp.text.trim() })),
    };
    const found: Record<string, string | undefined> = validateContact(draft, new Date().toISOString());
    await run(found, () => onSave(draft), onDone);
  };

  const title = contact ? t('form.editTitle') : t('form.newTitle');
  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
      <h3>{title}</h3>
      <TextField
        label={t('form.at')}
        type="datetime-local"
        value={at}
        onChange={setAt}
        error={errors.at}
        required
      />
      <CheckboxGroup
        legend={t('form.familyMembers')}
        options={family.map((member) => ({ value: member.id, label: member.name }))}
        selected={values.familyMemberIds}
        onChange={(familyMemberIds) => setValues({ ...values, familyMemberIds })}
      />
      <SelectField
        label={t('form.channel')}
        value={values.channel}
        onChange={(channel) => setValues({ ...values, channel: channel as ContactChannel })}
        options={CONTACT_CHANNELS.map((channel) => ({
          value: channel,
          label: t(`common:channels.${channel}`),
        }))}
        error={errors.channel}
        required
      />
      <SelectField
        label={t('form.staff')}
        value={values.staffId}
        onChange={(staffId) => setValues({ ...values, staffId })}
        options={staff.map((member) => ({ value: member.id, label: member.name }))}
        error={errors.staffId}
        required
      />
      <TextArea
        label={t('form.summary')}
        value={values.summary}
        onChange={(summary) => setValues({ ...values, summary })}
        error={errors.summary}
        required
      />
      <FollowUpEditor
        followUps={values.followUps}
        staff={staff}
        errors={errors}
        onChange={(followUps) => setValues({ ...values, followUps })}
        newId={() => crypto.randomUUID()}
        defaultOwner={signedInStaffId}
      />
      <FormActions failed={failed} busy={busy} onCancel={onDone} />
    </form>
  );
}
