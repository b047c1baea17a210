// Validators for people: staff, children and family members (a code per invalid field).
import { describe, expect, it } from 'vitest';
import {
  MAX_NAME_LENGTH,
  validateChild,
  validateFamilyMember,
  validateStaff,
} from '../../../src/domain/validation';
import type { Child, Draft } from '../../../src/domain/types';

const today = '2026-11-24';

describe('validateStaff', () => {
  it('accepts a complete staff member', () => {
    expect(validateStaff({ name: 'Anouk de Groot', role: 'mentor', activeFrom: '2024-01-01' })).toEqual({});
  });

  it('requires name, role and start date', () => {
    expect(validateStaff({ name: '  ', activeFrom: '' })).toEqual({
      name: 'required',
      role: 'required',
      activeFrom: 'required',
    });
  });

  it('rejects an end before the start, but accepts the same day', () => {
    expect(
      validateStaff({ name: 'A', role: 'careWorker', activeFrom: '2024-05-01', activeTo: '2024-04-30' }),
    ).toEqual({ activeTo: 'endBeforeStart' });
    expect(
      validateStaff({ name: 'A', role: 'careWorker', activeFrom: '2024-05-01', activeTo: '2024-05-01' }),
    ).toEqual({});
  });

  it('rejects an invalid date and a too long name', () => {
    const errors = validateStaff({
      name: 'x'.repeat(MAX_NAME_LENGTH + 1),
      role: 'coordinator',
      activeFrom: '2024-02-30',
    });
    expect(errors).toEqual({ name: 'tooLong', activeFrom: 'invalidDate' });
  });
});

describe('validateChild', () => {
  const valid: Draft<Child> = {
    name: 'Zoë de Vries',
    birthDate: '2014-05-03',
    placementStart: '2026-01-05',
    legalFramework: 'supervisionOrder',
    languages: ['Nederlands'],
    mentorAssignments: [{ staffId: 'staff-1', from: '2026-01-05' }],
    contactNormDays: 7,
    evaluationIntervalMonths: 3,
  };

  it('accepts a complete child', () => {
    expect(validateChild(valid, today)).toEqual({});
  });

  it('requires name, birth date, placement start and legal framework', () => {
    const errors = validateChild(
      { ...valid, name: '', birthDate: '', placementStart: undefined, legalFramework: undefined },
      today,
    );
    expect(errors).toEqual({
      name: 'required',
      birthDate: 'required',
      placementStart: 'required',
      legalFramework: 'required',
    });
  });

  it('rejects a birth date in the future or after the placement start', () => {
    expect(validateChild({ ...valid, birthDate: '2026-11-25', placementStart: '2026-11-30' }, today)).toEqual(
      { birthDate: 'inFuture' },
    );
    expect(validateChild({ ...valid, birthDate: '2026-02-01' }, today)).toEqual({
      birthDate: 'birthAfterPlacement',
    });
  });

  it('rejects an expected or actual end before the start', () => {
    const errors = validateChild(
      { ...valid, placementEnd: '2026-01-04', placementEndedOn: '2025-12-31' },
      today,
    );
    expect(errors).toEqual({ placementEnd: 'endBeforeStart', placementEndedOn: 'endBeforeStart' });
  });

  it('allows an expected end in the future but not an actual end', () => {
    expect(validateChild({ ...valid, placementEnd: '2027-06-01' }, today)).toEqual({});
    expect(validateChild({ ...valid, placementEndedOn: '2026-11-25' }, today)).toEqual({
      placementEndedOn: 'inFuture',
    });
  });

  it('keeps the contact norm within 1 to 60 whole days', () => {
    expect(validateChild({ ...valid, contactNormDays: 1 }, today)).toEqual({});
    expect(validateChild({ ...valid, contactNormDays: 60 }, today)).toEqual({});
    expect(validateChild({ ...valid, contactNormDays: 0 }, today)).toEqual({ contactNormDays: 'outOfRange' });
    expect(validateChild({ ...valid, contactNormDays: 61 }, today)).toEqual({
      contactNormDays: 'outOfRange',
    });
    expect(validateChild({ ...valid, contactNormDays: 7.5 }, today)).toEqual({
      contactNormDays: 'outOfRange',
    });
    expect(validateChild({ ...valid, contactNormDays: Number.NaN }, today)).toEqual({
      contactNormDays: 'required',
    });
  });

  it('keeps the evaluation interval within 1 to 12 months', () => {
    expect(validateChild({ ...valid, evaluationIntervalMonths: 12 }, today)).toEqual({});
    expect(validateChild({ ...valid, evaluationIntervalMonths: 13 }, today)).toEqual({
      evaluationIntervalMonths: 'outOfRange',
    });
    expect(validateChild({ ...valid, evaluationIntervalMonths: 0 }, today)).toEqual({
      evaluationIntervalMonths: 'outOfRange',
    });
  });

  it('checks mentor assignment dates', () => {
    const mentorAssignments = [{ staffId: 'staff-1', from: '2026-03-01', to: '2026-02-01' }];
    expect(validateChild({ ...valid, mentorAssignments }, today)).toEqual({
      mentorAssignments: 'endBeforeStart',
    });
  });
});

describe('validateFamilyMember', () => {
  const valid = {
    name: 'Fatima El Amrani',
    kind: 'parent',
    relation: 'mother',
    hasParentalAuthority: true,
    interpreterNeeded: true,
    receivesReports: true,
  } as const;

  it('accepts a complete family member', () => {
    expect(validateFamilyMember({ ...valid, email: 'fatima@example.com' })).toEqual({});
  });

  it('requires name, kind and relation', () => {
    expect(validateFamilyMember({ name: '' })).toEqual({
      name: 'required',
      kind: 'required',
      relation: 'required',
    });
  });

  it('requires a relation that belongs to the kind', () => {
    expect(validateFamilyMember({ ...valid, kind: 'network', relation: 'mother' })).toEqual({
      relation: 'required',
    });
    expect(validateFamilyMember({ ...valid, kind: 'professional', relation: 'familyGuardian' })).toEqual({});
  });

  it('rejects a malformed e-mail address', () => {
    for (const email of ['fatima', 'fatima@', 'fatima@example', 'fa tima@example.com']) {
      expect(validateFamilyMember({ ...valid, email })).toEqual({ email: 'invalidEmail' });
    }
  });
});
