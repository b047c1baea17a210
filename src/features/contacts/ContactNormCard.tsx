// The child's contact norm (at least one contact every N days) with its current status.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contactStatus } from '../../domain/contacts';
import type { Child, Contact } from '../../domain/types';
import { CONTACT_NORM_DAYS_RANGE } from '../../domain/validation';
import { formatDate } from '../../i18n/format';
import { TextField } from '../../ui/components/Field';
import { useToday } from '../../ui/useToday';
import { ContactStatusBadge } from './ContactStatusBadge';
import { useContactCommands } from './useContacts';

export function ContactNormCard({ child, contacts }: { child: Child; contacts: Contact[] }) {
  const { t, i18n } = useTranslation(['contacts', 'common']);
  const today = useToday();
  const { setNorm } = useContactCommands();
  const [days, setDays] = useState(String(child.contactNormDays));
  const [error, setError] = useState<string | undefined>();
  const status = contactStatus(contacts, child, today);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(days);
    if (
      !Number.isInteger(value) ||
      value < CONTACT_NORM_DAYS_RANGE.min ||
      value > CONTACT_NORM_DAYS_RANGE.max
    ) {
      setError('outOfRange');
      return;
    }
    setError(undefined);
    await setNorm(child.id, value);
  };

  return (
    <section className="card" aria-labelledby="norm-heading">
      <h3 id="norm-heading">{t('norm.title')}</h3>
      <p role="status">
        <ContactStatusBadge status={status} />{' '}
        {status.lastContactOn
          ? t('norm.lastContact', {
              date: formatDate(status.lastContactOn, i18n.language),
              days: status.daysSinceLast,
            })
          : t('norm.noContactYet')}
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate className="inline-form">
        <TextField
          label={t('norm.days')}
          type="number"
          min={CONTACT_NORM_DAYS_RANGE.min}
          max={CONTACT_NORM_DAYS_RANGE.max}
          value={days}
          onChange={setDays}
          error={error}
          hint={t('norm.hint')}
        />
        <button type="submit">{t('norm.save')}</button>
      </form>
    </section>
  );
}
