// One thing that needs attention as a work-queue row: the child, what, since when, its status and the
// one button that opens the tab where it is done.
import { Anchor, Button } from '@mantine/core';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { DashboardItem } from '../../domain/dashboard';
import type { StatusTone } from '../../ui/design/theme';
import type { WorkRow } from '../../ui/components/WorkCard';
import type { DashboardData } from './useDashboard';

const TAB: Record<DashboardItem['kind'], string> = {
  contactOverdue: 'contacts',
  contactDue: 'contacts',
  reviewDue: 'agreements',
  noReviewDate: 'agreements',
  evaluationDue: 'evaluations',
  followUpOpen: 'contacts',
  goalPastTarget: 'goals',
  noContactPerson: 'family',
  missingStarterTopics: 'agreements',
};

type T = TFunction<['dashboard', 'common']>;

function describe(item: DashboardItem, data: DashboardData, t: T): string {
  switch (item.kind) {
    case 'contactOverdue':
    case 'contactDue':
      return item.lastContactOn
        ? t('items.lastContact', { count: item.daysSinceLast })
        : t('items.noContactYet');
    case 'reviewDue':
    case 'noReviewDate':
      return data.agreements.get(item.agreementId)?.text ?? '';
    case 'evaluationDue':
      return t('items.evaluation');
    case 'followUpOpen': {
      const followUp = data.contacts.get(item.contactId)?.followUps.find((f) => f.id === item.followUpId);
      const owner = data.staff.get(item.ownerStaffId)?.name ?? t('common:removedPerson');
      return t('items.followUpOpen', { text: followUp?.text ?? '', owner });
    }
    case 'goalPastTarget':
      return data.goals.get(item.goalId)?.title ?? '';
    case 'noContactPerson':
      return t(item.reason === 'missing' ? 'items.noContactPerson' : 'items.contactPersonInactive');
    case 'missingStarterTopics':
      return t('items.missingStarterTopics', { count: item.topics.length });
  }
}

function status(item: DashboardItem, t: T): { tone: StatusTone; label: string } {
  if (item.kind === 'noReviewDate') return { tone: 'info', label: t('status.noReviewDate') };
  if (item.kind === 'noContactPerson' || item.kind === 'missingStarterTopics')
    return { tone: 'info', label: t('status.toDo') };
  if (item.urgency === 'overdue') return { tone: 'overdue', label: t('status.overdue') };
  if (item.urgency === 'due') return { tone: 'due', label: t('status.due') };
  return { tone: 'info', label: t('status.open') };
}

/** The date the "since" column shows: the last contact when there was one, else the item's own date. */
function since(item: DashboardItem): string {
  if ((item.kind === 'contactOverdue' || item.kind === 'contactDue') && item.lastContactOn)
    return item.lastContactOn;
  return item.date;
}

export function dashboardRow(item: DashboardItem, index: number, data: DashboardData, t: T): WorkRow {
  const child = data.children.get(item.childId);
  const childName = child?.name ?? t('common:removedPerson');
  const to = `/children/${item.childId}/${TAB[item.kind]}`;
  const action = t(`actions.${item.kind}`);
  return {
    key: `${item.kind}-${item.childId}-${index}`,
    who: (
      <Anchor component={Link} to={`/children/${item.childId}`} fw={600} size="sm">
        {childName}
      </Anchor>
    ),
    what: describe(item, data, t),
    since: since(item),
    status: status(item, t),
    action: (
      <Button
        component={Link}
        to={to}
        size="compact-sm"
        variant="light"
        aria-label={t('actions.for', { action, name: childName })}
      >
        {action}
      </Button>
    ),
  };
}
