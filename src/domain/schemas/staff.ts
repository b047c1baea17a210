// What a valid staff member is, for the staff form and the repository's check alike: each issue's
// message is one of our validation codes (`common:validation.<code>` on screen).
import { z } from './zod';
import { isIsoDate } from '../dates';
import { STAFF_ROLES } from '../types';

export const MAX_STAFF_NAME_LENGTH = 120;

const blank = (value: unknown) => value === undefined || value === null || String(value).trim() === '';

export const staffSchema = z
  .object({
    name: z
      .string({ error: 'required' })
      .refine((value) => value.trim() !== '', 'required')
      .refine((value) => value.length <= MAX_STAFF_NAME_LENGTH, 'tooLong'),
    role: z.enum(STAFF_ROLES, { error: 'required' }),
    activeFrom: z
      .string({ error: 'required' })
      .refine((value) => !blank(value), 'required')
      .refine((value) => blank(value) || isIsoDate(value), 'invalidDate'),
    activeTo: z
      .string()
      .nullish()
      .refine((value) => blank(value) || isIsoDate(value), 'invalidDate'),
  })
  .refine(
    ({ activeFrom, activeTo }) =>
      blank(activeTo) || !isIsoDate(activeFrom) || !isIsoDate(activeTo) || activeTo! >= activeFrom,
    { path: ['activeTo'], message: 'endBeforeStart', when: () => true },
  );

export type StaffValues = z.input<typeof staffSchema>;
