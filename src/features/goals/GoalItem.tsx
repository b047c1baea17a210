// One goal: the words of parents and child, target, status, and its progress notes (newest first).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal, StaffMember } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { TextArea } from '../../ui/components/Field';
import { useToday } from '../../ui/useToday';
import { useGoalCommands } from './useGoals';

export function GoalItem({ goal, staff, onEdit }: { goal: Goal; staff: StaffMember[]; onEdit: () => void }) {
  const { t, i18n } = useTranslation(['goals', 'common']);
  const today = useToday();
  const { addNote } = useGoalCommands();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const date = (iso?: string) => formatDate(iso, i18n.language);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) {
      setError('required');
      return;
    }
    setError(undefined);
    await addNote(goal, { on: today, text: note.trim() });
    setNote('');
  };

  return (
    <li className="card" aria-label={goal.title}>
      <h3>{goal.title}</h3>
      <p>
        <span
          className={`status status--${goal.status === 'active' ? 'due' : goal.status === 'stopped' ? 'notApplicable' : 'onTrack'}`}
        >
          {t(`statuses.${goal.status}`)}
        </span>
        {goal.targetDate ? ` ${t('target', { date: date(goal.targetDate) })}` : ''}
      </p>
      {goal.parentsWords ? (
        <figure>
          <figcaption>{t('form.parentsWords')}</figcaption>
          <blockquote>{goal.parentsWords}</blockquote>
        </figure>
      ) : null}
      {goal.childWords ? (
        <figure>
          <figcaption>{t('form.childWords')}</figcaption>
          <blockquote>{goal.childWords}</blockquote>
        </figure>
      ) : null}
      <h4>{t('progress.title')}</h4>
      {goal.progressNotes.length === 0 ? (
        <p className="hint">{t('progress.empty')}</p>
      ) : (
        <ul aria-label={t('progress.title')}>
          {[...goal.progressNotes].reverse().map((item, index) => (
            <li key={`${item.on}-${index}`}>
              {date(item.on)} — {item.text}{' '}
              <span className="hint">
                ({staff.find((member) => member.id === item.by)?.name ?? t('common:removedPerson')})
              </span>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-label={t('progress.formFor', { title: goal.title })}
      >
        <TextArea label={t('progress.note')} value={note} onChange={setNote} error={error} rows={2} />
        <div className="actions">
          <button type="submit">{t('progress.add')}</button>
          <button type="button" className="button--subtle" onClick={onEdit}>
            {t('common:edit')}
          </button>
        </div>
      </form>
    </li>
  );
}
