// A child's mentor, vaste contactpersoon and backup: who holds each role since when, what the role
// means in one line, the history of changes with their reasons, and a button to change each.
import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconHistory, IconUserEdit } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSIGNMENT_ROLES, holderOn, roleHistory, type AssignmentRole } from '../../domain/assignments';
import type { Child } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { useToday } from '../../ui/useToday';
import { useStaffList } from '../staff/useStaff';
import { RoleChangeDrawer } from './RoleChangeDrawer';
import { useRoleAssignments } from './useRoleAssignments';

export function RoleAssignmentsCard({ child }: { child: Child }) {
  const { t, i18n } = useTranslation('roster');
  const today = useToday();
  const staff = useStaffList();
  const assignments = useRoleAssignments(child.id);
  const [changing, setChanging] = useState<AssignmentRole | undefined>();
  const [showHistory, setShowHistory] = useState(false);
  const name = (id: string) => staff?.find((member) => member.id === id)?.name ?? t('unknownStaff');
  const date = (iso?: string) => (iso ? formatDate(iso, i18n.language) : '');
  const history = ASSIGNMENT_ROLES.flatMap((role) => roleHistory(assignments ?? [], child.id, role));

  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="roles-heading">
      <Group justify="space-between" mb="xs">
        <Title order={3} id="roles-heading">
          {t('assignments.title')}
        </Title>
        <Button
          variant="subtle"
          leftSection={<IconHistory size={16} aria-hidden />}
          onClick={() => setShowHistory((open) => !open)}
          aria-expanded={showHistory}
        >
          {showHistory ? t('assignments.hideHistory') : t('assignments.showHistory')}
        </Button>
      </Group>
      <Table verticalSpacing="xs" aria-label={t('assignments.title')}>
        <Table.Tbody>
          {ASSIGNMENT_ROLES.map((role) => {
            const holder = holderOn(assignments ?? [], child.id, role, today);
            return (
              <Table.Tr key={role}>
                <Table.Th scope="row" w="28%">
                  <Text fw={600}>{t(`roles.${role}`)}</Text>
                  <Text size="sm" c="dimmed">
                    {t(`roleExplanations.${role}`)}
                  </Text>
                </Table.Th>
                <Table.Td>
                  {holder ? (
                    <Stack gap={0}>
                      <Text>{name(holder.staffId)}</Text>
                      <Text size="sm" c="dimmed" className="tabular">
                        {t('assignments.since', { date: date(holder.from) })}
                      </Text>
                    </Stack>
                  ) : (
                    <Text c="dimmed">{t('assignments.nobody')}</Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    variant="default"
                    size="xs"
                    leftSection={<IconUserEdit size={14} aria-hidden />}
                    onClick={() => setChanging(role)}
                    aria-label={t('assignments.changeRole', { role: t(`roles.${role}`) })}
                  >
                    {t('assignments.change')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {showHistory ? (
        <Table mt="md" aria-label={t('assignments.history')} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('assignments.role')}</Table.Th>
              <Table.Th>{t('assignments.who')}</Table.Th>
              <Table.Th>{t('assignments.period')}</Table.Th>
              <Table.Th>{t('assignments.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.map((assignment) => (
              <Table.Tr key={assignment.id}>
                <Table.Td>{t(`roles.${assignment.role}`)}</Table.Td>
                <Table.Td>{name(assignment.staffId)}</Table.Td>
                <Table.Td className="tabular">
                  {assignment.to
                    ? t('assignments.fromTo', { from: date(assignment.from), to: date(assignment.to) })
                    : t('assignments.since', { date: date(assignment.from) })}
                </Table.Td>
                <Table.Td>
                  {assignment.reason ? t(`reasons.${assignment.reason}`) : t('assignments.firstAssignment')}
                  {assignment.reasonNote ? ` — ${assignment.reasonNote}` : ''}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <RoleChangeDrawer
        child={child}
        role={changing}
        assignments={assignments ?? []}
        staff={staff ?? []}
        onClose={() => setChanging(undefined)}
      />
    </Paper>
  );
}
