// What a valid contact is: one definition for the contact form and the repository.
import { z } from './zod';
import { CONTACT_CHANNELS, type IsoDateTime } from '../types';
import { isBlank, MAX_NAME_LENGTH, oneOf, optionalDate, requiredText } from './fields';

export const followUpSchema = z.object({
  text: requiredText(MAX_NAME_LENGTH * 4),
  ownerStaffId: z.string({ error: 'required' }).refine((value) => !isBlank(value), 'required'),
  dueOn: optionalDate(),
});

/** `now`: a contact cannot be logged ahead of the current moment. */
export function contactSchema(now: IsoDateTime) {
  return z.object({
    at: z
      .string({ error: 'required' })
      .refine((value) => !isBlank(value), 'required')
      .refine((value) => isBlank(value) || !Number.isNaN(Date.parse(value)), 'invalidDate')
      .refine((value) => Number.isNaN(Date.parse(value)) || Date.parse(value) <= Date.parse(now), 'inFuture'),
    /** With whom: at least one person, so the contact norm can tell a call with a parent from others. */
    familyMemberIds: z.array(z.string(), { error: 'required' }).min(1, 'required'),
    channel: oneOf(CONTACT_CHANNELS),
    staffId: z.string({ error: 'required' }).refine((value) => !isBlank(value), 'required'),
    summary: requiredText(),
    followUps: z.array(followUpSchema).nullish(),
  });
}
