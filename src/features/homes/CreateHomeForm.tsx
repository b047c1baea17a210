// Create a home: its name and kind, and the first coordinator with their password.
import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import '../../ui/design/allStyles';
import { useTranslation } from 'react-i18next';
import { createHomeSchema, HOME_KINDS, type CreateHomeValues } from '../../domain/schemas/home';
import type { HomeKind } from '../../domain/types';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { useFieldProps } from '../../ui/components/formErrors';
import { NewPasswordFields } from '../signin/NewPasswordFields';

export interface CreateHomeInput {
  name: string;
  kind: HomeKind;
  coordinatorName: string;
  password: string;
}

export function CreateHomeForm({
  onSubmit,
  onCancel,
}: {
  onSubmit: (values: CreateHomeInput) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['homes', 'common']);
  const form = useForm<CreateHomeValues>({
    initialValues: { name: '', kind: 'smallScale', coordinatorName: '', password: '', repeat: '' },
    validate: schemaResolver(createHomeSchema, { sync: true }),
  });
  const field = useFieldProps(form);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const submit = form.onSubmit(async ({ name, kind, coordinatorName, password }) => {
    setBusy(true);
    setFailed(false);
    try {
      await onSubmit({ name: name.trim(), kind, coordinatorName: coordinatorName.trim(), password });
    } catch {
      setFailed(true);
      setBusy(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="create-home-heading">
      <Stack gap="md">
        <Title order={2} id="create-home-heading">
          {t('create.title')}
        </Title>
        <TextInput {...field('name')} label={t('create.name')} withAsterisk autoFocus />
        <Select
          {...field('kind')}
          label={t('create.kind')}
          data={HOME_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          allowDeselect={false}
          withAsterisk
        />
        <div>
          <Title order={3}>{t('create.coordinatorHeading')}</Title>
          <Text c="dimmed" size="sm">
            {t('create.coordinatorHint')}
          </Text>
        </div>
        <TextInput {...field('coordinatorName')} label={t('create.coordinatorName')} withAsterisk />
        <NewPasswordFields
          labels={{ password: t('create.password'), repeat: t('create.repeatPassword') }}
          field={field}
        />
        <ErrorMessage message={failed ? t('create.failed') : null} />
        {busy ? (
          <Text role="status" c="dimmed">
            {t('create.busy')}
          </Text>
        ) : null}
        <Group gap="sm">
          <Button type="submit" loading={busy}>
            {t('create.submit')}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t('common:cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
