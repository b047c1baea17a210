// A child's overview: family, contact persons, agreements, goals, last contacts, next evaluation.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { agreementsInForce, groupByTopic } from '../../domain/agreements';
import { nextEvaluationDue } from '../../domain/evaluations';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useToday } from '../../ui/useToday';
import { useAgreements } from '../agreements/useAgreements';
import { useChildFromRoute } from '../children/useChildFromRoute';
import { useEvaluations } from '../evaluations/useEvaluations';
import { useFamilyMembers } from '../family/useFamily';
import { useGoals } from '../goals/useGoals';
import { useChildOverviewRecords } from './useChildOverview';

export function ChildOverviewPage() {
  const { t, i18n } = useTranslation(['dashboard', 'common']);
  const child = useChildFromRoute();
  const today = useToday();
  const family = useFamilyMembers(child.id);
  const agreements = useAgreements(child.id);
  const goals = useGoals(child.id);
  const evaluations = useEvaluations(child.id);
  // Only the few recent contacts and the staff this page names: it stays fast as the history grows.
  const overview = useChildOverviewRecords(child, today);
  if (!family || !agreements || !goals || !overview || !evaluations) {
    return <p role="status">{t('common:loading')}</p>;
  }
  const date = (iso?: string) => formatDate(iso, i18n.language);
  const { recentContacts: contacts, staff } = overview;
  const staffName = (id?: string) => staff.find((member) => member.id === id)?.name;
  const tab = (path: string, label: string) => <Link to={`/children/${child.id}/${path}`}>{label}</Link>;

  return (
    <div className="overview">
      <section className="card" aria-labelledby="overview-family">
        <h2 id="overview-family">{t('overview.family')}</h2>
        <p>
          {t('overview.contactPerson', { name: staffName(child.contactPersonId) ?? t('overview.nobody') })}
          {' · '}
          {t('overview.backup', { name: staffName(child.backupContactPersonId) ?? t('overview.nobody') })}
        </p>
        {family.length === 0 ? (
          <p className="hint">{t('overview.noFamily')}</p>
        ) : (
          <ul>
            {family.map((member) => (
              <li key={member.id}>
                <strong>{member.name}</strong> ({t(`common:relations.${member.relation}`)})
                {member.hasParentalAuthority ? ` · ${t('overview.authority')}` : ''}
                {member.preferredChannel ? ` · ${t(`common:channels.${member.preferredChannel}`)}` : ''}
                {member.phone ? ` · ${member.phone}` : ''}
                {member.interpreterNeeded
                  ? ` · ${t('overview.interpreter', { language: member.preferredLanguage ?? '' })}`
                  : ''}
              </li>
            ))}
          </ul>
        )}
        {tab('family', t('overview.toFamily'))}
      </section>
      <section className="card" aria-labelledby="overview-contacts">
        <h2 id="overview-contacts">{t('overview.contacts')}</h2>
        <ul>
          {contacts.slice(0, 5).map((contact) => (
            <li key={contact.id}>
              {formatDateTime(contact.at, i18n.language)} · {t(`common:channels.${contact.channel}`)} —{' '}
              {contact.summary}
            </li>
          ))}
        </ul>
        {contacts.length === 0 ? <p className="hint">{t('overview.noContacts')}</p> : null}
        {tab('contacts', t('overview.toContacts'))}
      </section>
      <section className="card" aria-labelledby="overview-agreements">
        <h2 id="overview-agreements">{t('overview.agreements')}</h2>
        {groupByTopic(agreementsInForce(agreements)).map((group) => (
          <p key={`${group.topic}-${group.customTopic ?? ''}`}>
            <strong>
              {group.topic === 'custom' ? group.customTopic : t(`common:topics.${group.topic}`)}:
            </strong>{' '}
            {group.agreements.map((agreement) => agreement.text).join(' / ')}
          </p>
        ))}
        {agreementsInForce(agreements).length === 0 ? (
          <p className="hint">{t('overview.noAgreements')}</p>
        ) : null}
        {tab('agreements', t('overview.toAgreements'))}
      </section>
      <section className="card" aria-labelledby="overview-goals">
        <h2 id="overview-goals">{t('overview.goals')}</h2>
        <ul>
          {goals.map((goal) => (
            <li key={goal.id}>
              {goal.title} — {t(`overview.goalStatus.${goal.status}`)}
            </li>
          ))}
        </ul>
        {goals.length === 0 ? <p className="hint">{t('overview.noGoals')}</p> : null}
        {tab('goals', t('overview.toGoals'))}
      </section>
      <section className="card" aria-labelledby="overview-evaluation">
        <h2 id="overview-evaluation">{t('overview.evaluation')}</h2>
        <p>{t('overview.nextEvaluation', { date: date(nextEvaluationDue(evaluations, child)) })}</p>
        {tab('evaluations', t('overview.toEvaluations'))}
      </section>
    </div>
  );
}
