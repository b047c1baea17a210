// The child's contact norm (at least one contact with a parent or carer every N days) and its status.
import { Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contactNormMemberIds, contactStatus, isNormContact } from '../../domain/contacts';
import type { Child, Contact, FamilyMember } from '../../domain/types';
import { CONTACT_NORM_DAYS_RANGE } from '../../domain/validation';
import { formatDate } from '../../i18n/format';
import { fieldError } from '../../ui/components/FieldError';
import { notifySaved } from '../../ui/components/notify';
import { useToday } from '../../ui/useToday';
import { ContactStatusBadge } from './ContactStatusBadge';
import { useContactCommands } from './useContacts';

export function ContactNormCard({
  child,
  contacts,
  family,
}: {
  child: Child;
  contacts: Contact[];
  family: FamilyMember[];
}) {
  const { t, i18n } = useTranslation(['contacts', 'common']);
  const today = useToday();
  const { setNorm } = useContactCommands();
  const [days, setDays] = useState<number | string>(child.contactNormDays);
  const [error, setError] = useState<string | undefined>();
  const counting = contactNormMemberIds(family, child);
  const status = contactStatus(
    contacts.filter((contact) => isNormContact(contact, counting)),
    child,
    today,
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(days);
    if (
      !Number.isInteger(value) ||
      value < CONTACT_NORM_DAYS_RANGE.min ||
      value > CONTACT_NORM_DAYS_RANGE.max
    ) {
      setError('outOfRange');
      return;
    }
    setError(undefined);
    await setNorm(child.id, value);
    notifySaved();
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="norm-heading">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
        <Stack gap={6}>
          <Title order={3} size="h5" id="norm-heading">
            {t('norm.title')}
          </Title>
          <Group gap="sm" role="status">
            <ContactStatusBadge status={status} />
            <Text size="sm">
              {status.lastContactOn && status.daysSinceLast === 0
                ? t('norm.lastContactToday')
                : status.lastContactOn
                  ? t('norm.lastContact', {
                      date: formatDate(status.lastContactOn, i18n.language),
                      count: status.daysSinceLast,
                    })
                  : t('norm.noContactYet')}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {t('norm.whoCounts')}
          </Text>
        </Stack>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Group gap="xs" align="flex-start">
            <NumberInput
              label={t('norm.days')}
              min={CONTACT_NORM_DAYS_RANGE.min}
              max={CONTACT_NORM_DAYS_RANGE.max}
              value={days}
              onChange={setDays}
              error={fieldError(error)}
              w={200}
              allowDecimal={false}
            />
            <Button type="submit" variant="default" mt={25}>
              {t('norm.save')}
            </Button>
          </Group>
        </form>
      </Group>
    </Paper>
  );
}
