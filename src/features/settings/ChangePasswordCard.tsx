// Changing your own password: the current one first, then the new one twice.
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from '../../domain/schemas/zod';
import { newPasswordSchema } from '../../domain/schemas/password';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { useFieldProps } from '../../ui/components/formErrors';
import { NewPasswordFields } from '../signin/NewPasswordFields';
import { SavedNote } from './SavedNote';
import { SettingsCard } from './SettingsCard';
import { useChangePassword } from './useChangePassword';

const changePasswordSchema = z.intersection(
  z.object({ current: z.string().min(1, 'required') }),
  newPasswordSchema,
);

export function ChangePasswordCard() {
  const { t } = useTranslation(['settings', 'common']);
  const changePassword = useChangePassword();
  const form = useForm({
    initialValues: { current: '', password: '', repeat: '' },
    validate: schemaResolver(changePasswordSchema, { sync: true }),
  });
  const field = useFieldProps(form);
  const [state, setState] = useState<'idle' | 'busy' | 'saved' | 'failed'>('idle');

  const submit = form.onSubmit(async ({ current, password }) => {
    setState('busy');
    try {
      if (!(await changePassword(current, password))) {
        form.setFieldError('current', t('password.wrongCurrent'));
        setState('idle');
        return;
      }
      form.reset();
      setState('saved');
    } catch {
      setState('failed');
    }
  });

  return (
    <SettingsCard id="password-heading" title={t('password.title')}>
      <form onSubmit={submit} noValidate aria-labelledby="password-heading">
        <Stack gap="sm" maw={420}>
          <PasswordInput
            {...field('current')}
            label={t('password.current')}
            autoComplete="current-password"
            withAsterisk
            visibilityToggleButtonProps={{ 'aria-label': t('common:showPassword') }}
          />
          <NewPasswordFields
            labels={{ password: t('password.new'), repeat: t('password.repeat') }}
            field={field}
          />
          <ErrorMessage message={state === 'failed' ? t('common:saveFailed') : null} />
          <Group gap="sm">
            <Button type="submit" variant="light" loading={state === 'busy'}>
              {t('password.save')}
            </Button>
            {state === 'saved' ? <SavedNote text={t('password.saved')} /> : null}
          </Group>
        </Stack>
      </form>
    </SettingsCard>
  );
}
