// What a valid handover is: one definition for the handover form and the repository.
import { z } from './zod';
import { HANDOVER_SECTIONS } from '../types';
import { always, isBlank, optionalDate } from './fields';

const sectionConsentSchema = z.object({
  parentsConsent: z.boolean(),
  legalGround: z.string().nullish(),
});

/** A section shared without the parents' consent needs a legal ground; the first evaluation follows the move. */
export const handoverSchema = z
  .object({
    moveDate: optionalDate(),
    firstEvaluationAfterMove: optionalDate(),
    handoverMeetingOn: optionalDate(),
    consent: z
      .partialRecord(z.enum(HANDOVER_SECTIONS), sectionConsentSchema.optional())
      .nullish()
      .superRefine((consents, context) => {
        for (const [section, consent] of Object.entries(consents ?? {})) {
          if (consent && !consent.parentsConsent && isBlank(consent.legalGround))
            context.addIssue({ code: 'custom', message: 'needsLegalGround', path: [section] });
        }
      }),
  })
  .refine(
    (value) =>
      isBlank(value.moveDate) ||
      isBlank(value.firstEvaluationAfterMove) ||
      String(value.firstEvaluationAfterMove) >= String(value.moveDate),
    { message: 'endBeforeStart', path: ['firstEvaluationAfterMove'], ...always },
  );
