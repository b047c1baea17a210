// Choosing a new password: the password and its repetition, checked the same way everywhere.
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../../data/homes';
import { TextField } from '../../ui/components/Field';

export interface NewPasswordErrors {
  password?: string;
  repeat?: string;
}

export function newPasswordErrors(password: string, repeat: string): NewPasswordErrors {
  return {
    password: passwordProblem(password) ? 'passwordTooShort' : undefined,
    repeat: repeat !== password ? 'passwordsDiffer' : undefined,
  };
}

interface NewPasswordFieldsProps {
  labels: { password: string; repeat: string };
  password: string;
  repeat: string;
  onPassword: (value: string) => void;
  onRepeat: (value: string) => void;
  errors: NewPasswordErrors;
  autoFocus?: boolean;
}

export function NewPasswordFields(props: NewPasswordFieldsProps) {
  const { t } = useTranslation('common');
  return (
    <>
      <TextField
        label={props.labels.password}
        type="password"
        value={props.password}
        onChange={props.onPassword}
        error={props.errors.password}
        hint={t('validation.passwordTooShort', { min: MIN_PASSWORD_LENGTH })}
        autoComplete="new-password"
        autoFocus={props.autoFocus}
        required
      />
      <TextField
        label={props.labels.repeat}
        type="password"
        value={props.repeat}
        onChange={props.onRepeat}
        error={props.errors.repeat}
        autoComplete="new-password"
        required
      />
    </>
  );
}
