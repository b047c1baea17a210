// The handover's own content: reason for the move, views, the child's story, the parents' message, follow-up.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Child, FamilyMember, Handover } from '../../domain/types';
import { validateHandover } from '../../domain/validation';
import { CheckboxField, TextArea, TextField } from '../../ui/components/Field';
import { FormActions } from '../../ui/components/FormActions';
import { useFormSubmit } from '../../ui/components/useFormSubmit';
import { handoverDraft, handoverValues, type HandoverTextField, type HandoverValues } from './handoverDraft';
import { useSaveHandover } from './useHandover';

const LONG_TEXT: HandoverTextField[] = [
  'reasonForMove',
  'howDecided',
  'parentsView',
  'childView',
  'childStory',
  'parentsMessage',
];
const SHORT_TEXT: HandoverTextField[] = ['contactOldPlace', 'contactNewPlace'];

export function HandoverForm({
  child,
  handover,
  authorityHolders,
  onDone,
}: {
  child: Child;
  handover: Handover | null;
  /** Parents with authority: with more than one, each gives their view in their own words. */
  authorityHolders: FamilyMember[];
  onDone: () => void;
}) {
  const { t } = useTranslation(['documents', 'common']);
  const save = useSaveHandover();
  const [values, setValues] = useState<HandoverValues>(() => handoverValues(handover));
  const { errors, failed, busy, run } = useFormSubmit();
  const setText = (field: HandoverTextField) => (value: string) =>
    setValues((current) => ({ ...current, text: { ...current.text, [field]: value } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft = handoverDraft(child.id, values);
    // Consent without a legal ground is allowed here: that section is simply left out of the document.
    const found: Record<string, string | undefined> = Object.fromEntries(
      Object.entries(validateHandover(draft)).filter(([field]) => !field.startsWith('consent.')),
    );
    await run(found, () => save(handover, draft), onDone);
  };

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('handover.formTitle')}
      className="card"
    >
      <h3>{t('handover.formTitle')}</h3>
      <TextField
        label={t('handover.fields.newInstitution')}
        value={values.text.newInstitution}
        onChange={setText('newInstitution')}
      />
      <TextField
        label={t('handover.fields.moveDate')}
        type="date"
        value={values.moveDate}
        onChange={(moveDate) => setValues({ ...values, moveDate })}
        error={errors.moveDate}
      />
      {LONG_TEXT.map((field) => (
        <TextArea
          key={field}
          label={t(`handover.fields.${field}`)}
          value={values.text[field]}
          onChange={setText(field)}
          hint={field === 'parentsMessage' ? t('handover.parentsMessageHint') : undefined}
          rows={field === 'childStory' || field === 'parentsMessage' ? 5 : 3}
        />
      ))}
      {authorityHolders.length > 1
        ? authorityHolders.map((parent) => (
            <TextArea
              key={parent.id}
              label={t('handover.parentView', { name: parent.name })}
              hint={t('handover.parentViewHint')}
              value={values.parentViews[parent.id] ?? ''}
              onChange={(text) =>
                setValues((current) => ({
                  ...current,
                  parentViews: { ...current.parentViews, [parent.id]: text },
                }))
              }
            />
          ))
        : null}
      <CheckboxField
        label={t('handover.fields.parentsInvolved')}
        checked={values.parentsInvolved}
        onChange={(parentsInvolved) => setValues({ ...values, parentsInvolved })}
      />
      <CheckboxField
        label={t('handover.fields.childInvolved')}
        checked={values.childInvolved}
        onChange={(childInvolved) => setValues({ ...values, childInvolved })}
      />
      <TextArea
        label={t('handover.fields.involvementNotes')}
        value={values.text.involvementNotes}
        onChange={setText('involvementNotes')}
      />
      {SHORT_TEXT.map((field) => (
        <TextField
          key={field}
          label={t(`handover.fields.${field}`)}
          value={values.text[field]}
          onChange={setText(field)}
        />
      ))}
      <TextField
        label={t('handover.fields.handoverMeetingOn')}
        type="date"
        value={values.handoverMeetingOn}
        onChange={(handoverMeetingOn) => setValues({ ...values, handoverMeetingOn })}
        error={errors.handoverMeetingOn}
      />
      <TextField
        label={t('handover.fields.handoverMeetingAttendees')}
        value={values.text.handoverMeetingAttendees}
        onChange={setText('handoverMeetingAttendees')}
      />
      <TextField
        label={t('handover.fields.firstEvaluationAfterMove')}
        type="date"
        value={values.firstEvaluationAfterMove}
        onChange={(firstEvaluationAfterMove) => setValues({ ...values, firstEvaluationAfterMove })}
        error={errors.firstEvaluationAfterMove}
      />
      <FormActions failed={failed} busy={busy} onCancel={onDone} />
    </form>
  );
}
