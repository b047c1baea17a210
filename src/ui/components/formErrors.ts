// Forms on @mantine/form + zod: the schemas put one of our validation codes at a field; these show it
// in the app's language (with the numbers a message needs, e.g. the minimum password length).
import type { GetInputPropsReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../../domain/password';

interface FormLike {
  // `any`: every form's own path type is accepted; the path is passed on to that form unchanged.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  getInputProps: (path: any, options?: { type?: 'input' | 'checkbox' }) => GetInputPropsReturnType;
}

/** The message of a validation code (or an already translated message, shown as it is). */
export function useValidationText(): (error: ReactNode) => ReactNode {
  const { t } = useTranslation('common');
  return (error) =>
    typeof error === 'string' && error
      ? t(`validation.${error}` as 'validation.required', { defaultValue: error, min: MIN_PASSWORD_LENGTH })
      : error || undefined;
}

/** `form.getInputProps(path)` with its error translated. */
export function useFieldProps(form: FormLike) {
  const text = useValidationText();
  return (path: string, options?: { type?: 'input' | 'checkbox' }): GetInputPropsReturnType => {
    const props = form.getInputProps(path, options);
    return { ...props, error: text(props.error) };
  };
}
