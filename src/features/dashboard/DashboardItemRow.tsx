// One thing that needs attention, in words, linking to the tab where it is fixed.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardItem } from '../../domain/dashboard';
import { formatDate } from '../../i18n/format';
import type { DashboardData } from './useDashboard';

const TAB: Record<DashboardItem['kind'], string> = {
  contactOverdue: 'contacts',
  contactDue: 'contacts',
  reviewDue: 'agreements',
  evaluationDue: 'evaluations',
  followUpOpen: 'contacts',
  noContactPerson: 'family',
  missingStarterTopics: 'agreements',
};

export function DashboardItemRow({ item, data }: { item: DashboardItem; data: DashboardData }) {
  const { t, i18n } = useTranslation(['dashboard', 'common']);
  const date = formatDate(item.date, i18n.language);
  const childName = data.children.get(item.childId)?.name ?? t('common:removedPerson');
  const describe = (): string => {
    switch (item.kind) {
      case 'contactOverdue':
      case 'contactDue':
        return item.lastContactOn
          ? t(`items.${item.kind}`, { date, days: item.daysSinceLast })
          : t('items.noContactYet', { date });
      case 'reviewDue':
        return t('items.reviewDue', { date, text: data.agreements.get(item.agreementId)?.text ?? '' });
      case 'evaluationDue':
        return t(item.overdue ? 'items.evaluationOverdue' : 'items.evaluationDueSoon', { date });
      case 'followUpOpen': {
        const followUp = data.contacts.get(item.contactId)?.followUps.find((f) => f.id === item.followUpId);
        return t('items.followUpOpen', {
          text: followUp?.text ?? '',
          owner: data.staff.get(item.ownerStaffId)?.name ?? t('common:removedPerson'),
          date,
        });
      }
      case 'noContactPerson':
        return t(item.reason === 'missing' ? 'items.noContactPerson' : 'items.contactPersonInactive');
      case 'missingStarterTopics':
        return t('items.missingStarterTopics', { count: item.topics.length });
    }
  };
  return (
    <li className={`dashboard-item dashboard-item--${item.urgency}`}>
      <Link to={`/children/${item.childId}/${TAB[item.kind]}`}>{childName}</Link>
      {': '}
      {describe()}
      {item.urgency === 'overdue' ? <span className="status status--overdue"> {t('overdue')}</span> : null}
    </li>
  );
}
