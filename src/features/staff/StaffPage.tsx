// The coordinator's staff list: add, edit, remove, and hand out one-time codes for (first) sign-in.
import { ActionIcon, Button, Code, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconKey, IconPencil, IconPlus, IconUserOff } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { endsAccessNow, hasDeparted } from '../../domain/staffAccess';
import type { StaffMember } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { Dialog } from '../../ui/components/ConfirmDialog';
import { DataTable, type Column } from '../../ui/components/DataTable';
import { EmptyState } from '../../ui/components/EmptyState';
import { FormDrawer } from '../../ui/components/FormDrawer';
import { PageHeader } from '../../ui/components/PageHeader';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { useToday } from '../../ui/useToday';
import { RemoveStaffDialog } from './RemoveStaffDialog';
import { StaffForm } from './StaffForm';
import { useStaffAccess, useStaffCommands, useStaffList } from './useStaff';

type Editing = { mode: 'new' } | { mode: 'edit'; staff: StaffMember } | null;

export function StaffPage() {
  const { t, i18n } = useTranslation(['staff', 'common']);
  const staff = useStaffList();
  const access = useStaffAccess();
  const commands = useStaffCommands();
  const today = useToday();
  const [editing, setEditing] = useState<Editing>(null);
  const [dirty, setDirty] = useState(false);
  const [code, setCode] = useState<{ name: string; code: string } | null>(null);
  const [removing, setRemoving] = useState<StaffMember | null>(null);
  const date = (value?: string) => (value ? formatDate(value, i18n.language) : '');
  const self = (member: StaffMember) => member.id === commands.signedInStaffId;
  const openForm = (next: Editing) => {
    setDirty(false);
    setEditing(next);
  };

  const signInStatus = (member: StaffMember) => {
    if (hasDeparted(member, today) || (endsAccessNow(member, today) && !access?.has(member.id)))
      return (
        <StatusBadge tone="ended" label={t('left')} tooltip={t('leftOn', { date: date(member.activeTo) })} />
      );
    const state = access?.get(member.id);
    if (state === 'active') return <StatusBadge tone="onTrack" label={t('accessStates.active')} />;
    if (state === 'pending') return <StatusBadge tone="due" label={t('accessStates.pending')} />;
    return <StatusBadge tone="ended" label={t('accessStates.none')} />;
  };

  const columns: Column<StaffMember>[] = [
    {
      accessor: 'name',
      title: t('form.name'),
      sortValue: (member) => member.name,
      render: (member) => (
        <Text size="sm" fw={600}>
          {member.name}
        </Text>
      ),
    },
    {
      accessor: 'role',
      title: t('form.role'),
      sortValue: (member) => t(`roles.${member.role}`),
      render: (member) => t(`roles.${member.role}`),
    },
    {
      accessor: 'activeFrom',
      title: t('form.activeFrom'),
      sortValue: (member) => member.activeFrom,
      render: (member) => <span className="tabular">{date(member.activeFrom)}</span>,
    },
    {
      accessor: 'activeTo',
      title: t('form.activeTo'),
      sortValue: (member) => member.activeTo,
      render: (member) => <span className="tabular">{date(member.activeTo)}</span>,
    },
    {
      accessor: 'signIn',
      title: t('signIn'),
      // Current staff first, then who is waiting for a first sign-in, then who left.
      sortValue: (member) => (hasDeparted(member, today) ? 2 : access?.get(member.id) === 'active' ? 0 : 1),
      render: signInStatus,
    },
    {
      accessor: 'actions',
      title: <span className="visually-hidden">{t('common:actions')}</span>,
      textAlign: 'right',
      render: (member) => (
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <RowAction
            label={t('editFor', { name: member.name })}
            icon={<IconPencil size={18} aria-hidden />}
            onClick={() => openForm({ mode: 'edit', staff: member })}
          />
          {/* A code for yourself would replace your own password: change that under Instellingen.
              Someone whose access has ended gets a code only after their end date is changed. */}
          {!self(member) && !endsAccessNow(member, today) ? (
            <RowAction
              label={t('newCodeFor', { name: member.name })}
              icon={<IconKey size={18} aria-hidden />}
              onClick={async () => setCode({ name: member.name, code: await commands.resetAccess(member) })}
            />
          ) : null}
          {!self(member) && access?.has(member.id) ? (
            <RowAction
              label={t('removeFor', { name: member.name })}
              icon={<IconUserOff size={18} aria-hidden />}
              color="red"
              onClick={() => setRemoving(member)}
            />
          ) : null}
        </Group>
      ),
    },
  ];

  return (
    <section aria-labelledby="staff-heading">
      <PageHeader
        id="staff-heading"
        title={t('title')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => openForm({ mode: 'new' })}>
            {t('add')}
          </Button>
        }
      />
      <DataTable
        label={t('list')}
        records={staff}
        columns={columns}
        initialSort={{ column: 'signIn', direction: 'asc' }}
        filterText={(member) => `${member.name} ${t(`roles.${member.role}`)}`}
        empty={<EmptyState>{t('empty')}</EmptyState>}
      />
      <FormDrawer
        title={editing?.mode === 'edit' ? t('form.editTitle') : t('form.newTitle')}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        dirty={dirty}
      >
        {editing ? (
          <StaffForm
            key={editing.mode === 'edit' ? editing.staff.id : 'new'}
            initial={editing.mode === 'edit' ? editing.staff : undefined}
            isSelf={editing.mode === 'edit' && self(editing.staff)}
            onDirty={setDirty}
            onCancel={() => setEditing(null)}
            onSubmit={async (draft) => {
              if (editing.mode === 'edit') {
                await commands.update(editing.staff.id, draft);
              } else {
                const result = await commands.add(draft);
                setCode({ name: result.staff.name, code: result.oneTimeCode });
              }
              setEditing(null);
            }}
          />
        ) : null}
      </FormDrawer>
      <RemoveStaffDialog
        member={removing}
        onClose={() => setRemoving(null)}
        onConfirm={(member) => commands.remove(member.id)}
      />
      <Dialog title={t('codeDialog.title')} open={code !== null} onClose={() => setCode(null)}>
        {code ? (
          <Stack gap="md">
            <Text>{t('codeDialog.intro', { name: code.name })}</Text>
            <Paper withBorder p="md" bg="gray.0">
              <Code data-testid="one-time-code" fz="xl" fw={700} bg="transparent">
                {code.code}
              </Code>
            </Paper>
            <Text c="dimmed" size="sm">
              {t('codeDialog.once')}
            </Text>
            <Group>
              <Button onClick={() => setCode(null)} data-autofocus>
                {t('common:close')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Dialog>
    </section>
  );
}

function RowAction({
  label,
  icon,
  onClick,
  color = 'gray',
}: {
  label: string;
  icon: ReactNode;
  onClick: () => void;
  color?: string;
}) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color={color} size="lg" aria-label={label} onClick={onClick}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );
}
