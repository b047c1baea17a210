// E-mail addresses as people type them: what is wrong with one, so the form can say it at the field.

/** The first problem found in an address; each maps to one sentence in the form. */
export type EmailProblem =
  | 'spaces'
  | 'comma'
  | 'missingAt'
  | 'doubleAt'
  | 'missingName'
  | 'missingDomain'
  | 'dotProblem'
  | 'invalidCharacters'
  | 'missingTld';

const LOCAL_CHARS = /^[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]+$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;
const TOP_LEVEL = /^\p{L}{2,}$/u;

/**
 * What is wrong with `value` as an e-mail address, or undefined when it is fine. Stricter than "one @
 * and a dot" so typos are caught (`jan@@x.nl`, `jan@gmail,com`, `jan@gmail`), loose enough for every
 * address people really have; the mail program has the final word.
 */
export function emailProblem(value: string): EmailProblem | undefined {
  const address = value.trim();
  if (/\s/.test(address)) return 'spaces';
  if (/[,;]/.test(address)) return 'comma';
  const at = address.split('@');
  if (at.length === 1) return 'missingAt';
  if (at.length > 2) return 'doubleAt';
  const [local = '', domain = ''] = at;
  if (local === '') return 'missingName';
  if (domain === '') return 'missingDomain';
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return 'dotProblem';
  if (!LOCAL_CHARS.test(local)) return 'invalidCharacters';
  const labels = domain.split('.');
  if (labels.length === 1) return 'missingTld';
  if (labels.some((label) => label === '')) return 'dotProblem';
  if (!labels.every((label) => DOMAIN_LABEL.test(label))) return 'invalidCharacters';
  if (!TOP_LEVEL.test(labels[labels.length - 1]!)) return 'missingTld';
  return undefined;
}

export function isValidEmail(value: string | undefined): value is string {
  return value !== undefined && emailProblem(value) === undefined;
}
