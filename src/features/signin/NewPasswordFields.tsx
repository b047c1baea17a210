// Choosing a new password: the password and its repetition, checked by one schema everywhere
// (`newPasswordSchema`, or a form schema that includes its fields).
import { PasswordInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../../domain/schemas/password';

type FieldProps = (path: string) => GetInputPropsReturnType;

export function NewPasswordFields({
  labels,
  field,
  autoFocus,
}: {
  labels: { password: string; repeat: string };
  /** `useFieldProps(form)` of a form with `password` and `repeat`. */
  field: FieldProps;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation('common');
  const toggle = { 'aria-label': t('showPassword') };
  return (
    <>
      <PasswordInput
        {...field('password')}
        label={labels.password}
        description={t('passwordHint', { min: MIN_PASSWORD_LENGTH })}
        autoComplete="new-password"
        withAsterisk
        autoFocus={autoFocus}
        visibilityToggleButtonProps={toggle}
      />
      <PasswordInput
        {...field('repeat')}
        label={labels.repeat}
        autoComplete="new-password"
        withAsterisk
        visibilityToggleButtonProps={toggle}
      />
    </>
  );
}
