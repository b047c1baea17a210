// Form fields with a visible label and the validation message at the field (Dutch first).
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface BaseProps {
  label: string;
  /** A validation code (`required`, `endBeforeStart`, …) or an already translated message. */
  error?: string;
  hint?: string;
  required?: boolean;
}

function useFieldIds(error?: string, hint?: string) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return { id, describedBy: describedBy || undefined };
}

function FieldFrame({
  id,
  label,
  error,
  hint,
  required,
  children,
}: BaseProps & { id: string; children: ReactNode }) {
  const { t } = useTranslation('common');
  const message = error ? t(`validation.${error}`, { defaultValue: error }) : undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <span className="field__label">
        <label htmlFor={id}>{label}</label>
        {required ? (
          <span aria-hidden="true" className="field__required">
            {' *'}
          </span>
        ) : null}
      </span>
      {children}
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {message ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
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
  ...base
}: TextFieldProps) {
  const { id, describedBy } = useFieldIds(base.error, base.hint);
  return (
    <FieldFrame id={id} {...base}>
      <input
        id={id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={base.error ? true : undefined}
        aria-describedby={describedBy}
        aria-required={base.required || undefined}
        autoFocus={autoFocus}
        autoComplete={autoComplete ?? 'off'}
        min={min}
        max={max}
      />
    </FieldFrame>
  );
}

interface TextAreaProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}

export function TextArea({ value, onChange, rows = 3, ...base }: TextAreaProps) {
  const { id, describedBy } = useFieldIds(base.error, base.hint);
  return (
    <FieldFrame id={id} {...base}>
      <textarea
        id={id}
        value={value}
        rows={rows}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={base.error ? true : undefined}
        aria-describedby={describedBy}
        aria-required={base.required || undefined}
      />
    </FieldFrame>
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

export function SelectField({ value, onChange, options, placeholder, ...base }: SelectFieldProps) {
  const { id, describedBy } = useFieldIds(base.error, base.hint);
  return (
    <FieldFrame id={id} {...base}>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={base.error ? true : undefined}
        aria-describedby={describedBy}
        aria-required={base.required || undefined}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckboxField({ label, checked, onChange }: CheckboxFieldProps) {
  const id = useId();
  // Shown at once, even when the new value reaches the parent only after a database write.
  const [shown, setShown] = useState(checked);
  useEffect(() => setShown(checked), [checked]);
  return (
    <div className="field field--checkbox">
      <input
        id={id}
        type="checkbox"
        checked={shown}
        onChange={(event) => {
          setShown(event.target.checked);
          onChange(event.target.checked);
        }}
      />
      <label htmlFor={id}>{label}</label>
    </div>
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
  const { t } = useTranslation('common');
  const errorId = useId();
  return (
    <fieldset
      className={`field checkbox-group${error ? ' field--invalid' : ''}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {options.map((option) => (
        <CheckboxField
          key={option.value}
          label={option.label}
          checked={selected.includes(option.value)}
          onChange={(checked) =>
            onChange(
              checked ? [...selected, option.value] : selected.filter((value) => value !== option.value),
            )
          }
        />
      ))}
      {error ? (
        <p className="field__error" id={errorId} role="alert">
          {t(`validation.${error}`, { defaultValue: error })}
        </p>
      ) : null}
    </fieldset>
  );
}
