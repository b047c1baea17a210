// Form validation: each validator returns a code per invalid field; an empty object means valid.
import { isIsoDate } from './dates';
import { staffSchema } from './schemas/staff';
import { childSchema, CONTACT_NORM_DAYS_RANGE, EVALUATION_INTERVAL_MONTHS_RANGE } from './schemas/child';
import { familyMemberSchema } from './schemas/familyMember';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, validationErrors } from './schemas/fields';
import {
  AGREEMENT_STATUSES,
  CONTACT_CHANNELS,
  GOAL_STATUSES,
  STARTER_TOPICS,
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

export type ValidationCode =
  | 'required'
  | 'invalidDate'
  | 'endBeforeStart'
  | 'inFuture'
  | 'reviewBeforeAgreed'
  | 'invalidEmail'
  | 'tooLong'
  | 'outOfRange'
  | 'needsLegalGround'
  | 'birthAfterPlacement';

/** Field name → what is wrong with it; absent fields are fine. */
export type ValidationErrors<Field extends string> = Partial<Record<Field, ValidationCode>>;

export { CONTACT_NORM_DAYS_RANGE, EVALUATION_INTERVAL_MONTHS_RANGE, MAX_NAME_LENGTH, MAX_TEXT_LENGTH };

/** Forms validate while still incomplete, so every field may be missing. */
type FormDraft<T> = { [K in keyof T]?: T[K] | null };

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

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

export function validateAgreement(
  content: FormDraft<AgreementContent>,
  today: IsoDate,
): ValidationErrors<AgreementField> {
  const errors = new Errors<AgreementField>();
  errors.oneOf('topic', content.topic, [...STARTER_TOPICS, 'custom']);
  if (content.topic === 'custom')
    errors.text('customTopic', content.customTopic, { required: true, max: MAX_NAME_LENGTH });
  errors.text('text', content.text, { required: true });
  const responsible = content.responsible ?? [];
  // "A parent" is not enough when the kind names one person: say which family member.
  const unnamed = responsible.some(
    (r) => (r.kind === 'familyMember' || r.kind === 'networkMember') && isBlank(r.familyMemberId),
  );
  if (responsible.length === 0 || unnamed) errors.set('responsible', 'required');
  errors.oneOf('status', content.status, AGREEMENT_STATUSES);
  const agreedOn = errors.date('agreedOn', content.agreedOn, {
    required: content.status === 'agreed',
    notAfter: today,
  });
  const reviewOn = errors.date('reviewOn', content.reviewOn);
  if (agreedOn && reviewOn && reviewOn < agreedOn) errors.set('reviewOn', 'reviewBeforeAgreed');
  return errors.found;
}

export type GoalField = keyof Draft<Goal>;

export function validateGoal(draft: FormDraft<Draft<Goal>>): ValidationErrors<GoalField> {
  const errors = new Errors<GoalField>();
  errors.text('title', draft.title, { required: true, max: MAX_NAME_LENGTH * 2 });
  errors.text('parentsWords', draft.parentsWords);
  errors.text('childWords', draft.childWords);
  errors.date('targetDate', draft.targetDate);
  errors.oneOf('status', draft.status, GOAL_STATUSES);
  for (const note of draft.progressNotes ?? []) {
    errors.date('progressNotes', note.on, { required: true });
    errors.text('progressNotes', note.text, { required: true });
    if (isBlank(note.by)) errors.set('progressNotes', 'required');
  }
  return errors.found;
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
  const errors = new Errors<ContactField>();
  if (isBlank(draft.at)) errors.set('at', 'required');
  else {
    const at = Date.parse(String(draft.at));
    if (Number.isNaN(at)) errors.set('at', 'invalidDate');
    else if (at > Date.parse(now)) errors.set('at', 'inFuture');
  }
  errors.oneOf('channel', draft.channel, CONTACT_CHANNELS);
  if (isBlank(draft.staffId)) errors.set('staffId', 'required');
  errors.text('summary', draft.summary, { required: true });
  (draft.followUps ?? []).forEach((followUp, index) => {
    errors.text(`followUps.${index}.text`, followUp.text, { required: true, max: MAX_NAME_LENGTH * 4 });
    if (isBlank(followUp.ownerStaffId)) errors.set(`followUps.${index}.ownerStaffId`, 'required');
    errors.date(`followUps.${index}.dueOn`, followUp.dueOn);
  });
  // One summary code on the list itself, for a message above the follow-ups.
  const followUpCode = Object.entries(errors.found).find(([field]) => field.startsWith('followUps.'))?.[1];
  if (followUpCode) errors.set('followUps', followUpCode);
  return errors.found;
}

const EXPERIENCE_FIELDS = ['parentsExperience', 'childExperience', 'staffExperience'] as const;

/** `experience` is a group key: at least one of parents', child's or staff's experience is needed. */
export type EvaluationField = keyof Draft<Evaluation> | 'experience';

export function validateEvaluation(
  draft: FormDraft<Draft<Evaluation>>,
  today: IsoDate,
): ValidationErrors<EvaluationField> {
  const errors = new Errors<EvaluationField>();
  errors.date('heldOn', draft.heldOn, { required: true, notAfter: today });
  if (EXPERIENCE_FIELDS.every((field) => isBlank(draft[field]))) errors.set('experience', 'required');
  for (const field of [...EXPERIENCE_FIELDS, 'goesWell', 'shouldChange'] as const)
    errors.text(field, draft[field]);
  return errors.found;
}

export type HandoverField = keyof Draft<Handover> | `consent.${HandoverSection}`;

/** A section shared without the parents' consent needs a legal ground; the first evaluation follows the move. */
export function validateHandover(draft: FormDraft<Draft<Handover>>): ValidationErrors<HandoverField> {
  const errors = new Errors<HandoverField>();
  const moveDate = errors.date('moveDate', draft.moveDate);
  const firstEvaluation = errors.date('firstEvaluationAfterMove', draft.firstEvaluationAfterMove);
  errors.date('handoverMeetingOn', draft.handoverMeetingOn);
  if (moveDate && firstEvaluation && firstEvaluation < moveDate)
    errors.set('firstEvaluationAfterMove', 'endBeforeStart');
  for (const [section, consent] of Object.entries(draft.consent ?? {}) as [
    HandoverSection,
    { parentsConsent: boolean; legalGround?: string } | undefined,
  ][]) {
    if (consent && !consent.parentsConsent && isBlank(consent.legalGround))
      errors.set(`consent.${section}`, 'needsLegalGround');
  }
  return errors.found;
}
