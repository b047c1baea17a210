// One contact in full, in a drawer: when, how, who, the whole summary and its follow-ups.
import { Badge, Button, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Contact, FamilyMember, StaffMember } from '../../domain/types';
import { formatDate, formatDateTime } from '../../i18n/format';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { useToday } from '../../ui/useToday';
import { useContactCommands } from './useContacts';

export function ContactDetails({
  contact,
  family,
  staff,
  counts,
  onEdit,
}: {
  contact: Contact;
  family: FamilyMember[];
  staff: StaffMember[];
  counts: boolean;
  onEdit: () => void;
}) {
  const { t, i18n } = useTranslation(['contacts', 'common']);
  const today = useToday();
  const { setFollowUpDone } = useContactCommands();
  const staffName = (id: string) =>
    staff.find((member) => member.id === id)?.name ?? t('common:removedPerson');
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge variant="light" tt="none">
          {t(`common:channels.${contact.channel}`)}
        </Badge>
        <Text size="sm">{formatDateTime(contact.at, i18n.language)}</Text>
        <Text size="sm" c="dimmed">
          · {staffName(contact.staffId)}
        </Text>
      </Group>
      <Stack gap={4}>
        <Title order={3} size="h6">
          {t('form.familyMembers')}
        </Title>
        <Group gap="xs">
          {contact.familyMemberIds.map((id) => {
            const member = family.find((candidate) => candidate.id === id);
            return (
              <Badge key={id} variant="outline" color="gray" tt="none">
                {member
                  ? `${member.name} (${t(`common:relations.${member.relation}`)})`
                  : t('common:removedPerson')}
              </Badge>
            );
          })}
          {counts ? null : <StatusBadge tone="info" label={t('list.notCounting')} />}
        </Group>
      </Stack>
      <Stack gap={4}>
        <Title order={3} size="h6">
          {t('form.summary')}
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {contact.summary}
        </Text>
      </Stack>
      {contact.followUps.length > 0 ? (
        <Stack gap={6} component="section" aria-label={t('list.followUps')}>
          <Title order={3} size="h6">
            {t('list.followUps')}
          </Title>
          {contact.followUps.map((followUp) => (
            <Group key={followUp.id} justify="space-between" wrap="nowrap">
              <Checkbox
                label={t('list.followUp', {
                  text: followUp.text,
                  owner: staffName(followUp.ownerStaffId),
                  due: followUp.dueOn ? formatDate(followUp.dueOn, i18n.language) : t('list.noDue'),
                })}
                checked={followUp.done}
                onChange={(event) =>
                  void setFollowUpDone(contact, followUp.id, event.currentTarget.checked, today)
                }
              />
              {!followUp.done && followUp.dueOn && followUp.dueOn < today ? (
                <StatusBadge tone="overdue" label={t('followUps.overdue')} />
              ) : null}
            </Group>
          ))}
        </Stack>
      ) : null}
      <Button
        variant="default"
        w="fit-content"
        leftSection={<IconPencil size={16} aria-hidden />}
        onClick={onEdit}
      >
        {t('common:edit')}
      </Button>
    </Stack>
  );
}
