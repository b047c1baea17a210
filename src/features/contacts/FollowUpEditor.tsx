// The follow-up actions of a contact: what, who (staff), by when; add and remove rows.
import { useTranslation } from 'react-i18next';
import type { FollowUp, StaffMember } from '../../domain/types';
import { SelectField, TextField } from '../../ui/components/Field';

export function FollowUpEditor({
  followUps,
  staff,
  errors,
  onChange,
  newId,
  defaultOwner,
}: {
  followUps: FollowUp[];
  staff: StaffMember[];
  errors: Record<string, string | undefined>;
  onChange: (followUps: FollowUp[]) => void;
  newId: () => string;
  defaultOwner: string;
}) {
  const { t } = useTranslation(['contacts', 'common']);
  const update = (index: number, patch: Partial<FollowUp>) =>
    onChange(followUps.map((followUp, i) => (i === index ? { ...followUp, ...patch } : followUp)));
  return (
    <fieldset className="checkbox-group">
      <legend>{t('form.followUps')}</legend>
      {followUps.map((followUp, index) => (
        <div
          key={followUp.id}
          className="card"
          role="group"
          aria-label={t('form.followUpNumber', { number: index + 1 })}
        >
          <TextField
            label={t('form.followUpText')}
            value={followUp.text}
            onChange={(text) => update(index, { text })}
            error={errors[`followUps.${index}.text`]}
            required
          />
          <SelectField
            label={t('form.followUpOwner')}
            value={followUp.ownerStaffId}
            onChange={(ownerStaffId) => update(index, { ownerStaffId })}
            options={staff.map((member) => ({ value: member.id, label: member.name }))}
            error={errors[`followUps.${index}.ownerStaffId`]}
            required
          />
          <TextField
            label={t('form.followUpDue')}
            type="date"
            value={followUp.dueOn ?? ''}
            onChange={(dueOn) => update(index, { dueOn: dueOn || undefined })}
            error={errors[`followUps.${index}.dueOn`]}
          />
          <button
            type="button"
            className="button--subtle"
            onClick={() => onChange(followUps.filter((_, i) => i !== index))}
          >
            {t('form.removeFollowUp')}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange([...followUps, { id: newId(), text: '', ownerStaffId: defaultOwner, done: false }])
        }
      >
        {t('form.addFollowUp')}
      </button>
    </fieldset>
  );
}
