// What a valid agreement is: one definition for the agreement form, its review and the repository.
import { z } from './zod';
import { AGREEMENT_STATUSES, RESPONSIBLE_KINDS, STARTER_TOPICS, type IsoDate } from '../types';
import { always, isBlank, MAX_NAME_LENGTH, oneOf, optionalDate, optionalText, requiredText } from './fields';

const OUTCOMES = ['worked', 'partly', 'didNotWork'] as const;

/** `today`: an agreement cannot have been made on a later day. */
export function agreementSchema(today: IsoDate) {
  return z
    .object({
      topic: oneOf([...STARTER_TOPICS, 'custom']),
      customTopic: optionalText(MAX_NAME_LENGTH),
      text: requiredText(),
      responsible: z.array(
        z.object({ kind: oneOf(RESPONSIBLE_KINDS), familyMemberId: z.string().nullish() }),
      ),
      status: oneOf(AGREEMENT_STATUSES),
      agreedOn: optionalDate(today),
      agreedWith: z.array(z.string()),
      reviewOn: optionalDate(),
      outcome: z.enum(OUTCOMES).nullish().or(z.literal('')),
      parentsView: optionalText(),
    })
    .refine((value) => value.topic !== 'custom' || !isBlank(value.customTopic), {
      message: 'required',
      path: ['customTopic'],
      ...always,
    })
    .refine(
      // "A parent" is not enough when the kind names one person: say which family member.
      (value) =>
        Array.isArray(value.responsible) &&
        value.responsible.length > 0 &&
        !value.responsible.some(
          (party) =>
            (party?.kind === 'familyMember' || party?.kind === 'networkMember') &&
            isBlank(party.familyMemberId),
        ),
      { message: 'required', path: ['responsible'], ...always },
    )
    .refine((value) => value.status !== 'agreed' || !isBlank(value.agreedOn), {
      message: 'required',
      path: ['agreedOn'],
      ...always,
    })
    .refine(
      (value) =>
        isBlank(value.agreedOn) ||
        isBlank(value.reviewOn) ||
        String(value.reviewOn) >= String(value.agreedOn),
      { message: 'reviewBeforeAgreed', path: ['reviewOn'], ...always },
    );
}

/**
 * Reviewing an agreement: keep it (with a new review date), change it, or end it; and what the parents
 * think of it. A kept agreement needs its next review date.
 */
export const REVIEW_DECISIONS = ['keep', 'change', 'end'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export function agreementReviewSchema(today: IsoDate) {
  return z
    .object({
      decision: oneOf(REVIEW_DECISIONS),
      reviewOn: optionalDate(),
      text: z.string(),
      outcome: z.enum(OUTCOMES).nullish().or(z.literal('')),
      parentsView: optionalText(),
    })
    .refine((value) => value.decision !== 'keep' || !isBlank(value.reviewOn), {
      message: 'required',
      path: ['reviewOn'],
      ...always,
    })
    .refine(
      (value) => value.decision !== 'keep' || isBlank(value.reviewOn) || String(value.reviewOn) > today,
      {
        message: 'reviewNotAhead',
        path: ['reviewOn'],
        ...always,
      },
    )
    .refine((value) => value.decision !== 'change' || !isBlank(value.text), {
      message: 'required',
      path: ['text'],
      ...always,
    });
}
