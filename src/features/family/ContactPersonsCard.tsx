// The child's fixed contact person for the parents and a backup, chosen from active staff.
import { Button, Card, Group, Select, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Child } from '../../domain/types';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { notifySaved } from '../../ui/components/notify';
import { useToday } from '../../ui/useToday';
import { useStaffList } from '../staff/useStaff';
import { useFamilyCommands } from './useFamily';

export function ContactPersonsCard({ child }: { child: Child }) {
  const { t } = useTranslation(['family', 'common']);
  const today = useToday();
  const staff = useStaffList();
  const { setContactPersons } = useFamilyCommands();
  const [main, setMain] = useState<string | null>(child.contactPersonId ?? null);
  const [backup, setBackup] = useState<string | null>(child.backupContactPersonId ?? null);
  const [error, setError] = useState<string | undefined>();
  const [failed, setFailed] = useState(false);
  const options = (staff ?? [])
    .filter((member) => !member.activeTo || member.activeTo >= today)
    .map((member) => ({ value: member.id, label: member.name }));

  const submit = async () => {
    if (backup && backup === main) {
      setError(t('contactPersons.sameAsMain'));
      return;
    }
    setError(undefined);
    setFailed(false);
    try {
      await setContactPersons(child.id, main ?? undefined, backup ?? undefined);
      notifySaved(t('contactPersons.saved'));
    } catch {
      setFailed(true);
    }
  };

  return (
    <Card
      component="form"
      p="md"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
      aria-labelledby="contact-persons-heading"
    >
      <Title order={3} id="contact-persons-heading">
        {t('contactPersons.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('contactPersons.hint')}
      </Text>
      <Group align="flex-start" gap="md">
        <Select
          label={t('contactPersons.main')}
          placeholder={t('contactPersons.none')}
          clearable
          allowDeselect
          clearButtonProps={{ 'aria-label': t('contactPersons.clearMain') }}
          data={options}
          value={main}
          onChange={setMain}
          w={260}
        />
        <Select
          label={t('contactPersons.backup')}
          placeholder={t('contactPersons.none')}
          clearable
          allowDeselect
          clearButtonProps={{ 'aria-label': t('contactPersons.clearBackup') }}
          data={options}
          value={backup}
          onChange={(value) => {
            setBackup(value);
            setError(undefined);
          }}
          error={error}
          w={260}
        />
        <Button type="submit" mt={25} variant="light">
          {t('contactPersons.save')}
        </Button>
      </Group>
      <ErrorMessage message={failed ? t('common:saveFailed') : null} />
    </Card>
  );
}
