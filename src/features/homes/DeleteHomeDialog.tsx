// Deleting a home removes all of its data: a coordinator of that home signs in with their password and
// types the home's name; a verified safety backup is made first.
import { Button, Group, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import '../../ui/design/allStyles';
import { useTranslation } from 'react-i18next';
import type { DeletionAuthorization } from '../../data/homes';
import type { HomeEntry } from '../../domain/types';
import { Dialog } from '../../ui/components/ConfirmDialog';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { useFieldProps } from '../../ui/components/formErrors';
import { useSignInNamesOf } from './useHomes';

type Refusal = Exclude<DeletionAuthorization, { ok: true }>['reason'];

export function DeleteHomeDialog({
  home,
  onCancel,
  onConfirm,
}: {
  home: HomeEntry | null;
  onCancel: () => void;
  onConfirm: (home: HomeEntry, staffId: string, password: string) => Promise<DeletionAuthorization>;
}) {
  const { t } = useTranslation(['homes', 'common']);
  const names = useSignInNamesOf(home);
  const form = useForm({
    initialValues: { staffId: '', password: '', typed: '' },
    validate: {
      staffId: (value) => (value ? null : 'chooseName'),
      password: (value) => (value ? null : 'required'),
      typed: (value) => (home && value.trim() === home.name ? null : t('delete.nameMismatch')),
    },
  });
  const field = useFieldProps(form);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    form.reset();
    setMessage(null);
    onCancel();
  };
  const submit = form.onSubmit(async ({ staffId, password }) => {
    if (!home) return;
    setMessage(null);
    setBusy(true);
    try {
      const result = await onConfirm(home, staffId, password);
      if (!result.ok) {
        form.setFieldValue('password', '');
        setMessage(t(`delete.refused.${result.reason satisfies Refusal}`));
        return;
      }
      close();
    } catch {
      setMessage(t('delete.failed'));
    } finally {
      setBusy(false);
    }
  });
  return (
    <Dialog title={t('delete.title')} open={home !== null} onClose={close}>
      {home ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text>{t('delete.warning', { name: home.name })}</Text>
            <Text c="dimmed" size="sm">
              {t('delete.coordinatorOnly')}
            </Text>
            <Select
              {...field('staffId')}
              label={t('delete.coordinator')}
              placeholder={t('delete.chooseName')}
              data={(names ?? []).map((name) => ({ value: name.staffId, label: name.label }))}
              searchable
              comboboxProps={{ withinPortal: false }}
            />
            <PasswordInput
              {...field('password')}
              label={t('delete.password')}
              autoComplete="current-password"
              visibilityToggleButtonProps={{ 'aria-label': t('common:showPassword') }}
            />
            <TextInput {...field('typed')} label={t('delete.typeName')} autoComplete="off" />
            <ErrorMessage message={message} />
            {busy ? (
              <Text role="status" c="dimmed">
                {t('delete.busy')}
              </Text>
            ) : null}
            <Group gap="sm">
              <Button type="submit" color="red" loading={busy}>
                {t('delete.confirm')}
              </Button>
              <Button variant="default" onClick={close} disabled={busy}>
                {t('common:cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Dialog>
  );
}
