// What a new password must be, for every form that sets one (create home, first sign-in, change).
import { MIN_PASSWORD_LENGTH } from '../password';
import { z } from './zod';

export { MIN_PASSWORD_LENGTH };

/** A new password and its repetition: long enough, and typed the same twice. */
export const newPasswordSchema = z
  .object({
    password: z.string().min(MIN_PASSWORD_LENGTH, 'passwordTooShort'),
    repeat: z.string(),
  })
  .refine(({ password, repeat }) => password === repeat, {
    path: ['repeat'],
    message: 'passwordsDiffer',
    when: () => true,
  });
