// The dashboard's reports card as work-queue rows: reports waiting for a parent's (or the youth's)
// reaction with the days left, and those whose period passed without anything recorded; each row opens
// the report on the child's Rapportages tab.
import { useTranslation } from 'react-i18next';
import type { ReportWaitingItem } from '../../domain/reports';
import type { IsoDate } from '../../domain/types';
import type { StatusTone } from '../../ui/design/theme';
import { WorkRowAction, WorkRowChild, type WorkCardModel } from '../../ui/components/WorkCard';
import { useReportsAwaiting } from './useReports';

/** A week or less left reads as "due"; a passed period as overdue. */
function status(item: ReportWaitingItem, t: ReturnType<typeof useTranslation<'reports'>>['t']) {
  const { state } = item;
  if (state.kind === 'periodPassed')
    return { tone: 'overdue' as StatusTone, label: t('dashboard.passed', { count: state.daysOver }) };
  if (state.daysLeft === 0) return { tone: 'due' as StatusTone, label: t('dashboard.lastDay') };
  return {
    tone: (state.daysLeft <= 7 ? 'due' : 'info') as StatusTone,
    label: t('dashboard.waiting', { count: state.daysLeft }),
  };
}

/** The reports card for `today` (undefined while loading). */
export function useReportsWorkCard(today: IsoDate): WorkCardModel | undefined {
  const { t } = useTranslation(['reports', 'common']);
  const data = useReportsAwaiting(today);
  if (!data) return undefined;
  const nameOf = (id: string) => data.names.get(id) ?? t('common:removedPerson');
  return {
    key: 'reports',
    title: t('dashboard.title'),
    emptyText: t('dashboard.empty'),
    rows: data.items.map((item) => {
      const name = nameOf(item.childId);
      const person = item.personKind === 'youth' ? t('dashboard.youth') : nameOf(item.personId);
      return {
        key: `${item.reportId}-${item.personId}`,
        who: <WorkRowChild id={item.childId} name={name} />,
        what: t('dashboard.what', { person }),
        since: item.sharedOn,
        status: status(item, t),
        action: (
          <WorkRowAction
            to={`/children/${item.childId}/reports?report=${item.reportId}`}
            label={t('dashboard.action')}
            name={name}
          />
        ),
      };
    }),
  };
}
