// Rules the documents use and the screens share: periods, norm kept, latest evaluation, goals, last day.
import { describe, expect, it } from 'vitest';
import { withoutReviewDate } from '../../../src/domain/agreements';
import { contactsBetween, countByChannel, normKept } from '../../../src/domain/contacts';
import { ageOn, isWithin } from '../../../src/domain/dates';
import { latestEvaluation } from '../../../src/domain/evaluations';
import { goalsToDiscuss, isGoalPastTarget } from '../../../src/domain/goals';
import { lastDayInCare } from '../../../src/domain/placements';
import { aChild, aContact, anAgreement, anEvaluation } from './builders';

const child = aChild();

describe('dates', () => {
  it('counts age in whole years from the birthday itself, a 29 February birthday from 1 March', () => {
    expect(ageOn('2010-06-15', '2026-06-14')).toBe(15);
    expect(ageOn('2010-06-15', '2026-06-15')).toBe(16);
    expect(ageOn('2008-02-29', '2025-02-28')).toBe(16);
    expect(ageOn('2008-02-29', '2025-03-01')).toBe(17);
  });

  it('includes both ends of a period', () => {
    expect(isWithin('2026-01-01', '2026-01-01', '2026-01-31')).toBe(true);
    expect(isWithin('2026-02-01', '2026-01-01', '2026-01-31')).toBe(false);
  });
});

describe('contacts over a period', () => {
  const contacts = [
    aContact(child, '2026-03-01', { channel: 'phone' }),
    aContact(child, '2026-03-03', { channel: 'videoCall' }),
    aContact(child, '2026-03-20', { channel: 'phone' }),
  ];

  it('keeps the contacts of the period and counts them per channel in the channel order', () => {
    const inMarch = contactsBetween(contacts, '2026-03-01', '2026-03-15');
    expect(inMarch).toHaveLength(2);
    expect(countByChannel(contacts)).toEqual([
      { channel: 'phone', count: 2 },
      { channel: 'videoCall', count: 1 },
    ]);
  });

  it('counts the whole norm periods with at least one contact', () => {
    // 1–7, 8–14, 15–21, 22–28 March: contacts in the first and the third week.
    expect(normKept(contacts, { contactNormDays: 7 }, '2026-03-01', '2026-03-30')).toEqual({
      normDays: 7,
      periods: 4,
      kept: 2,
    });
    expect(normKept(contacts, { contactNormDays: 14 }, '2026-03-01', '2026-03-28')).toEqual({
      normDays: 14,
      periods: 2,
      kept: 2,
    });
  });
});

describe('evaluations, goals, agreements and placements', () => {
  it('takes the latest evaluation held on or before today', () => {
    const evaluations = [anEvaluation(child, '2026-02-01'), anEvaluation(child, '2026-05-01')];
    expect(latestEvaluation(evaluations, '2026-04-30')?.heldOn).toBe('2026-02-01');
    expect(latestEvaluation(evaluations, '2026-01-01')).toBeUndefined();
  });

  it('marks a running goal after its target day, not on it, and never a finished one', () => {
    expect(isGoalPastTarget({ status: 'active', targetDate: '2026-03-01' }, '2026-03-01')).toBe(false);
    expect(isGoalPastTarget({ status: 'active', targetDate: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isGoalPastTarget({ status: 'achieved', targetDate: '2026-03-01' }, '2026-04-01')).toBe(false);
  });

  it('finds agreements in force without a review date', () => {
    const open = anAgreement();
    const planned = anAgreement({ reviewOn: '2026-06-01' });
    const ended = anAgreement({ status: 'ended' });
    expect(withoutReviewDate([open, planned, ended])).toEqual([open]);
  });

  it('describes a placement up to the move or its end when those came before today', () => {
    expect(lastDayInCare({}, '2026-11-29', '2026-10-19')).toBe('2026-10-19');
    expect(lastDayInCare({ placementEndedOn: '2026-10-18' }, '2026-11-29', '2026-10-19')).toBe('2026-10-18');
    expect(lastDayInCare({}, '2026-11-29', '2026-12-15')).toBe('2026-11-29');
  });
});

describe('goals to discuss', () => {
  it('are the running goals and the finished ones with progress noted since the last evaluation', () => {
    const note = (on: string) => ({ on, text: 'Voortgang', by: 'staff-0' });
    const goals = [
      { id: 'running', status: 'active' as const, progressNotes: [] },
      { id: 'recent', status: 'achieved' as const, progressNotes: [note('2026-03-10')] },
      { id: 'old', status: 'achieved' as const, progressNotes: [note('2026-01-10')] },
    ];
    expect(goalsToDiscuss(goals, '2026-02-01', '2026-04-01').map((goal) => goal.id)).toEqual([
      'running',
      'recent',
    ]);
  });
});
