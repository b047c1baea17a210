// The follow-ups not done yet, overdue first: tick one off here, without opening its contact.
import { Checkbox, Group, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openFollowUps } from '../../domain/contacts';
import type { Contact, StaffMember } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { useToday } from '../../ui/useToday';
import { useContactCommands } from './useContacts';

export function OpenFollowUps({ contacts, staff }: { contacts: Contact[]; staff: StaffMember[] }) {
  const { t, i18n } = useTranslation(['contacts', 'common']);
  const today = useToday();
  const { setFollowUpDone } = useContactCommands();
  // Ticked at once; the row leaves the list when the saved contact comes back.
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const open = openFollowUps(contacts, today);
  if (open.length === 0) return null;
  const staffName = (id: string) =>
    staff.find((member) => member.id === id)?.name ?? t('common:removedPerson');
  const overdue = open.filter((item) => item.overdue).length;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="follow-ups-heading">
      <Stack gap="xs">
        <Group gap="sm">
          <Title order={3} size="h5" id="follow-ups-heading">
            {t('followUps.title', { count: open.length })}
          </Title>
          {overdue > 0 ? (
            <StatusBadge tone="overdue" label={t('followUps.overdueCount', { count: overdue })} />
          ) : null}
        </Group>
        {open.map(({ contactId, followUp, overdue: late }) => {
          const contact = contacts.find((candidate) => candidate.id === contactId)!;
          return (
            <Group key={followUp.id} justify="space-between" wrap="nowrap" gap="sm">
              <Checkbox
                label={t('list.followUp', {
                  text: followUp.text,
                  owner: staffName(followUp.ownerStaffId),
                  due: followUp.dueOn ? formatDate(followUp.dueOn, i18n.language) : t('list.noDue'),
                })}
                checked={ticked.has(followUp.id)}
                onChange={(event) => {
                  const done = event.currentTarget.checked;
                  setTicked((current) => new Set(current).add(followUp.id));
                  void setFollowUpDone(contact, followUp.id, done, today);
                }}
              />
              {late ? (
                <StatusBadge tone="overdue" label={t('followUps.overdue')} />
              ) : followUp.dueOn === today ? (
                <StatusBadge tone="due" label={t('followUps.today')} />
              ) : null}
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
