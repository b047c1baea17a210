// Health practicalities (GP, dentist, medication) for the handover; the school has its own tab.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Child, HealthInfo } from '../../domain/types';
import { TextArea, TextField } from '../../ui/components/Field';
import { FormActions } from '../../ui/components/FormActions';
import { useFormSubmit } from '../../ui/components/useFormSubmit';
import { useChildCommands } from './useChildren';

const HEALTH_FIELDS = ['gp', 'dentist', 'medication', 'notes'] as const;

/** Empty strings are not stored: an empty section disappears from the handover. */
function compact<T extends object>(values: T): T | undefined {
  const kept = Object.fromEntries(Object.entries(values).filter(([, value]) => String(value).trim() !== ''));
  return Object.keys(kept).length > 0 ? (kept as T) : undefined;
}

export function HealthSchoolCard({ child }: { child: Child }) {
  const { t } = useTranslation(['children', 'common']);
  const { update } = useChildCommands();
  const [editing, setEditing] = useState(false);
  const [health, setHealth] = useState<HealthInfo>(child.health ?? {});
  const { failed, busy, run } = useFormSubmit();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    await run(
      {},
      () => update(child.id, { health: compact(health) }),
      () => setEditing(false),
    );
  };

  if (!editing) {
    return (
      <section className="card" aria-labelledby="health-school-heading">
        <div className="page-header">
          <h2 id="health-school-heading">{t('healthSchool.title')}</h2>
          <button type="button" onClick={() => setEditing(true)}>
            {t('healthSchool.edit')}
          </button>
        </div>
        <dl className="facts">
          {HEALTH_FIELDS.map((field) => (
            <div key={field} style={{ display: 'contents' }}>
              <dt>{t(`healthSchool.health.${field}`)}</dt>
              <dd>{child.health?.[field] || t('common:none')}</dd>
            </div>
          ))}
        </dl>
      </section>
    );
  }

  return (
    <form
      className="card"
      onSubmit={(event) => void save(event)}
      noValidate
      aria-label={t('healthSchool.title')}
    >
      <h2>{t('healthSchool.title')}</h2>
      <TextField
        label={t('healthSchool.health.gp')}
        value={health.gp ?? ''}
        onChange={(gp) => setHealth({ ...health, gp })}
      />
      <TextField
        label={t('healthSchool.health.dentist')}
        value={health.dentist ?? ''}
        onChange={(dentist) => setHealth({ ...health, dentist })}
      />
      <TextArea
        label={t('healthSchool.health.medication')}
        value={health.medication ?? ''}
        onChange={(medication) => setHealth({ ...health, medication })}
      />
      <TextArea
        label={t('healthSchool.health.notes')}
        value={health.notes ?? ''}
        onChange={(notes) => setHealth({ ...health, notes })}
      />
      <FormActions failed={failed} busy={busy} onCancel={() => setEditing(false)} />
    </form>
  );
}
