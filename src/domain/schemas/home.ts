// Creating a home: its name and kind, and the first coordinator with a new password.
import { z } from './zod';
import type { HomeKind } from '../types';
import { MIN_PASSWORD_LENGTH } from './password';

export const HOME_KINDS = ['smallScale', 'familyHome', 'other'] as const satisfies readonly HomeKind[];

export const createHomeSchema = z
  .object({
    name: z.string().refine((value) => value.trim() !== '', 'required'),
    kind: z.enum(HOME_KINDS, { error: 'required' }),
    coordinatorName: z.string().refine((value) => value.trim() !== '', 'required'),
    password: z.string().min(MIN_PASSWORD_LENGTH, 'passwordTooShort'),
    repeat: z.string(),
  })
  .refine(({ password, repeat }) => password === repeat, {
    path: ['repeat'],
    message: 'passwordsDiffer',
    when: () => true,
  });

export type CreateHomeValues = z.infer<typeof createHomeSchema>;
