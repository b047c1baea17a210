// Staff who leave (end date set) or have left, with the families they still hold as mentor, contact
// person or backup: each role opens the change drawer for that child, the reason set to "leaving".
import { Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { IconUserEdit } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentRole } from '../../domain/assignments';
import type { Child } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { useToday } from '../../ui/useToday';
import { RoleChangeDrawer } from './RoleChangeDrawer';
import { useLeavingWithOpenAssignments } from './useRoleAssignments';

export function LeavingStaffCard() {
  const { t, i18n } = useTranslation('roster');
  const today = useToday();
  const state = useLeavingWithOpenAssignments(today);
  const [changing, setChanging] = useState<{ child: Child; role: AssignmentRole } | undefined>();
  if (!state) return null;
  const rows = state.leaving.flatMap(({ member, open }) =>
    open.map(({ assignment, child }) => ({ member, assignment, child })),
  );

  return (
    <Card withBorder component="section" aria-labelledby="leaving-heading">
      <Title order={2} size="h4" id="leaving-heading" mb={rows.length === 0 ? 0 : 'xs'}>
        {rows.length === 0 ? t('leaving.none') : t('leaving.title', { count: rows.length })}
      </Title>
      {rows.length === 0 ? null : (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            {t('leaving.intro')}
          </Text>
          <Table verticalSpacing="xs" aria-label={t('leaving.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('leaving.staff')}</Table.Th>
                <Table.Th>{t('leaving.child')}</Table.Th>
                <Table.Th>{t('assignments.role')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ member, assignment, child }) => {
                const left = member.activeTo! < today;
                return (
                  <Table.Tr key={assignment.id}>
                    <Table.Td>
                      <Group gap="xs">
                        <Text size="sm">{member.name}</Text>
                        <StatusBadge
                          tone={left ? 'ended' : 'due'}
                          label={t(left ? 'leaving.left' : 'leaving.leaves', {
                            date: formatDate(member.activeTo!, i18n.language),
                          })}
                        />
                      </Group>
                    </Table.Td>
                    <Table.Td>{child.name}</Table.Td>
                    <Table.Td>{t(`roles.${assignment.role}`)}</Table.Td>
                    <Table.Td ta="right">
                      <Button
                        variant="light"
                        size="compact-sm"
                        leftSection={<IconUserEdit size={14} aria-hidden />}
                        aria-label={t('leaving.reassign', {
                          role: t(`rolesInline.${assignment.role}`),
                          child: child.name,
                        })}
                        onClick={() => setChanging({ child, role: assignment.role })}
                      >
                        {t('leaving.reassignShort')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </>
      )}
      {changing ? (
        <RoleChangeDrawer
          child={changing.child}
          role={changing.role}
          assignments={state.assignments}
          staff={state.staff}
          defaultReason="leaving"
          onClose={() => setChanging(undefined)}
        />
      ) : null}
    </Card>
  );
}
