// One group of the family page (parents, network or professionals) as a table: parents first by
// relation, who has authority, how to reach them, and whether contact counts for the contact norm.
import {
  ActionIcon,
  Button,
  Card,
  Group,
  Stack,
  Switch,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countsForContactNorm } from '../../domain/contacts';
import { RELATIONS_BY_KIND, type Child, type FamilyMember, type FamilyMemberKind } from '../../domain/types';
import { DataTable, type Column } from '../../ui/components/DataTable';
import { EmptyState } from '../../ui/components/EmptyState';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { FamilyMemberDrawer } from './FamilyMemberForm';
import { useFamilyCommands } from './useFamily';

/** Mothers, fathers, … in the order of the relation list, then by name. */
export function byRelation(a: FamilyMember, b: FamilyMember): number {
  const order: readonly string[] = RELATIONS_BY_KIND[a.kind];
  return order.indexOf(a.relation) - order.indexOf(b.relation) || a.name.localeCompare(b.name, 'nl');
}

export function FamilyGroup({
  child,
  kind,
  members,
}: {
  child: Child;
  kind: FamilyMemberKind;
  members: FamilyMember[];
}) {
  const { t } = useTranslation(['family', 'common']);
  const commands = useFamilyCommands();
  const [editing, setEditing] = useState<FamilyMember | 'new' | null>(null);
  const headingId = `family-${kind}`;
  const remove = (member: FamilyMember) =>
    modals.openConfirmModal({
      title: t('removeDialog.title'),
      children: <Text size="sm">{t('removeDialog.text', { name: member.name })}</Text>,
      labels: { confirm: t('removeDialog.confirm'), cancel: t('common:cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void commands.remove(member.id),
    });

  const columns: Column<FamilyMember>[] = [
    {
      accessor: 'name',
      title: t('form.name'),
      render: (member) => (
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {member.name}
          </Text>
          {member.supportRole || member.organisation ? (
            <Text size="xs" c="dimmed">
              {member.supportRole ?? member.organisation}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    {
      accessor: 'relation',
      title: t('form.relation'),
      render: (member) => t(`common:relations.${member.relation}`),
    },
    {
      accessor: 'hasParentalAuthority',
      title: t('table.authority'),
      render: (member) =>
        member.hasParentalAuthority ? (
          <Text size="sm" fw={600}>
            {t('table.hasAuthority')}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('table.noAuthority')}
          </Text>
        ),
    },
    {
      accessor: 'reach',
      title: t('table.reach'),
      render: (member) => (
        <Stack gap={0}>
          <Text size="sm">{[member.phone, member.email].filter(Boolean).join(' · ')}</Text>
          {member.preferredChannel ? (
            <Text size="xs" c="dimmed">
              {t('table.prefers', { channel: t(`common:channels.${member.preferredChannel}`) })}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    {
      accessor: 'preferredLanguage',
      title: t('table.language'),
      render: (member) => (
        <Group gap={6}>
          {member.preferredLanguage ? <Text size="sm">{member.preferredLanguage}</Text> : null}
          {member.interpreterNeeded ? <StatusBadge tone="due" label={t('table.interpreter')} /> : null}
        </Group>
      ),
    },
    {
      accessor: 'contactNorm',
      title: t('table.contactNorm'),
      render: (member) => (
        <Switch
          checked={countsForContactNorm(member, child)}
          onChange={(event) =>
            void commands.setCountsForContactNorm(child, member, event.currentTarget.checked)
          }
          aria-label={t('table.countsFor', { name: member.name })}
          label={countsForContactNorm(member, child) ? t('common:yes') : t('common:no')}
        />
      ),
    },
    {
      accessor: 'actions',
      title: <VisuallyHidden>{t('common:actions')}</VisuallyHidden>,
      textAlign: 'right',
      render: (member) => (
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Tooltip label={t('common:edit')}>
            <ActionIcon
              variant="subtle"
              onClick={() => setEditing(member)}
              aria-label={t('editFor', { name: member.name })}
            >
              <IconPencil size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('common:delete')}>
            <ActionIcon
              variant="subtle"
              color="red"
              onClick={() => remove(member)}
              aria-label={t('removeFor', { name: member.name })}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      ),
    },
  ];

  return (
    <Card component="section" aria-labelledby={headingId} p="md">
      <Group justify="space-between" mb="sm">
        <Title order={3} id={headingId}>
          {t(`groups.${kind}`)} ({members.length})
        </Title>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => setEditing('new')}
        >
          {t(`add.${kind}`)}
        </Button>
      </Group>
      <DataTable
        label={t(`groups.${kind}`)}
        records={[...members].sort(byRelation)}
        columns={columns}
        empty={<EmptyState>{t(`empty.${kind}`)}</EmptyState>}
      />
      {editing ? (
        <FamilyMemberDrawer
          key={editing === 'new' ? 'new' : editing.id}
          childId={child.id}
          kind={kind}
          member={editing === 'new' ? undefined : editing}
          opened
          onClose={() => setEditing(null)}
          onSave={(draft) => commands.save(editing === 'new' ? undefined : editing, draft)}
        />
      ) : null}
    </Card>
  );
}
