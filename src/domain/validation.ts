// Form validation: each validator returns a code per invalid field; an empty object means valid.
// The rules live in the record schemas (src/domain/schemas); these functions name the fields.
import { agreementSchema } from './schemas/agreement';
import { childSchema, CONTACT_NORM_DAYS_RANGE, EVALUATION_INTERVAL_MONTHS_RANGE } from './schemas/child';
import { contactSchema } from './schemas/contact';
import { evaluationSchema } from './schemas/evaluation';
import { familyMemberSchema } from './schemas/familyMember';
import { errorsOf, validationErrors, type ValidationCode, type ValidationErrors } from './schemas/fields';
import { goalSchema } from './schemas/goal';
import { handoverSchema } from './schemas/handover';
import { staffSchema } from './schemas/staff';
import {
  type AgreementContent,
  type Child,
  type Contact,
  type Draft,
  type Evaluation,
  type FamilyMember,
  type Goal,
  type Handover,
  type HandoverSection,
  type IsoDate,
  type IsoDateTime,
  type StaffMember,
} from './types';

export {
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  type ValidationCode,
  type ValidationErrors,
} from './schemas/fields';
export { CONTACT_NORM_DAYS_RANGE, EVALUATION_INTERVAL_MONTHS_RANGE };

/** Forms validate while still incomplete, so every field may be missing. */
type FormDraft<T> = { [K in keyof T]?: T[K] | null };

export type StaffField = keyof Draft<StaffMember>;

/** Name and role required; active from is a date; active to, when given, not before it. */
export function validateStaff(draft: FormDraft<Draft<StaffMember>>): ValidationErrors<StaffField> {
  const result = staffSchema.safeParse(draft);
  const found: ValidationErrors<StaffField> = {};
  for (const issue of result.success ? [] : result.error.issues) {
    found[issue.path[0] as StaffField] ??= issue.message as ValidationCode;
  }
  return found;
}

export type ChildField = keyof Draft<Child>;

/** The child schema's codes per field (`schemas/child.ts` is the one definition). */
export function validateChild(draft: FormDraft<Draft<Child>>, today: IsoDate): ValidationErrors<ChildField> {
  return validationErrors<ChildField>(childSchema(today), draft);
}

export type FamilyMemberField = keyof Draft<FamilyMember>;

/** Name, kind and a relation belonging to that kind required; e-mail, when given, well-formed. */
export function validateFamilyMember(
  draft: FormDraft<Draft<FamilyMember>>,
): ValidationErrors<FamilyMemberField> {
  return validationErrors<FamilyMemberField>(familyMemberSchema, draft);
}

export type AgreementField = keyof AgreementContent;

/** The agreement schema's verdict (`schemas/agreement.ts`), one code per field. */
export function validateAgreement(
  content: FormDraft<AgreementContent>,
  today: IsoDate,
): ValidationErrors<AgreementField> {
  return errorsOf<AgreementField>(agreementSchema(today), content);
}

export type GoalField = keyof Draft<Goal>;

export function validateGoal(draft: FormDraft<Draft<Goal>>): ValidationErrors<GoalField> {
  // The notes are listed together: one code for the list.
  return collapse(errorsOf<string>(goalSchema, draft), ['progressNotes']) as ValidationErrors<GoalField>;
}

export type ContactField =
  | keyof Draft<Contact>
  | `followUps.${number}.text`
  | `followUps.${number}.ownerStaffId`
  | `followUps.${number}.dueOn`;

/** `now` is the current moment: a contact cannot be logged ahead of it. */
export function validateContact(
  draft: FormDraft<Draft<Contact>>,
  now: IsoDateTime,
): ValidationErrors<ContactField> {
  const errors: Partial<Record<string, ValidationCode>> = errorsOf<string>(contactSchema(now), draft);
  // One summary code on the list itself, for a message above the follow-ups.
  const followUpCode = Object.entries(errors).find(([field]) => field.startsWith('followUps.'))?.[1];
  if (followUpCode) errors.followUps ??= followUpCode;
  return errors as ValidationErrors<ContactField>;
}

/** `experience` is a group key: at least one of parents', child's or staff's experience is needed. */
export type EvaluationField = keyof Draft<Evaluation> | 'experience';

export function validateEvaluation(
  draft: FormDraft<Draft<Evaluation>>,
  today: IsoDate,
): ValidationErrors<EvaluationField> {
  return errorsOf<EvaluationField>(evaluationSchema(today), draft);
}

export type HandoverField = keyof Draft<Handover> | `consent.${HandoverSection}`;

/** A section shared without the parents' consent needs a legal ground; the first evaluation follows the move. */
export function validateHandover(draft: FormDraft<Draft<Handover>>): ValidationErrors<HandoverField> {
  return errorsOf<HandoverField>(handoverSchema, draft);
}

/** Errors under `list.N.…` reported once on `list`. */
function collapse(
  errors: Partial<Record<string, ValidationCode>>,
  lists: string[],
): Partial<Record<string, ValidationCode>> {
  const out: Partial<Record<string, ValidationCode>> = {};
  for (const [field, code] of Object.entries(errors)) {
    const list = lists.find((name) => field.startsWith(`${name}.`));
    out[list ?? field] ??= code;
  }
  return out;
}
