// Building blocks of the record schemas: each failure carries one of our validation codes as its
// message, so forms show `common:validation.<code>` and repositories report the same code.
import { z } from 'zod';
import { isIsoDate } from '../dates';
import type { IsoDate } from '../types';
import type { ValidationCode, ValidationErrors } from '../validation';

export const MAX_NAME_LENGTH = 120;
export const MAX_TEXT_LENGTH = 5000;

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Text that must be filled in, at most `max` characters. */
export const requiredText = (max = MAX_TEXT_LENGTH) =>
  z
    .string({ error: 'required' })
    .refine((value) => value.trim() !== '', 'required')
    .refine((value) => value.length <= max, 'tooLong');

/** Text that may be left empty, at most `max` characters. */
export const optionalText = (max = MAX_TEXT_LENGTH) =>
  z
    .string({ error: 'tooLong' })
    .refine((value) => value.length <= max, 'tooLong')
    .nullish();

/** A calendar date `YYYY-MM-DD`, not after `notAfter` when given. */
export const requiredDate = (notAfter?: IsoDate) =>
  z
    .string({ error: 'required' })
    .refine((value) => value.trim() !== '', 'required')
    .refine((value) => value.trim() === '' || isIsoDate(value), 'invalidDate')
    .refine((value) => notAfter === undefined || !isIsoDate(value) || value <= notAfter, 'inFuture');

export const optionalDate = (notAfter?: IsoDate) =>
  z.preprocess(
    (value) => (isBlank(value) ? undefined : value),
    z
      .string({ error: 'invalidDate' })
      .refine(isIsoDate, 'invalidDate')
      .refine((value) => notAfter === undefined || value <= notAfter, 'inFuture')
      .optional(),
  );

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

/** One of a fixed list; anything else (or nothing) is `required`. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: 'required' });

/** The codes of a failed parse, per field (the first path element); the first problem per field wins. */
export function validationErrors<Field extends string>(
  schema: z.ZodType,
  value: unknown,
  fieldOf: (path: PropertyKey[]) => string = (path) => String(path[0] ?? ''),
): ValidationErrors<Field> {
  const result = schema.safeParse(value);
  const found: Record<string, ValidationCode> = {};
  if (result.success) return found as ValidationErrors<Field>;
  for (const issue of result.error.issues) {
    const field = fieldOf(issue.path);
    found[field] ??= issue.message as ValidationCode;
  }
  return found as ValidationErrors<Field>;
}

/** Adds a cross-field problem at `field` (used inside `superRefine`). */
export function flag(ctx: z.RefinementCtx, field: string, code: ValidationCode): void {
  ctx.addIssue({ code: 'custom', path: [field], message: code });
}
