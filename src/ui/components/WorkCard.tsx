// One card of the work queue: a kind of attention with its count in the title, at most five rows
// (who, what, since when, status, one action) and "alle n tonen" for the rest; nothing to do is one line.
import { Anchor, Button, Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IsoDate } from '../../domain/types';
import type { StatusTone } from '../design/theme';
import { RelativeDate } from './RelativeDate';
import { StatusBadge } from './StatusBadge';

export interface WorkRow {
  key: string;
  /** Usually the child's name as a link to the child. */
  who: ReactNode;
  what: ReactNode;
  /** The date that matters (a due date, the last contact); shown as "vandaag", "3 dagen geleden". */
  since?: IsoDate;
  status: { tone: StatusTone; label: string };
  /** One button that does the thing or opens where it is done. */
  action: ReactNode;
}

export const WORK_CARD_ROWS = 5;

/** The "who" of a row about a child: the name as a link to the child. */
export function WorkRowChild({ id, name }: { id: string; name: string }) {
  return (
    <Anchor component={Link} to={`/children/${id}`} fw={600} size="sm">
      {name}
    </Anchor>
  );
}

/** The row's one button to where the thing is done; its accessible name says for whom ("… voor Noor"). */
export function WorkRowAction({ to, label, name }: { to: string; label: string; name: string }) {
  const { t } = useTranslation('common');
  return (
    <Button
      component={Link}
      to={to}
      size="compact-sm"
      variant="light"
      aria-label={t('workQueue.actionFor', { action: label, name })}
    >
      {label}
    </Button>
  );
}

/**
 * The row's action when it concerns several children (a leaving contact person's families): with one,
 * the plain button; with more, the action's name and one small link per child, so none of them is out
 * of reach.
 */
export function WorkRowActions({
  label,
  targets,
}: {
  label: string;
  targets: readonly { to: string; name: string }[];
}) {
  const { t } = useTranslation('common');
  const [first] = targets;
  if (!first) return null;
  if (targets.length === 1) return <WorkRowAction to={first.to} label={label} name={first.name} />;
  return (
    <Stack gap={2} align="flex-end">
      <Text size="xs" c="dimmed" aria-hidden>
        {label}:
      </Text>
      <Group gap={4} justify="flex-end" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {targets.map((target) => (
          <li key={target.to}>
            <Button
              component={Link}
              to={target.to}
              size="compact-xs"
              variant="light"
              aria-label={t('workQueue.actionFor', { action: label, name: target.name })}
            >
              {target.name}
            </Button>
          </li>
        ))}
      </Group>
    </Stack>
  );
}

/** One card of the work queue as data: the dashboard orders these (work first) and renders each. */
export interface WorkCardModel {
  /** Stable id of the card (its heading is `work-<key>`). */
  key: string;
  title: string;
  rows: readonly WorkRow[];
  emptyText?: string;
}

/** Cards with work first, each group in the given order. */
export function withWorkFirst<C extends Pick<WorkCardModel, 'rows'>>(cards: readonly C[]): C[] {
  return [...cards.filter((card) => card.rows.length > 0), ...cards.filter((card) => card.rows.length === 0)];
}

export function WorkCard({
  id,
  title,
  rows,
  emptyText,
}: {
  /** A stable id for the heading (the card is a region named by it). */
  id: string;
  title: string;
  rows: readonly WorkRow[];
  /** The one line shown when there is nothing to do. */
  emptyText?: string;
}) {
  const { t } = useTranslation('common');
  const [all, setAll] = useState(false);
  const headingId = `work-${id}`;
  if (rows.length === 0) {
    return (
      <Card component="section" aria-labelledby={headingId} py="xs" px="lg">
        <Group gap="xs" wrap="nowrap">
          <IconCircleCheck size={18} color="var(--mantine-color-green-7)" aria-hidden />
          <Title order={2} id={headingId} fz="sm" fw={600}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {emptyText ?? t('workQueue.nothingToDo')}
          </Text>
        </Group>
      </Card>
    );
  }
  const shown = all ? rows : rows.slice(0, WORK_CARD_ROWS);
  return (
    <Card component="section" aria-labelledby={headingId} p="md">
      <Title order={2} id={headingId} fz="lg" mb="xs">
        {title} ({rows.length})
      </Title>
      <Table verticalSpacing={6} horizontalSpacing="sm" layout="fixed" aria-labelledby={headingId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="18%">{t('workQueue.who')}</Table.Th>
            <Table.Th>{t('workQueue.what')}</Table.Th>
            <Table.Th w="12%">{t('workQueue.since')}</Table.Th>
            <Table.Th w="16%">{t('workQueue.status')}</Table.Th>
            <Table.Th w="20%" ta="right">
              <VisuallyHidden>{t('actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Td>{row.who}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {row.what}
                </Text>
              </Table.Td>
              <Table.Td>{row.since ? <RelativeDate date={row.since} /> : null}</Table.Td>
              <Table.Td>
                <StatusBadge tone={row.status.tone} label={row.status.label} />
              </Table.Td>
              <Table.Td ta="right">{row.action}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length > WORK_CARD_ROWS ? (
        <Group mt="xs">
          <Button variant="subtle" size="compact-sm" onClick={() => setAll((value) => !value)}>
            {all ? t('workQueue.showFewer') : t('workQueue.showAll', { count: rows.length })}
          </Button>
        </Group>
      ) : null}
    </Card>
  );
}
