// Building blocks of the record schemas: every issue's message is one of our validation codes, which
// forms show as `t('common:validation.<code>')` and the domain's validate functions return as they are.
import { z } from 'zod';
import { isIsoDate } from '../dates';
import type { IsoDate } from '../types';

export type ValidationCode =
  | 'required'
  | 'invalidDate'
  | 'endBeforeStart'
  | 'inFuture'
  | 'reviewBeforeAgreed'
  | 'invalidEmail'
  | 'tooLong'
  | 'outOfRange'
  | 'needsLegalGround'
  | 'birthAfterPlacement'
  | 'parentsViewMissing'
  | 'reviewNotAhead';

/** Field name → what is wrong with it; absent fields are fine. */
export type ValidationErrors<Field extends string> = Partial<Record<Field, ValidationCode>>;

export const MAX_NAME_LENGTH = 120;
export const MAX_TEXT_LENGTH = 5000;

export const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Cross-field rules run even when another field is wrong, so a form shows every problem at once. */
export const always = { when: () => true } as const;

/** Text that must be filled in (spaces alone do not count). */
export const requiredText = (max = MAX_TEXT_LENGTH) =>
  z
    .string({ error: 'required' })
    .refine((value) => value.trim() !== '', 'required')
    .refine((value) => value.length <= max, 'tooLong');

/** Text that may be left empty. */
export const optionalText = (max = MAX_TEXT_LENGTH) =>
  z
    .string()
    .nullish()
    .refine((value) => isBlank(value) || (value ?? '').length <= max, 'tooLong');

/** An ISO date that may be empty; `notAfter` refuses a date later than that day. */
export const optionalDate = (notAfter?: IsoDate) =>
  z
    .string()
    .nullish()
    .refine((value) => isBlank(value) || isIsoDate(value), 'invalidDate')
    .refine((value) => notAfter === undefined || isBlank(value) || String(value) <= notAfter, 'inFuture');

export const requiredDate = (notAfter?: IsoDate) =>
  z
    .string({ error: 'required' })
    .refine((value) => !isBlank(value), 'required')
    .refine((value) => isBlank(value) || isIsoDate(value), 'invalidDate')
    .refine((value) => notAfter === undefined || isBlank(value) || value <= notAfter, 'inFuture');

/** One of a fixed list; anything else (or nothing) reads as "fill this in". */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: 'required' });

/** The first problem per field, its path joined with dots (`followUps.0.text`). */
export function errorsOf<Field extends string>(schema: z.ZodType, value: unknown): ValidationErrors<Field> {
  const result = schema.safeParse(value);
  if (result.success) return {};
  const found: Record<string, ValidationCode> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.');
    found[key] ??= issue.message as ValidationCode;
  }
  return found as ValidationErrors<Field>;
}
