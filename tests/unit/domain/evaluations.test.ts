// When the next collaboration evaluation is due.
import { describe, expect, it } from 'vitest';
import { evaluationStatus, lastEvaluationOn, nextEvaluationDue } from '../../../src/domain/evaluations';
import { aChild, anEvaluation } from './builders';

const child = aChild({ placementStart: '2026-01-31', evaluationIntervalMonths: 3 });

describe('nextEvaluationDue', () => {
  it('counts the interval from the placement start when nothing was held yet', () => {
    expect(nextEvaluationDue([], child)).toBe('2026-04-30');
  });

  it('counts from the latest evaluation of this child', () => {
    const other = aChild();
    const evaluations = [
      anEvaluation(child, '2026-05-10'),
      anEvaluation(child, '2026-08-12'),
      anEvaluation(other, '2026-10-01'),
    ];
    expect(lastEvaluationOn(evaluations, child)).toBe('2026-08-12');
    expect(nextEvaluationDue(evaluations, child)).toBe('2026-11-12');
  });

  it('clamps to the end of a shorter month and handles leap years', () => {
    const november = aChild({ placementStart: '2027-11-30' });
    expect(nextEvaluationDue([], november)).toBe('2028-02-29');
    expect(nextEvaluationDue([], aChild({ placementStart: '2025-11-30' }))).toBe('2026-02-28');
  });

  it('follows a custom interval', () => {
    expect(nextEvaluationDue([], aChild({ placementStart: '2026-01-15', evaluationIntervalMonths: 6 }))).toBe(
      '2026-07-15',
    );
  });
});

describe('evaluationStatus', () => {
  const evaluations = [anEvaluation(child, '2026-08-12')]; // next due 2026-11-12

  it('is planned while the due date is more than 14 days away', () => {
    expect(evaluationStatus(evaluations, child, '2026-10-28')).toBe('planned');
  });

  it('is due soon from 14 days before up to and including the due day', () => {
    expect(evaluationStatus(evaluations, child, '2026-10-29')).toBe('dueSoon');
    expect(evaluationStatus(evaluations, child, '2026-11-12')).toBe('dueSoon');
  });

  it('is overdue the day after the due date', () => {
    expect(evaluationStatus(evaluations, child, '2026-11-13')).toBe('overdue');
  });

  it('uses a custom window', () => {
    expect(evaluationStatus(evaluations, child, '2026-11-05', 7)).toBe('dueSoon');
    expect(evaluationStatus(evaluations, child, '2026-11-04', 7)).toBe('planned');
  });

  it('is not applicable for an ended or not yet started placement', () => {
    expect(evaluationStatus([], aChild({ placementEndedOn: '2026-06-01' }), '2026-11-24')).toBe(
      'notApplicable',
    );
    expect(evaluationStatus([], aChild({ placementStart: '2026-12-01' }), '2026-11-24')).toBe(
      'notApplicable',
    );
  });
});
