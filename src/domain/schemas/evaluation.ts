// What a valid collaboration evaluation is: one definition for the evaluation form and the repository.
import { z } from './zod';
import { GOAL_STATUSES, type IsoDate } from '../types';
import { always, isBlank, oneOf, optionalText, requiredDate } from './fields';

export const EXPERIENCE_FIELDS = ['parentsExperience', 'childExperience', 'staffExperience'] as const;

export const goalReviewSchema = z.object({
  goalId: z.string(),
  status: oneOf(GOAL_STATUSES),
  progress: optionalText(),
});

/** `today`: an evaluation is recorded once it was held. */
export function evaluationSchema(today: IsoDate) {
  return z
    .object({
      heldOn: requiredDate(today),
      parentsExperience: optionalText(),
      childExperience: optionalText(),
      staffExperience: optionalText(),
      goesWell: optionalText(),
      shouldChange: optionalText(),
      revisedAgreementIds: z.array(z.string()).nullish(),
      attendeeIds: z.array(z.string()).nullish(),
      staffAttendeeIds: z.array(z.string()).nullish(),
      goalReviews: z.array(goalReviewSchema).nullish(),
      parentsViewNotGiven: z.boolean().nullish(),
    })
    .refine((value) => EXPERIENCE_FIELDS.some((field) => !isBlank(value[field])), {
      message: 'required',
      path: ['experience'],
      ...always,
    })
    .refine((value) => !isBlank(value.parentsExperience) || value.parentsViewNotGiven === true, {
      // The parents' view is asked every time: empty only when they would not or could not react.
      message: 'parentsViewMissing',
      path: ['parentsExperience'],
      ...always,
    });
}
