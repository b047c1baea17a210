// Building blocks of the record schemas: every issue's message is one of our validation codes, which
// forms show as `t('common:validation.<code>')` and the domain's validate functions return as they are.
import { z } from './zod';
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

/** Text that must be filled in (spaces alone do not count), at most `max` characters. */
export const requiredText = (max = MAX_TEXT_LENGTH) =>
  z
    .string({ error: 'required' })
    .refine((value) => value.trim() !== '', 'required')
    .refine((value) => value.length <= max, 'tooLong');

/** Text that may be left empty, at most `max` characters. */
export const optionalText = (max = MAX_TEXT_LENGTH) =>
  z
    .string({ error: 'tooLong' })
    .nullish()
    .refine((value) => isBlank(value) || (value ?? '').length <= max, 'tooLong');

/** An ISO date that may be empty; `notAfter` refuses a date later than that day. */
export const optionalDate = (notAfter?: IsoDate) =>
  z
    .string({ error: 'invalidDate' })
    .nullish()
    .refine((value) => isBlank(value) || isIsoDate(value), 'invalidDate')
    .refine((value) => notAfter === undefined || isBlank(value) || String(value) <= notAfter, 'inFuture');

/** A calendar date `YYYY-MM-DD`, not after `notAfter` when given. */
export const requiredDate = (notAfter?: IsoDate) =>
  z
    .string({ error: 'required' })
    .refine((value) => !isBlank(value), 'required')
    .refine((value) => isBlank(value) || isIsoDate(value), 'invalidDate')
    .refine((value) => notAfter === undefined || !isIsoDate(value) || value <= notAfter, 'inFuture');

/** A whole number within a range; empty or not a number is `required`. */
export const integerInRange = (range: { min: number; max: number }) =>
  z
    .number({
      error: (issue) =>
        isBlank(issue.input) || (typeof issue.input === 'number' && Number.isNaN(issue.input))
          ? 'required'
          : 'outOfRange',
    })
    .int('outOfRange')
    .min(range.min, 'outOfRange')
    .max(range.max, 'outOfRange');

/** One of a fixed list; anything else (or nothing) reads as "fill this in". */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: 'required' });

/** The first problem per field, its path joined with dots (`followUps.0.text`). */
export function errorsOf<Field extends string>(schema: z.ZodType, value: unknown): ValidationErrors<Field> {
  return validationErrors<Field>(schema, value, (path) => path.map(String).join('.'));
}

/** The codes of a failed parse, per field (by default the first path element); the first problem per field wins. */
export function validationErrors<Field extends string>(
  schema: z.ZodType,
  value: unknown,
  fieldOf: (path: PropertyKey[]) => string = (path) => String(path[0] ?? ''),
): ValidationErrors<Field> {
  const result = schema.safeParse(value);
  const found: Record<string, ValidationCode> = {};
  if (result.success) return found as ValidationErrors<Field>;
  for (const issue of result.error.issues) {
    found[fieldOf(issue.path)] ??= issue.message as ValidationCode;
  }
  return found as ValidationErrors<Field>;
}

/** Adds a cross-field problem at `field` (used inside `superRefine`). */
export function flag(ctx: z.RefinementCtx, field: string, code: ValidationCode): void {
  ctx.addIssue({ code: 'custom', path: [field], message: code });
}
