// Validators for records: agreements, goals, contacts, evaluations and handovers.
import { describe, expect, it } from 'vitest';
import {
  validateAgreement,
  validateContact,
  validateEvaluation,
  validateGoal,
  validateHandover,
} from '../../../src/domain/validation';
import type { AgreementContent, Contact, Draft } from '../../../src/domain/types';

const today = '2026-11-24';

describe('validateAgreement', () => {
  const valid: AgreementContent = {
    topic: 'bedtimes',
    text: 'Bedtijd doordeweeks 21:00, in het weekend 22:30; moeder belt om 20:30 om welterusten te zeggen.',
    responsible: [{ kind: 'groupStaff' }, { kind: 'familyMember', familyMemberId: 'mother' }],
    status: 'agreed',
    agreedOn: '2026-11-01',
    agreedWith: ['mother'],
    reviewOn: '2027-02-01',
  };

  it('accepts a complete agreement', () => {
    expect(validateAgreement(valid, today)).toEqual({});
  });

  it('requires text and at least one responsible party', () => {
    expect(validateAgreement({ ...valid, text: ' ', responsible: [] }, today)).toEqual({
      text: 'required',
      responsible: 'required',
    });
  });

  it('requires naming the family member when one is responsible', () => {
    expect(validateAgreement({ ...valid, responsible: [{ kind: 'familyMember' }] }, today)).toEqual({
      responsible: 'required',
    });
  });

  it('requires a name for a custom topic', () => {
    expect(validateAgreement({ ...valid, topic: 'custom' }, today)).toEqual({ customTopic: 'required' });
    expect(validateAgreement({ ...valid, topic: 'custom', customTopic: 'Sport' }, today)).toEqual({});
  });

  it('requires the agreed date only once agreed', () => {
    expect(validateAgreement({ ...valid, agreedOn: undefined }, today)).toEqual({ agreedOn: 'required' });
    expect(validateAgreement({ ...valid, status: 'proposed', agreedOn: undefined }, today)).toEqual({});
  });

  it('rejects an agreed date in the future and a review before the agreement', () => {
    expect(validateAgreement({ ...valid, agreedOn: '2026-11-25', reviewOn: '2027-01-01' }, today)).toEqual({
      agreedOn: 'inFuture',
    });
    expect(validateAgreement({ ...valid, reviewOn: '2026-10-31' }, today)).toEqual({
      reviewOn: 'reviewBeforeAgreed',
    });
    expect(validateAgreement({ ...valid, reviewOn: '2026-11-01' }, today)).toEqual({});
  });
});

describe('validateGoal', () => {
  it('requires a title and a status', () => {
    expect(
      validateGoal({ title: 'Weer met plezier naar school', status: 'active', progressNotes: [] }),
    ).toEqual({});
    expect(validateGoal({ title: '' })).toEqual({ title: 'required', status: 'required' });
  });

  it('checks the target date and progress notes', () => {
    const errors = validateGoal({
      title: 'Doel',
      status: 'active',
      targetDate: '2026-13-01',
      progressNotes: [{ on: '2026-11-01', text: '', by: 'staff-1' }],
    });
    expect(errors).toEqual({ targetDate: 'invalidDate', progressNotes: 'required' });
  });
});

describe('validateContact', () => {
  const now = '2026-11-24T14:00:00.000Z';
  const valid: Draft<Contact> = {
    childId: 'child-1',
    at: '2026-11-24T13:30:00.000Z',
    familyMemberIds: ['mother'],
    channel: 'phone',
    staffId: 'staff-1',
    summary: 'Moeder gebeld over het weekend.',
    followUps: [{ id: 'f1', text: 'Terugbellen', ownerStaffId: 'staff-1', done: false }],
  };

  it('accepts a complete contact, also one logged at this very moment', () => {
    expect(validateContact(valid, now)).toEqual({});
    expect(validateContact({ ...valid, at: now }, now)).toEqual({});
  });

  it('rejects a contact later than now', () => {
    expect(validateContact({ ...valid, at: '2026-11-24T14:01:00.000Z' }, now)).toEqual({ at: 'inFuture' });
  });

  it('requires moment, channel, staff member and summary', () => {
    const errors = validateContact({ ...valid, at: '', channel: undefined, staffId: '', summary: '' }, now);
    expect(errors).toEqual({ at: 'required', channel: 'required', staffId: 'required', summary: 'required' });
    expect(validateContact({ ...valid, at: 'gisteren' }, now)).toEqual({ at: 'invalidDate' });
  });

  it('requires text and owner for each follow-up', () => {
    const followUps = [valid.followUps[0]!, { id: 'f2', text: '', ownerStaffId: '', done: false }];
    expect(validateContact({ ...valid, followUps }, now)).toEqual({
      'followUps.1.text': 'required',
      'followUps.1.ownerStaffId': 'required',
      followUps: 'required',
    });
  });
});

describe('validateEvaluation', () => {
  const valid = {
    heldOn: '2026-11-20',
    parentsExperience: 'Moeder voelt zich gehoord.',
    childExperience: '',
    staffExperience: '',
  };

  it('accepts an evaluation with at least one experience', () => {
    expect(validateEvaluation(valid, today)).toEqual({});
    expect(
      validateEvaluation(
        { ...valid, parentsExperience: '', parentsViewNotGiven: true, staffExperience: 'Open samenwerking.' },
        today,
      ),
    ).toEqual({});
  });

  it('asks the parents view: empty only when marked that they would not or could not react', () => {
    expect(
      validateEvaluation({ ...valid, parentsExperience: '', staffExperience: 'Open samenwerking.' }, today),
    ).toEqual({ parentsExperience: 'parentsViewMissing' });
  });

  it('requires a date not in the future and at least one experience', () => {
    expect(validateEvaluation({ parentsExperience: ' ' }, today)).toEqual({
      heldOn: 'required',
      experience: 'required',
      parentsExperience: 'parentsViewMissing',
    });
    expect(validateEvaluation({ ...valid, heldOn: '2026-11-25' }, today)).toEqual({ heldOn: 'inFuture' });
    expect(validateEvaluation({ ...valid, heldOn: today }, today)).toEqual({});
  });
});

describe('validateHandover', () => {
  it('requires a legal ground for a section shared without consent', () => {
    const consent = {
      health: { parentsConsent: false },
      school: { parentsConsent: true },
      goals: { parentsConsent: false, legalGround: 'Jeugdwet' },
    };
    expect(validateHandover({ consent })).toEqual({ 'consent.health': 'needsLegalGround' });
  });

  it('rejects a first evaluation before the move', () => {
    expect(validateHandover({ moveDate: '2026-11-01', firstEvaluationAfterMove: '2026-10-30' })).toEqual({
      firstEvaluationAfterMove: 'endBeforeStart',
    });
  });
});
