// Form fields with a visible label and the validation message at the field (Dutch first), on Mantine.
// Screens move to Mantine inputs with @mantine/form directly; this keeps the older forms consistent
// until they do.
import { Checkbox, NativeSelect, PasswordInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from './DateField';

interface BaseProps {
  label: string;
  /** A validation code (`required`, `endBeforeStart`, …) or an already translated message. */
  error?: string;
  hint?: string;
  required?: boolean;
}

function useErrorText(error?: string): string | undefined {
  const { t } = useTranslation('common');
  return error ? t(`validation.${error}`, { defaultValue: error }) : undefined;
}

interface TextFieldProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password' | 'email' | 'tel' | 'date' | 'datetime-local' | 'number' | 'search';
  autoFocus?: boolean;
  autoComplete?: string;
  min?: string | number;
  max?: string | number;
}

export function TextField({
  value,
  onChange,
  type = 'text',
  autoFocus,
  autoComplete,
  min,
  max,
  label,
  error,
  hint,
  required,
}: TextFieldProps) {
  const { t } = useTranslation('common');
  const message = useErrorText(error);
  // `withAsterisk`, not `required`: the app checks and explains empty fields itself, in Dutch.
  const common = {
    label,
    description: hint,
    error: message,
    withAsterisk: required,
    'aria-required': required || undefined,
    autoFocus,
  };
  if (type === 'date') {
    return (
      <DateField
        {...common}
        value={value}
        onChange={onChange}
        minDate={typeof min === 'string' ? min : undefined}
        maxDate={typeof max === 'string' ? max : undefined}
      />
    );
  }
  if (type === 'password') {
    return (
      <PasswordInput
        {...common}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        autoComplete={autoComplete ?? 'off'}
        visibilityToggleButtonProps={{ 'aria-label': t('showPassword') }}
      />
    );
  }
  return (
    <TextInput
      {...common}
      type={type}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      autoComplete={autoComplete ?? 'off'}
      min={min}
      max={max}
    />
  );
}

interface TextAreaProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}

export function TextArea({ value, onChange, rows = 3, label, error, hint, required }: TextAreaProps) {
  const message = useErrorText(error);
  return (
    <Textarea
      label={label}
      description={hint}
      error={message}
      withAsterisk={required}
      aria-required={required || undefined}
      value={value}
      rows={rows}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  /** Shown as the empty first choice; omit when a choice is always required. */
  placeholder?: string;
}

export function SelectField({
  value,
  onChange,
  options,
  placeholder,
  label,
  error,
  hint,
  required,
}: SelectFieldProps) {
  const message = useErrorText(error);
  const data = placeholder !== undefined ? [{ value: '', label: placeholder }, ...options] : options;
  return (
    <NativeSelect
      label={label}
      description={hint}
      error={message}
      withAsterisk={required}
      aria-required={required || undefined}
      value={value}
      data={data}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckboxField({ label, checked, onChange }: CheckboxFieldProps) {
  // Shown at once, even when the new value reaches the parent only after a database write.
  const [shown, setShown] = useState(checked);
  useEffect(() => setShown(checked), [checked]);
  return (
    <Checkbox
      label={label}
      checked={shown}
      onChange={(event) => {
        setShown(event.currentTarget.checked);
        onChange(event.currentTarget.checked);
      }}
    />
  );
}

/** A group of checkboxes for picking several items (family members, responsible parties). */
export function CheckboxGroup({
  legend,
  options,
  selected,
  onChange,
  error,
}: {
  legend: string;
  options: Option[];
  selected: string[];
  onChange: (selected: string[]) => void;
  error?: string;
}) {
  const message = useErrorText(error);
  return (
    <Checkbox.Group label={legend} value={selected} onChange={onChange} error={message}>
      <Stack gap={6} mt={6}>
        {options.map((option) => (
          <Checkbox key={option.value} value={option.value} label={option.label} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
