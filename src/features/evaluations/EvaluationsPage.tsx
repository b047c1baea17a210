// The "Evaluaties" tab: the next evaluation due (derived), recording one, and earlier evaluations.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { evaluationStatus, nextEvaluationDue } from '../../domain/evaluations';
import type { Evaluation } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { EmptyState } from '../../ui/components/EmptyState';
import { useToday } from '../../ui/useToday';
import { useAgreements } from '../agreements/useAgreements';
import { useChildFromRoute } from '../children/useChildFromRoute';
import { EvaluationForm } from './EvaluationForm';
import { useEvaluationCommands, useEvaluations } from './useEvaluations';

const STATUS_CLASS = {
  overdue: 'overdue',
  dueSoon: 'due',
  planned: 'onTrack',
  notApplicable: 'notApplicable',
} as const;

export function EvaluationsPage() {
  const { t, i18n } = useTranslation(['evaluations', 'common']);
  const child = useChildFromRoute();
  const today = useToday();
  const evaluations = useEvaluations(child.id);
  const agreements = useAgreements(child.id);
  const { save } = useEvaluationCommands();
  const [editing, setEditing] = useState<Evaluation | 'new' | null>(null);
  if (!evaluations || !agreements) return <p role="status">{t('common:loading')}</p>;
  const date = (iso: string) => formatDate(iso, i18n.language);
  const status = evaluationStatus(evaluations, child, today);
  const topicOf = (id: string) => agreements.find((agreement) => agreement.id === id);

  return (
    <section aria-labelledby="evaluations-heading">
      <div className="page-header">
        <h2 id="evaluations-heading">{t('title')}</h2>
        <button type="button" className="button--primary" onClick={() => setEditing('new')}>
          {t('add')}
        </button>
      </div>
      <p className="card" role="status">
        {t('next', {
          date: date(nextEvaluationDue(evaluations, child)),
          months: child.evaluationIntervalMonths,
        })}{' '}
        <span className={`status status--${STATUS_CLASS[status]}`}>{t(`status.${status}`)}</span>
      </p>
      {editing ? (
        <EvaluationForm
          key={editing === 'new' ? 'new' : editing.id}
          childId={child.id}
          evaluation={editing === 'new' ? undefined : editing}
          agreements={agreements}
          onSave={(draft) => save(editing === 'new' ? undefined : editing, draft)}
          onDone={() => setEditing(null)}
        />
      ) : null}
      {evaluations.length === 0 ? (
        <EmptyState>{t('empty')}</EmptyState>
      ) : (
        evaluations.map((evaluation) => (
          <article
            key={evaluation.id}
            className="card"
            aria-label={t('heldOn', { date: date(evaluation.heldOn) })}
          >
            <h3>{t('heldOn', { date: date(evaluation.heldOn) })}</h3>
            <dl className="facts">
              {(
                [
                  'parentsExperience',
                  'childExperience',
                  'staffExperience',
                  'goesWell',
                  'shouldChange',
                ] as const
              )
                .filter((field) => evaluation[field])
                .map((field) => (
                  <div key={field} style={{ display: 'contents' }}>
                    <dt>{t(`form.${field}`)}</dt>
                    <dd>{evaluation[field]}</dd>
                  </div>
                ))}
            </dl>
            {evaluation.revisedAgreementIds.length > 0 ? (
              <p>
                {t('revised')}{' '}
                {evaluation.revisedAgreementIds.map((id) => (
                  <Link key={id} to={`/children/${child.id}/agreements`} className="tag">
                    {topicOf(id)?.text ?? t('unknownAgreement')}
                  </Link>
                ))}
              </p>
            ) : null}
            <button type="button" className="button--subtle" onClick={() => setEditing(evaluation)}>
              {t('common:edit')}
            </button>
          </article>
        ))
      )}
    </section>
  );
}
