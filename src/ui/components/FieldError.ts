// A validation code from a schema (`required`, `inFuture`, …) as the sentence shown at the field.
import i18next from 'i18next';

export function fieldError(code: unknown): string | undefined {
  if (typeof code !== 'string' || code === '') return undefined;
  return i18next.t(`common:validation.${code}`, { defaultValue: code });
}
