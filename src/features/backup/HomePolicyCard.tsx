// Coordinators: who may make backups, when to be reminded, and the retention period of ended placements.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_REMINDER_RANGE, RETENTION_RANGE, type HomePolicy } from '../../data/homePolicy';
import { CheckboxField, TextField } from '../../ui/components/Field';
import { useHomePolicy } from './useBackup';

export function HomePolicyCard() {
  const { policy } = useHomePolicy();
  if (!policy) return null;
  return <PolicyForm policy={policy} />;
}

function PolicyForm({ policy }: { policy: HomePolicy }) {
  const { t } = useTranslation('backup');
  const { update } = useHomePolicy();
  const [staffMayBackup, setStaffMayBackup] = useState(policy.staffMayBackup);
  const [days, setDays] = useState(String(policy.backupReminderDays));
  const [years, setYears] = useState(String(policy.retentionYears));
  const [errors, setErrors] = useState<{ days?: string; years?: string }>({});
  const [saved, setSaved] = useState(false);
  const check = (value: string, range: { min: number; max: number }) => {
    const number = Number(value);
    return Number.isInteger(number) && number >= range.min && number <= range.max
      ? undefined
      : t('policy.range', range);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = { days: check(days, BACKUP_REMINDER_RANGE), years: check(years, RETENTION_RANGE) };
    setErrors(next);
    setSaved(false);
    if (next.days || next.years) return;
    await update({ staffMayBackup, backupReminderDays: Number(days), retentionYears: Number(years) });
    setSaved(true);
  };
  return (
    <section aria-labelledby="policy-heading" className="card">
      <h2 id="policy-heading">{t('policy.title')}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <CheckboxField
          label={t('policy.staffMayBackup')}
          checked={staffMayBackup}
          onChange={setStaffMayBackup}
        />
        <TextField
          label={t('policy.reminderDays')}
          type="number"
          value={days}
          onChange={setDays}
          error={errors.days}
          min={BACKUP_REMINDER_RANGE.min}
          max={BACKUP_REMINDER_RANGE.max}
        />
        <TextField
          label={t('policy.retentionYears')}
          type="number"
          value={years}
          onChange={setYears}
          error={errors.years}
          hint={t('policy.retentionHint')}
          min={RETENTION_RANGE.min}
          max={RETENTION_RANGE.max}
        />
        <button type="submit">{t('policy.save')}</button>
        {saved ? <p role="status">{t('policy.saved')}</p> : null}
      </form>
    </section>
  );
}
