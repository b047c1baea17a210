// The dashboard card of continuity alerts (for the lead to place on the dashboard): families that saw
// too many faces, contact persons leaving or away without a backup, planned contacts with no familiar
// person on shift. At most five rows, each linking to where it is fixed.
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContinuityAlert } from '../../domain/continuity';
import { formatDate } from '../../i18n/format';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { useToday } from '../../ui/useToday';
import { useContinuityAlerts, type ContinuityAlertsState } from './useContinuity';

const firstName = (name: string) => name.split(/\s+/)[0] ?? name;

function AlertRow({ alert, state }: { alert: ContinuityAlert; state: ContinuityAlertsState }) {
  const { t, i18n } = useTranslation('roster');
  const childName = (id: string) => firstName(state.children.find((child) => child.id === id)?.name ?? '');
  const date = (iso: string) => formatDate(iso, i18n.language);
  if (alert.kind === 'tooManyFaces')
    return (
      <Text>
        <StatusBadge tone="overdue" label={t('alerts.tooManyFacesBadge')} />{' '}
        <Anchor component={Link} to={`/children/${alert.childId}/family`}>
          {t('alerts.tooManyFaces', {
            child: childName(alert.childId),
            count: alert.staffCount,
            max: alert.max,
          })}
        </Anchor>
      </Text>
    );
  if (alert.kind === 'contactPersonGap') {
    const staff = state.staffNames.get(alert.staffId) ?? '';
    const families = alert.childIds.map(childName).join(', ');
    return (
      <Text>
        <StatusBadge tone="due" label={t(`alerts.gapBadge.${alert.reason}`)} />{' '}
        <Anchor component={Link} to={`/children/${alert.childIds[0]}/family`}>
          {alert.reason === 'leaving'
            ? t('alerts.leaving', { staff, date: date(alert.date), families })
            : t('alerts.absent', { staff, date: date(alert.date), families })}
        </Anchor>
      </Text>
    );
  }
  return (
    <Text>
      <StatusBadge tone="due" label={t('alerts.unfamiliarBadge')} />{' '}
      <Anchor component={Link} to="/roster">
        {t('alerts.unfamiliar', {
          child: childName(alert.childId),
          date: date(alert.date),
          time: alert.time,
        })}
      </Anchor>
    </Text>
  );
}

/** The card itself, reading its alerts through `useContinuityAlerts` (also exported for the dashboard). */
export function ContinuityAlertsCard() {
  const { t } = useTranslation('roster');
  const today = useToday();
  const current = useContinuityAlerts(today);
  const [all, setAll] = useState(false);
  if (!current) return null;
  const { alerts } = current;
  const shown = all ? alerts : alerts.slice(0, 5);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="continuity-alerts-heading">
      <Title order={2} size="h4" id="continuity-alerts-heading" mb="xs">
        {t('alerts.title', { count: alerts.length })}
      </Title>
      {alerts.length === 0 ? (
        <Text c="dimmed">{t('alerts.none')}</Text>
      ) : (
        <Stack gap="xs">
          {shown.map((alert, index) => (
            <AlertRow key={`${alert.kind}-${index}`} alert={alert} state={current} />
          ))}
          {alerts.length > 5 ? (
            <Anchor component="button" type="button" onClick={() => setAll((open) => !open)}>
              {all ? t('alerts.fewer') : t('alerts.showAll', { count: alerts.length })}
            </Anchor>
          ) : null}
        </Stack>
      )}
    </Paper>
  );
}
