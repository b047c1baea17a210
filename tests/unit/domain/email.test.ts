// E-mail addresses with typos are caught at the field, each with its own reason.
import { describe, expect, it } from 'vitest';
import { emailProblem, isValidEmail } from '../../../src/domain/email';

describe('emailProblem', () => {
  it.each([
    ['jan@example.nl'],
    ['j.de.vries+school@mail.example.com'],
    ['  anouk@regenboog.nl  '],
    ['zoë@müller.de'],
    ["o'brien@example.co.uk"],
  ])('accepts %s', (address) => {
    expect(emailProblem(address)).toBeUndefined();
    expect(isValidEmail(address)).toBe(true);
  });

  it.each([
    ['jan@@x.nl', 'doubleAt'],
    ['jan@x@y.nl', 'doubleAt'],
    ['jan@gmail,com', 'comma'],
    ['jan@gmail.com;piet@gmail.com', 'comma'],
    ['jan@gmail', 'missingTld'],
    ['jan@gmail.c', 'missingTld'],
    ['jan@gmail.123', 'missingTld'],
    ['jan.gmail.com', 'missingAt'],
    ['@gmail.com', 'missingName'],
    ['jan@', 'missingDomain'],
    ['jan@gmail..com', 'dotProblem'],
    ['jan.@gmail.com', 'dotProblem'],
    ['jan@.gmail.com', 'dotProblem'],
    ['jan de vries@gmail.com', 'spaces'],
    ['jan@gm(ail).com', 'invalidCharacters'],
    ['jan@-gmail.com', 'invalidCharacters'],
  ])('says what is wrong with %s: %s', (address, problem) => {
    expect(emailProblem(address)).toBe(problem);
    expect(isValidEmail(address)).toBe(false);
  });

  it('treats a missing address as not valid', () => {
    expect(isValidEmail(undefined)).toBe(false);
  });
});
