// The child's fixed contact person for the parents and a backup, chosen from active staff.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Child } from '../../domain/types';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { SelectField } from '../../ui/components/Field';
import { useToday } from '../../ui/useToday';
import { useStaffList } from '../staff/useStaff';
import { useFamilyCommands } from './useFamily';

export function ContactPersonsCard({ child }: { child: Child }) {
  const { t } = useTranslation(['family', 'common']);
  const today = useToday();
  const staff = useStaffList();
  const { setContactPersons } = useFamilyCommands();
  const [main, setMain] = useState(child.contactPersonId ?? '');
  const [backup, setBackup] = useState(child.backupContactPersonId ?? '');
  const [error, setError] = useState<string | undefined>();
  const [state, setState] = useState<'idle' | 'saved' | 'failed'>('idle');
  const options = (staff ?? [])
    .filter((member) => !member.activeTo || member.activeTo >= today)
    .map((member) => ({ value: member.id, label: member.name }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (backup && backup === main) {
      setError(t('contactPersons.sameAsMain'));
      return;
    }
    setError(undefined);
    try {
      await setContactPersons(child.id, main || undefined, backup || undefined);
      setState('saved');
    } catch {
      setState('failed');
    }
  };

  return (
    <form
      className="card"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="contact-persons-heading"
    >
      <h3 id="contact-persons-heading">{t('contactPersons.title')}</h3>
      <p className="hint">{t('contactPersons.hint')}</p>
      <SelectField
        label={t('contactPersons.main')}
        value={main}
        onChange={(value) => {
          setMain(value);
          setState('idle');
        }}
        placeholder={t('contactPersons.none')}
        options={options}
      />
      <SelectField
        label={t('contactPersons.backup')}
        value={backup}
        onChange={(value) => {
          setBackup(value);
          setState('idle');
        }}
        placeholder={t('contactPersons.none')}
        options={options}
        error={error}
      />
      <ErrorMessage message={state === 'failed' ? t('common:saveFailed') : null} />
      <button type="submit">{t('contactPersons.save')}</button>
      {state === 'saved' ? <p role="status">{t('contactPersons.saved')}</p> : null}
    </form>
  );
}
