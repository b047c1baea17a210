// Validation codes from the domain (`required`, `endBeforeStart`, …) as messages at the form's fields.
import i18next from 'i18next';

/** `{ field: code }` → `{ field: message }` for `@mantine/form`; `rename` maps a record field to a form field. */
export function validationMessages(
  found: Record<string, string | undefined>,
  rename: Record<string, string> = {},
): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [field, code] of Object.entries(found)) {
    if (!code) continue;
    messages[rename[field] ?? field] ??= i18next.t(`common:validation.${code}`, { defaultValue: code });
  }
  return messages;
}
