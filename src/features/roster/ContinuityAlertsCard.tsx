// The continuity alerts as a work-queue card (on the dashboard and the Rooster's Continuïteit tab):
// families that saw too many faces, contact persons leaving or away without a backup, planned contacts
// with no familiar person on shift. Each row has one button to where it is fixed.
import { Anchor, Group } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContinuityAlert } from '../../domain/continuity';
import type { IsoDate } from '../../domain/types';
import {
  WorkCard,
  WorkRowAction,
  WorkRowActions,
  type WorkCardModel,
  type WorkRow,
} from '../../ui/components/WorkCard';
import { useToday } from '../../ui/useToday';
import { useContinuityAlerts, type ContinuityAlertsState } from './useContinuity';

type T = ReturnType<typeof useTranslation<['roster', 'common']>>['t'];

export function alertRow(alert: ContinuityAlert, index: number, state: ContinuityAlertsState, t: T): WorkRow {
  const nameOf = (id: string) =>
    state.children.find((child) => child.id === id)?.name ?? t('common:removedPerson');
  const key = `${alert.kind}-${index}`;
  const children = (ids: readonly string[]) => (
    <Group gap={4}>
      {ids.map((id, position) => (
        <Fragment key={id}>
          {position > 0 ? ', ' : null}
          <Anchor component={Link} to={`/children/${id}`} fw={600} size="sm">
            {nameOf(id)}
          </Anchor>
        </Fragment>
      ))}
    </Group>
  );
  if (alert.kind === 'tooManyFaces') {
    const name = nameOf(alert.childId);
    return {
      key,
      who: children([alert.childId]),
      what: t('alerts.tooManyFaces', { count: alert.staffCount, max: alert.max }),
      status: { tone: 'overdue', label: t('alerts.tooManyFacesBadge') },
      action: (
        <WorkRowAction
          to={`/children/${alert.childId}/family`}
          label={t('alerts.actions.faces')}
          name={name}
        />
      ),
    };
  }
  if (alert.kind === 'contactPersonGap') {
    const staff = state.staffNames.get(alert.staffId) ?? t('common:removedPerson');
    return {
      key,
      who: children(alert.childIds),
      what: t(alert.reason === 'leaving' ? 'alerts.leaving' : 'alerts.absent', { staff }),
      since: alert.date,
      status: { tone: 'due', label: t(`alerts.gapBadge.${alert.reason}`) },
      // Every family of the alert needs its own backup: each is one link away.
      action: (
        <WorkRowActions
          label={t('alerts.actions.gap')}
          targets={alert.childIds.map((id) => ({ to: `/children/${id}/family`, name: nameOf(id) }))}
        />
      ),
    };
  }
  return {
    key,
    who: children([alert.childId]),
    what: t('alerts.unfamiliar', { time: alert.time }),
    since: alert.date,
    status: { tone: 'due', label: t('alerts.unfamiliarBadge') },
    action: <WorkRowAction to="/roster" label={t('alerts.actions.roster')} name={nameOf(alert.childId)} />,
  };
}

/** The continuity card for `today` (undefined while loading). */
export function useContinuityWorkCard(today: IsoDate): WorkCardModel | undefined {
  const { t } = useTranslation(['roster', 'common']);
  const state = useContinuityAlerts(today);
  if (!state) return undefined;
  return {
    key: 'continuity',
    title: t('alerts.title'),
    emptyText: t('alerts.none'),
    rows: state.alerts.map((alert, index) => alertRow(alert, index, state, t)),
  };
}

/** The same card on its own (the Rooster's Continuïteit tab). */
export function ContinuityAlertsCard() {
  const card = useContinuityWorkCard(useToday());
  return card ? <WorkCard id={card.key} {...card} /> : null;
}
