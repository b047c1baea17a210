// The "Contact" tab: the contact norm and its status, open follow-ups, and the contact log as a
// paginated table with a filter; one contact opens in full in a drawer.
import { Select, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconEye, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactNormMemberIds, isNormContact } from '../../domain/contacts';
import type { Contact } from '../../domain/types';
import { formatDateTime } from '../../i18n/format';
import { DataTable, type Column } from '../../ui/components/DataTable';
import { EmptyState } from '../../ui/components/EmptyState';
import { FormDrawer } from '../../ui/components/FormDrawer';
import { RowAction, RowActions } from '../../ui/components/RowActions';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { AddButton, TabHeader } from '../../ui/components/TabHeader';
import { drawerTitle, useDrawerState } from '../../ui/components/useDrawerState';
import { useToday } from '../../ui/useToday';
import { useChildFromRoute } from '../children/useChildFromRoute';
import { useFamilyMembers } from '../family/useFamily';
import { useStaffList } from '../staff/useStaff';
import { ContactDetails } from './ContactDetails';
import { ContactForm } from './ContactForm';
import { ContactNormCard } from './ContactNormCard';
import { OpenFollowUps } from './OpenFollowUps';
import { useContactCommands, useContacts } from './useContacts';

type Open = { kind: 'new' } | { kind: 'edit' | 'view'; contact: Contact };
type WhoFilter = 'all' | 'counting' | 'others';

export function ContactsPage() {
  const { t, i18n } = useTranslation(['contacts', 'common']);
  const child = useChildFromRoute();
  const today = useToday();
  const contacts = useContacts(child.id);
  const family = useFamilyMembers(child.id);
  const staff = useStaffList();
  const { save, signedInStaffId } = useContactCommands();
  const { open, show, close, dirty, setDirty } = useDrawerState<Open>();
  const [who, setWho] = useState<WhoFilter>('all');
  if (!contacts || !family || !staff) return <Text role="status">{t('common:loading')}</Text>;

  const counting = contactNormMemberIds(family, child);
  const counts = (contact: Contact) => isNormContact(contact, counting);
  const person = (id: string) => family.find((member) => member.id === id);
  const names = (contact: Contact) =>
    contact.familyMemberIds
      .map((id) => {
        const member = person(id);
        return member
          ? `${member.name} (${t(`common:relations.${member.relation}`)})`
          : t('common:removedPerson');
      })
      .join(', ');
  const staffName = (id: string) =>
    staff.find((member) => member.id === id)?.name ?? t('common:removedPerson');
  const shown = contacts.filter((contact) =>
    who === 'all' ? true : who === 'counting' ? counts(contact) : !counts(contact),
  );
  // The contact being edited or viewed, fresh from the live list (the drawer shows ticked follow-ups).
  const live = (contact: Contact) => contacts.find((candidate) => candidate.id === contact.id) ?? contact;

  const columns: Column<Contact>[] = [
    {
      accessor: 'at',
      title: t('list.when'),
      width: 150,
      sortValue: (contact) => contact.at,
      render: (contact) => <span className="tabular">{formatDateTime(contact.at, i18n.language)}</span>,
    },
    {
      accessor: 'channel',
      title: t('form.channel'),
      width: 130,
      sortValue: (contact) => t(`common:channels.${contact.channel}`),
      render: (contact) => t(`common:channels.${contact.channel}`),
    },
    {
      accessor: 'familyMemberIds',
      title: t('form.familyMembers'),
      width: 240,
      render: (contact) => (
        <Stack gap={2}>
          <Text size="sm">{names(contact) || t('common:notFilledIn')}</Text>
          {counts(contact) ? null : (
            <Text size="xs" c="dimmed">
              {t('list.notCounting')}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      accessor: 'summary',
      title: t('form.summary'),
      render: (contact) => (
        <Text size="sm" lineClamp={2}>
          {contact.summary}
        </Text>
      ),
    },
    {
      accessor: 'followUps',
      title: t('list.followUps'),
      width: 160,
      sortValue: (contact) => contact.followUps.filter((followUp) => !followUp.done).length,
      render: (contact) => {
        const open = contact.followUps.filter((followUp) => !followUp.done);
        if (open.length === 0) return null;
        const late = open.some((followUp) => followUp.dueOn !== undefined && followUp.dueOn < today);
        return (
          <StatusBadge
            tone={late ? 'overdue' : 'info'}
            label={late ? t('followUps.overdue') : t('followUps.openCount', { count: open.length })}
          />
        );
      },
    },
    {
      accessor: 'actions',
      title: <VisuallyHidden>{t('common:actions')}</VisuallyHidden>,
      textAlign: 'right',
      width: 92,
      render: (contact) => {
        const when = formatDateTime(contact.at, i18n.language);
        return (
          <RowActions>
            <RowAction
              tooltip={t('list.view')}
              label={t('list.viewFor', { when })}
              icon={IconEye}
              onClick={() => show({ kind: 'view', contact })}
            />
            <RowAction
              tooltip={t('common:edit')}
              label={t('list.editFor', { when })}
              icon={IconPencil}
              onClick={() => show({ kind: 'edit', contact })}
            />
          </RowActions>
        );
      },
    },
  ];

  const title = drawerTitle(open, {
    new: t('form.newTitle'),
    edit: t('form.editTitle'),
    view: (shown) => t('list.itemLabel', { when: formatDateTime(shown.contact.at, i18n.language) }),
  });

  return (
    <section aria-labelledby="contacts-heading">
      <TabHeader
        id="contacts-heading"
        title={t('title')}
        actions={<AddButton onClick={() => show({ kind: 'new' })}>{t('add')}</AddButton>}
      />
      <Stack gap="md">
        <ContactNormCard key={child.contactNormDays} child={child} contacts={contacts} family={family} />
        <OpenFollowUps contacts={contacts} staff={staff} />
        <DataTable
          label={t('list.title')}
          records={shown}
          columns={columns}
          initialSort={{ column: 'at', direction: 'desc' }}
          filterText={(contact) => `${contact.summary} ${names(contact)} ${staffName(contact.staffId)}`}
          filterLabel={t('list.search')}
          filters={
            <Select
              label={t('list.who')}
              w={260}
              allowDeselect={false}
              value={who}
              onChange={(value) => setWho((value ?? 'all') as WhoFilter)}
              data={(['all', 'counting', 'others'] as const).map((value) => ({
                value,
                label: t(`list.whoFilters.${value}`),
              }))}
            />
          }
          empty={
            contacts.length === 0 ? (
              <EmptyState>{t('empty')}</EmptyState>
            ) : (
              <EmptyState>{t('list.noneShown')}</EmptyState>
            )
          }
        />
      </Stack>
      <FormDrawer
        title={title}
        opened={open !== null}
        onClose={close}
        dirty={dirty && open?.kind !== 'view'}
        size="lg"
      >
        {open?.kind === 'view' ? (
          <ContactDetails
            contact={live(open.contact)}
            family={family}
            staff={staff}
            counts={counts(live(open.contact))}
            onEdit={() => show({ kind: 'edit', contact: live(open.contact) })}
          />
        ) : open ? (
          <ContactForm
            key={open.kind === 'new' ? 'new' : open.contact.id}
            childId={child.id}
            contact={open.kind === 'new' ? undefined : open.contact}
            family={family}
            signedInStaffId={signedInStaffId}
            onSave={(draft, basedOn) => save(open.kind === 'new' ? undefined : open.contact, draft, basedOn)}
            onDone={close}
            onDirtyChange={setDirty}
          />
        ) : null}
      </FormDrawer>
    </section>
  );
}
