// The "Doelen" tab: joint goals (veranderwensen) with the parents' and child's own words and progress.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../domain/types';
import { EmptyState } from '../../ui/components/EmptyState';
import { useChildFromRoute } from '../children/useChildFromRoute';
import { useStaffList } from '../staff/useStaff';
import { GoalForm } from './GoalForm';
import { GoalItem } from './GoalItem';
import { useGoalCommands, useGoals } from './useGoals';

export function GoalsPage() {
  const { t } = useTranslation(['goals', 'common']);
  const child = useChildFromRoute();
  const goals = useGoals(child.id);
  const staff = useStaffList();
  const { save } = useGoalCommands();
  const [editing, setEditing] = useState<Goal | 'new' | null>(null);
  if (!goals || !staff) return <p role="status">{t('common:loading')}</p>;
  return (
    <section aria-labelledby="goals-heading">
      <div className="page-header">
        <h2 id="goals-heading">{t('title')}</h2>
        <button type="button" className="button--primary" onClick={() => setEditing('new')}>
          {t('add')}
        </button>
      </div>
      {editing ? (
        <GoalForm
          key={editing === 'new' ? 'new' : editing.id}
          childId={child.id}
          goal={editing === 'new' ? undefined : editing}
          onSave={(draft) => save(editing === 'new' ? undefined : editing, draft)}
          onDone={() => setEditing(null)}
        />
      ) : null}
      {goals.length === 0 ? (
        <EmptyState>{t('empty')}</EmptyState>
      ) : (
        <ul className="goal-list">
          {goals.map((goal) => (
            <GoalItem key={goal.id} goal={goal} staff={staff} onEdit={() => setEditing(goal)} />
          ))}
        </ul>
      )}
    </section>
  );
}
