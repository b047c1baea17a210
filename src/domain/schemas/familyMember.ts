// What a valid family or network member is: one definition for the form and `validateFamilyMember`.
import { z } from './zod';
import { FAMILY_MEMBER_KINDS, RELATIONS_BY_KIND } from '../types';
import { flag, MAX_NAME_LENGTH, oneOf, optionalText, requiredText } from './fields';

// Deliberately loose: one @, no spaces, a dot in the domain. The mail program has the final word.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const shortText = optionalText(MAX_NAME_LENGTH * 2);

export const familyMemberSchema = z
  .object({
    childId: z.string().optional(),
    name: requiredText(MAX_NAME_LENGTH),
    kind: oneOf(FAMILY_MEMBER_KINDS),
    relation: z.string({ error: 'required' }),
    hasParentalAuthority: z.boolean().optional(),
    email: z
      .string()
      .nullish()
      .refine((value) => !value?.trim() || EMAIL.test(value.trim()), 'invalidEmail'),
    address: shortText,
    phone: shortText,
    preferredLanguage: shortText,
    preferredMoments: shortText,
    supportRole: shortText,
    organisation: shortText,
    notes: optionalText(),
  })
  .superRefine(
    (member, ctx) => {
      const raw = member as Record<string, unknown>;
      const kind = raw.kind as keyof typeof RELATIONS_BY_KIND | undefined;
      const relations: readonly string[] = (kind && RELATIONS_BY_KIND[kind]) || [];
      if (!relations.includes(String(raw.relation ?? ''))) flag(ctx, 'relation', 'required');
    },
    { when: () => true },
  );
