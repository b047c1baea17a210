// Form validation: each validator returns a code per invalid field; an empty object means valid.
import { isIsoDate } from './dates';
import { agreementSchema } from './schemas/agreement';
import { contactSchema } from './schemas/contact';
import { evaluationSchema } from './schemas/evaluation';
import {
  errorsOf,
  isBlank,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  type ValidationCode,
  type ValidationErrors,
} from './schemas/fields';
import { goalSchema } from './schemas/goal';
import { handoverSchema } from './schemas/handover';
import { staffSchema } from './schemas/staff';
import {
  FAMILY_MEMBER_KINDS,
  LEGAL_FRAMEWORKS,
  RELATIONS_BY_KIND,
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

export const CONTACT_NORM_DAYS_RANGE = { min: 1, max: 60 } as const;
export const EVALUATION_INTERVAL_MONTHS_RANGE = { min: 1, max: 12 } as const;

/** Forms validate while still incomplete, so every field may be missing. */
type FormDraft<T> = { [K in keyof T]?: T[K] | null };

// Deliberately loose: one @, no spaces, a dot in the domain. The mail program has the final word.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Collects errors; the first problem found for a field wins. */
class Errors<Field extends string> {
  readonly found: ValidationErrors<Field> = {};

  set(field: Field, code: ValidationCode): void {
    if (this.found[field] === undefined) this.found[field] = code;
  }

  has(field: Field): boolean {
    return this.found[field] !== undefined;
  }

  text(field: Field, value: unknown, options: { required?: boolean; max?: number } = {}): void {
    if (isBlank(value)) {
      if (options.required) this.set(field, 'required');
    } else if (typeof value === 'string' && value.length > (options.max ?? MAX_TEXT_LENGTH)) {
      this.set(field, 'tooLong');
    }
  }

  /** Checks a date; returns it when valid so callers can compare it with others. */
  date(
    field: Field,
    value: unknown,
    options: { required?: boolean; notAfter?: IsoDate } = {},
  ): IsoDate | undefined {
    if (isBlank(value)) {
      if (options.required) this.set(field, 'required');
      return undefined;
    }
    if (!isIsoDate(value)) {
      this.set(field, 'invalidDate');
      return undefined;
    }
    if (options.notAfter !== undefined && value > options.notAfter) this.set(field, 'inFuture');
    return value;
  }

  oneOf(field: Field, value: unknown, allowed: readonly unknown[]): void {
    if (isBlank(value) || !allowed.includes(value)) this.set(field, 'required');
  }

  integerInRange(field: Field, value: unknown, range: { min: number; max: number }): void {
    if (value === undefined || value === null || value === '' || Number.isNaN(value))
      this.set(field, 'required');
    else if (
      typeof value !== 'number' ||
      !Number.isInteger(value) ||
      value < range.min ||
      value > range.max
    ) {
      this.set(field, 'outOfRange');
    }
  }
}

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

export function validateChild(draft: FormDraft<Draft<Child>>, today: IsoDate): ValidationErrors<ChildField> {
  const errors = new Errors<ChildField>();
  errors.text('name', draft.name, { required: true, max: MAX_NAME_LENGTH });
  const birth = errors.date('birthDate', draft.birthDate, { required: true, notAfter: today });
  const start = errors.date('placementStart', draft.placementStart, { required: true });
  if (birth && start && birth > start) errors.set('birthDate', 'birthAfterPlacement');
  const end = errors.date('placementEnd', draft.placementEnd);
  if (start && end && end < start) errors.set('placementEnd', 'endBeforeStart');
  // The actual end is a fact, so it cannot lie ahead; the expected end above may.
  const endedOn = errors.date('placementEndedOn', draft.placementEndedOn);
  if (start && endedOn && endedOn < start) errors.set('placementEndedOn', 'endBeforeStart');
  if (endedOn && endedOn > today) errors.set('placementEndedOn', 'inFuture');
  errors.oneOf('legalFramework', draft.legalFramework, LEGAL_FRAMEWORKS);
  errors.text('cultureNotes', draft.cultureNotes);
  errors.integerInRange('contactNormDays', draft.contactNormDays, CONTACT_NORM_DAYS_RANGE);
  errors.integerInRange(
    'evaluationIntervalMonths',
    draft.evaluationIntervalMonths,
    EVALUATION_INTERVAL_MONTHS_RANGE,
  );
  for (const assignment of draft.mentorAssignments ?? []) {
    if (isBlank(assignment.staffId)) errors.set('mentorAssignments', 'required');
    const from = errors.date('mentorAssignments', assignment.from, { required: true });
    const to = errors.date('mentorAssignments', assignment.to);
    if (from && to && to < from) errors.set('mentorAssignments', 'endBeforeStart');
  }
  return errors.found;
}

export type FamilyMemberField = keyof Draft<FamilyMember>;

/** Name, kind and a relation belonging to that kind required; e-mail, when given, well-formed. */
export function validateFamilyMember(
  draft: FormDraft<Draft<FamilyMember>>,
): ValidationErrors<FamilyMemberField> {
  const errors = new Errors<FamilyMemberField>();
  errors.text('name', draft.name, { required: true, max: MAX_NAME_LENGTH });
  errors.oneOf('kind', draft.kind, FAMILY_MEMBER_KINDS);
  const relations: readonly string[] = draft.kind ? (RELATIONS_BY_KIND[draft.kind] ?? []) : [];
  errors.oneOf('relation', draft.relation, relations);
  if (!isBlank(draft.email) && !EMAIL.test(String(draft.email).trim())) errors.set('email', 'invalidEmail');
  for (const field of [
    'address',
    'phone',
    'preferredLanguage',
    'preferredMoments',
    'supportRole',
    'organisation',
  ] as const) {
    errors.text(field, draft[field], { max: MAX_NAME_LENGTH * 2 });
  }
  errors.text('notes', draft.notes);
  return errors.found;
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
