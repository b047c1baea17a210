// The dashboard's school card as work-queue rows: sick children whose parents do not know, late sick
// reports, children without school rules and cards not gone through this school year; each row has one
// button to the child's School tab.
import type { SchoolDashboardItem } from '../../domain/schoolDashboard';
import type { IsoDate } from '../../domain/types';
import type { StatusTone } from '../../ui/design/theme';
import { WorkRowAction, WorkRowChild, type WorkCardModel } from '../../ui/components/WorkCard';
import { useSay } from './schoolLabels';
import { useNow, useSchoolDashboard } from './useSchool';

function what(item: SchoolDashboardItem): string {
  switch (item.kind) {
    case 'sickReportLate':
      return item.timing === 'overdue' ? 'dashboard.sickReportOverdue' : 'dashboard.sickReportLate';
    case 'noSchoolRules':
      return item.reason === 'noSchool' ? 'dashboard.noSchool' : 'dashboard.noRules';
    default:
      return `dashboard.${item.kind}`;
  }
}

/** The button's words: what to do about this item on the School tab. */
function action(item: SchoolDashboardItem): string {
  if (item.kind === 'noSchoolRules')
    return item.reason === 'noSchool' ? 'dashboard.actions.addSchool' : 'dashboard.actions.addRules';
  return `dashboard.actions.${item.kind}`;
}

const TONE: Record<SchoolDashboardItem['urgency'], StatusTone> = {
  overdue: 'overdue',
  due: 'due',
  attention: 'info',
};

/** The school card for `today` (undefined while loading). */
export function useSchoolWorkCard(today: IsoDate): WorkCardModel | undefined {
  const t = useSay();
  const now = useNow();
  const data = useSchoolDashboard(today, now);
  if (!data) return undefined;
  const names = new Map(data.children.map((child) => [child.id, child.name]));
  return {
    key: 'school',
    title: t('dashboard.title'),
    emptyText: t('dashboard.empty'),
    rows: data.items.map((item, index) => {
      const name = names.get(item.childId) ?? t('common:removedPerson');
      return {
        key: `${item.kind}-${item.childId}-${index}`,
        who: <WorkRowChild id={item.childId} name={name} />,
        what: t(what(item)),
        since: item.date,
        status: { tone: TONE[item.urgency], label: t(`dashboard.urgency.${item.urgency}`) },
        action: <WorkRowAction to={`/children/${item.childId}/school`} label={t(action(item))} name={name} />,
      };
    }),
  };
}
