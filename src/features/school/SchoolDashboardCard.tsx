// The dashboard's school card: sick children whose parents do not know, late sick reports, children
// without school rules and cards not gone through this school year; at most five rows, each with one
// button to the child's School tab.
import { Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SchoolDashboardItem } from '../../domain/schoolDashboard';
import type { Child } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { useSay } from './schoolLabels';

const SHOWN = 5;

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

/** Pass the items of `useSchoolDashboard(today, now)` and the children (for their names). */
export function SchoolDashboardCard({
  items,
  children,
}: {
  items: SchoolDashboardItem[] | undefined;
  children: readonly Child[];
}) {
  const t = useSay();
  const { i18n } = useTranslation();
  const [all, setAll] = useState(false);
  if (!items) return null;
  const nameOf = (id: string) => children.find((child) => child.id === id)?.name ?? '';
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <Card withBorder component="section" aria-labelledby="school-dashboard-heading">
      <Title order={2} size="h3" id="school-dashboard-heading" mb={items.length > 0 ? 'sm' : 0}>
        {items.length > 0 ? t('dashboard.titleCount', { count: items.length }) : t('dashboard.title')}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed">{t('dashboard.empty')}</Text>
      ) : (
        <Stack gap="xs">
          <Table aria-labelledby="school-dashboard-heading" verticalSpacing="xs">
            <Table.Tbody>
              {shown.map((item, index) => (
                <Table.Tr key={`${item.kind}-${item.childId}-${index}`}>
                  <Table.Td>
                    <Anchor component={Link} to={`/children/${item.childId}/school`} fw={600}>
                      {nameOf(item.childId)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(what(item))}</Table.Td>
                  <Table.Td className="tabular">{formatDate(item.date, i18n.language)}</Table.Td>
                  <Table.Td>
                    <StatusBadge
                      tone={item.urgency === 'overdue' ? 'overdue' : item.urgency === 'due' ? 'due' : 'info'}
                      label={t(`dashboard.urgency.${item.urgency}`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group justify="flex-end">
                      <Button
                        size="xs"
                        variant="light"
                        component={Link}
                        to={`/children/${item.childId}/school`}
                      >
                        {t('dashboard.open')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {!all && items.length > SHOWN ? (
            <Button variant="subtle" size="xs" onClick={() => setAll(true)}>
              {t('dashboard.showAll', { count: items.length })}
            </Button>
          ) : null}
        </Stack>
      )}
    </Card>
  );
}
