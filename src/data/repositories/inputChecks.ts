// The repositories' input check: the same schemas the forms use (src/domain/schemas), so there is one
// definition of a valid agreement, goal, contact, evaluation and handover.
import { toIsoDate } from '../../domain/dates';
import type { ValidationErrors } from '../../domain/schemas';
import {
  validateAgreement,
  validateContact,
  validateEvaluation,
  validateGoal,
  validateHandover,
} from '../../domain/validation';
import type { TableName } from '../db';

export class InvalidInputError extends Error {
  constructor(
    readonly entity: string,
    readonly errors: ValidationErrors<string>,
  ) {
    super(`${entity}: invalid ${Object.keys(errors).join(', ')}`);
    this.name = 'InvalidInputError';
  }
}

type Check = (record: never, now: Date) => ValidationErrors<string>;

const CHECKS: Partial<Record<TableName, Check>> = {
  agreements: (record: Parameters<typeof validateAgreement>[0], now) =>
    validateAgreement(record, toIsoDate(now)),
  goals: (record: Parameters<typeof validateGoal>[0]) => validateGoal(record),
  contacts: (record: Parameters<typeof validateContact>[0], now) =>
    validateContact(record, now.toISOString()),
  evaluations: (record: Parameters<typeof validateEvaluation>[0], now) =>
    validateEvaluation(record, toIsoDate(now)),
  // Consent without a legal ground may be stored: that section is simply left out of the document.
  handovers: (record: Parameters<typeof validateHandover>[0]) =>
    Object.fromEntries(
      Object.entries(validateHandover(record)).filter(([field]) => !field.startsWith('consent.')),
    ),
};

/**
 * Refuses a record the schema rejects. With `changed` (an update's fields), only problems in those
 * fields count: ticking a follow-up off on an old contact is not refused for what it lacked before.
 */
export function checkInput(table: TableName, record: unknown, now: Date, changed?: readonly string[]): void {
  const check = CHECKS[table];
  if (!check) return;
  const errors = Object.entries(
    (check as (record: unknown, now: Date) => ValidationErrors<string>)(record, now),
  );
  const relevant = changed
    ? errors.filter(([field]) => changed.some((name) => field === name || field.startsWith(`${name}.`)))
    : errors;
  if (relevant.length > 0) throw new InvalidInputError(table, Object.fromEntries(relevant));
}
