// What a valid child record is: one definition for the child form and `validateChild`.
import { z } from './zod';
import { isIsoDate } from '../dates';
import { LEGAL_FRAMEWORKS, type IsoDate } from '../types';
import {
  flag,
  integerInRange,
  MAX_NAME_LENGTH,
  oneOf,
  optionalDate,
  optionalText,
  requiredDate,
  requiredText,
} from './fields';

export const CONTACT_NORM_DAYS_RANGE = { min: 1, max: 60 } as const;
export const EVALUATION_INTERVAL_MONTHS_RANGE = { min: 1, max: 12 } as const;

const mentorAssignment = z
  .object({
    staffId: requiredText(MAX_NAME_LENGTH),
    from: requiredDate(),
    to: optionalDate(),
  })
  .refine((a) => !a.to || a.from <= a.to, { message: 'endBeforeStart', path: ['to'] });

const dateOrUndefined = (value: unknown): IsoDate | undefined =>
  typeof value === 'string' && isIsoDate(value) ? value : undefined;

/** A child as stored (without its meta fields); `today` bounds the birth date and the actual end. */
export const childSchema = (today: IsoDate) =>
  z
    .object({
      name: requiredText(MAX_NAME_LENGTH),
      birthDate: requiredDate(today),
      placementStart: requiredDate(),
      placementEnd: optionalDate(),
      // The actual end is a fact, so it cannot lie ahead; the expected end above may.
      placementEndedOn: optionalDate(today),
      legalFramework: oneOf(LEGAL_FRAMEWORKS),
      languages: z.array(z.string()).optional(),
      cultureNotes: optionalText(),
      contactNormDays: integerInRange(CONTACT_NORM_DAYS_RANGE),
      evaluationIntervalMonths: integerInRange(EVALUATION_INTERVAL_MONTHS_RANGE),
      mentorAssignments: z.array(mentorAssignment).optional(),
      contactNormMembers: z.record(z.string(), z.boolean()).optional(),
    })
    .superRefine(
      (child, ctx) => {
        // Runs even when single fields failed, so every problem shows at once.
        const raw = child as Record<string, unknown>;
        const birth = dateOrUndefined(raw.birthDate);
        const start = dateOrUndefined(raw.placementStart);
        const end = dateOrUndefined(raw.placementEnd);
        const endedOn = dateOrUndefined(raw.placementEndedOn);
        if (birth && start && birth > start && birth <= today) flag(ctx, 'birthDate', 'birthAfterPlacement');
        if (start && end && end < start) flag(ctx, 'placementEnd', 'endBeforeStart');
        if (start && endedOn && endedOn < start) flag(ctx, 'placementEndedOn', 'endBeforeStart');
      },
      { when: () => true },
    );
