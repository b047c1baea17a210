// Dashboard card: reports waiting for a parent's (or the youth's) reaction with the days left, and
// those whose period passed without anything recorded; at most five rows, the rest behind "alle tonen".
import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Child } from '../../domain/types';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { useReportsAwaiting } from './useReports';

export function ReportsAwaitingCard({
  today,
  children,
  names,
}: {
  today: string;
  /** The home's children, for their names. */
  children: readonly Pick<Child, 'id' | 'name'>[];
  /** Names of family members by id (the person waited for); the youth is named as such. */
  names?: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation('reports');
  const items = useReportsAwaiting(today);
  const [all, setAll] = useState(false);
  if (!items) return null;
  const childName = (id: string) => children.find((child) => child.id === id)?.name ?? '';
  if (items.length === 0)
    return (
      <Card withBorder>
        <Text c="dimmed">{t('dashboard.empty')}</Text>
      </Card>
    );
  const shown = all ? items : items.slice(0, 5);
  return (
    <Card withBorder component="section" aria-labelledby="reports-awaiting-heading">
      <Title order={2} size="h4" id="reports-awaiting-heading" mb="sm">
        {t('dashboard.title', { count: items.length })}
      </Title>
      <Stack gap="xs">
        {shown.map((item) => (
          <Group key={`${item.reportId}-${item.personId}`} justify="space-between" wrap="nowrap">
            <Text>
              {childName(item.childId)} ·{' '}
              {item.personKind === 'youth' ? t('dashboard.youth') : (names?.[item.personId] ?? '')}
            </Text>
            <Group gap="sm" wrap="nowrap">
              {item.state.kind === 'periodPassed' ? (
                <StatusBadge tone="overdue" label={t('dashboard.passed', { count: item.state.daysOver })} />
              ) : item.state.daysLeft === 0 ? (
                <StatusBadge tone="due" label={t('dashboard.lastDay')} />
              ) : (
                <StatusBadge
                  tone={item.state.daysLeft <= 7 ? 'due' : 'info'}
                  label={t('dashboard.waiting', { count: item.state.daysLeft })}
                />
              )}
              <Button size="xs" variant="default" component={Link} to={`/children/${item.childId}/reports`}>
                {t('dashboard.open')}
              </Button>
            </Group>
          </Group>
        ))}
        {items.length > 5 && !all ? (
          <Anchor component="button" type="button" onClick={() => setAll(true)}>
            {t('dashboard.showAll', { count: items.length })}
          </Anchor>
        ) : null}
      </Stack>
    </Card>
  );
}
