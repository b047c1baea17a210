// After a one-time code or the recovery key: the staff member chooses their own password.
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../data/homes';
import { newPasswordSchema } from '../../domain/schemas/password';
import { EntryFrame } from '../../ui/components/EntryFrame';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { useFieldProps } from '../../ui/components/formErrors';
import { NewPasswordFields } from './NewPasswordFields';

export function SetPasswordPage({
  session,
  onDone,
  onCancel,
}: {
  session: Session;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['signin', 'common']);
  const form = useForm({
    initialValues: { password: '', repeat: '' },
    validate: schemaResolver(newPasswordSchema, { sync: true }),
  });
  const field = useFieldProps(form);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = form.onSubmit(async ({ password }) => {
    setBusy(true);
    try {
      await session.setPassword(password);
      onDone();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  });

  return (
    <EntryFrame width={520}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={1}>{t('setPassword.title')}</Title>
          <Text>{t('setPassword.intro', { name: session.staff.name })}</Text>
          <NewPasswordFields
            labels={{ password: t('setPassword.password'), repeat: t('setPassword.repeat') }}
            field={field}
            autoFocus
          />
          <ErrorMessage message={failed ? t('setPassword.failed') : null} />
          <Group gap="sm">
            <Button type="submit" loading={busy}>
              {t('setPassword.submit')}
            </Button>
            <Button variant="default" onClick={onCancel} disabled={busy}>
              {t('common:cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </EntryFrame>
  );
}
