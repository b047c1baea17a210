// Agreements: in force, review, missing starter topics, grouping and revision history.
import { describe, expect, it } from 'vitest';
import {
  agreementsInForce,
  agreementsPastReview,
  contentChanges,
  groupByTopic,
  isReviewDue,
  missingStarterTopics,
  proposedAgreements,
  revisionHistory,
} from '../../../src/domain/agreements';
import { STARTER_TOPICS } from '../../../src/domain/types';
import { anAgreement, aRevision } from './builders';

const today = '2026-11-24';

describe('agreements in force and proposed', () => {
  it('keeps agreed ones in force and lists proposals separately', () => {
    const agreed = anAgreement({ status: 'agreed' });
    const proposed = anAgreement({ status: 'proposed', agreedOn: undefined });
    const ended = anAgreement({ status: 'ended' });
    expect(agreementsInForce([agreed, proposed, ended])).toEqual([agreed]);
    expect(proposedAgreements([agreed, proposed, ended])).toEqual([proposed]);
  });
});

describe('isReviewDue', () => {
  it('is due on the review date itself and after it', () => {
    expect(isReviewDue(anAgreement({ reviewOn: today }), today)).toBe(true);
    expect(isReviewDue(anAgreement({ reviewOn: '2026-11-01' }), today)).toBe(true);
  });

  it('is not due before the review date or without one', () => {
    expect(isReviewDue(anAgreement({ reviewOn: '2026-11-25' }), today)).toBe(false);
    expect(isReviewDue(anAgreement({ reviewOn: undefined }), today)).toBe(false);
  });

  it('never is for an ended agreement, but is for a proposal', () => {
    expect(isReviewDue(anAgreement({ status: 'ended', reviewOn: '2026-11-01' }), today)).toBe(false);
    expect(isReviewDue(anAgreement({ status: 'proposed', reviewOn: '2026-11-01' }), today)).toBe(true);
  });

  it('lists agreements past review, the longest overdue first', () => {
    const recent = anAgreement({ reviewOn: '2026-11-20' });
    const old = anAgreement({ reviewOn: '2026-09-01' });
    const future = anAgreement({ reviewOn: '2027-01-01' });
    expect(agreementsPastReview([recent, future, old], today)).toEqual([old, recent]);
  });
});

describe('missingStarterTopics', () => {
  it('returns all starter topics, in order, when there are no agreements', () => {
    expect(missingStarterTopics([])).toEqual([...STARTER_TOPICS]);
  });

  it('counts agreed and proposed agreements but not ended ones', () => {
    const missing = missingStarterTopics([
      anAgreement({ topic: 'bedtimes', status: 'agreed' }),
      anAgreement({ topic: 'calls', status: 'proposed' }),
      anAgreement({ topic: 'dentist', status: 'ended' }),
      anAgreement({ topic: 'custom', customTopic: 'Sport' }),
    ]);
    expect(missing).not.toContain('bedtimes');
    expect(missing).not.toContain('calls');
    expect(missing).toContain('dentist');
    expect(missing).toHaveLength(STARTER_TOPICS.length - 2);
  });
});

describe('groupByTopic', () => {
  it('orders starter topics by the standard list, then custom topics alphabetically', () => {
    const agreements = [
      anAgreement({ topic: 'custom', customTopic: 'Verjaardagen' }),
      anAgreement({ topic: 'calls' }),
      anAgreement({ topic: 'custom', customTopic: 'Bijbaantje' }),
      anAgreement({ topic: 'bedtimes' }),
      anAgreement({ topic: 'custom', customTopic: 'Één keer per maand bioscoop' }),
    ];
    const groups = groupByTopic(agreements);
    expect(groups.map((g) => (g.topic === 'custom' ? g.customTopic : g.topic))).toEqual([
      'bedtimes',
      'calls',
      'Bijbaantje',
      'Één keer per maand bioscoop',
      'Verjaardagen',
    ]);
  });

  it('keeps agreements of one topic together in their original order', () => {
    const first = anAgreement({ topic: 'calls', text: 'eerste' });
    const second = anAgreement({ topic: 'calls', text: 'tweede' });
    expect(groupByTopic([first, anAgreement({ topic: 'bedtimes' }), second])[1]?.agreements).toEqual([
      first,
      second,
    ]);
  });

  it('puts custom topics differing only in case or spaces in one group', () => {
    const groups = groupByTopic([
      anAgreement({ topic: 'custom', customTopic: 'Sport' }),
      anAgreement({ topic: 'custom', customTopic: ' sport ' }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ topic: 'custom', customTopic: 'Sport' });
    expect(groups[0]?.agreements).toHaveLength(2);
  });

  it('returns no groups for no agreements', () => {
    expect(groupByTopic([])).toEqual([]);
  });
});

describe('revisionHistory', () => {
  const agreement = anAgreement({ status: 'proposed', agreedOn: undefined, text: 'Bedtijd 20:30.' });

  it('sorts by version and finds no changes for the first version', () => {
    const v1 = aRevision(agreement, 1);
    const v2 = aRevision(agreement, 2, { status: 'agreed', agreedOn: '2026-02-01' });
    const history = revisionHistory([v2, v1]);
    expect(history.map((r) => r.version)).toEqual([1, 2]);
    expect(history[0]?.changes).toEqual([]);
    expect(history[1]?.changes).toEqual(['status', 'agreedOn']);
  });

  it('detects a changed text, review date and responsible parties', () => {
    const v1 = aRevision(agreement, 1);
    const v2 = aRevision(agreement, 2, {
      text: 'Bedtijd 21:00.',
      reviewOn: '2027-01-01',
      responsible: [{ kind: 'groupStaff' }, { kind: 'familyMember', familyMemberId: 'mother' }],
    });
    expect(revisionHistory([v1, v2])[1]?.changes).toEqual(['text', 'responsible', 'reviewOn']);
  });

  it('ignores order in lists and blank versus absent values', () => {
    const before = { ...aRevision(agreement, 1).content, agreedWith: ['a', 'b'], customTopic: '' };
    const after = { ...before, agreedWith: ['b', 'a'], customTopic: undefined };
    expect(contentChanges(before, after)).toEqual([]);
  });

  it('notices a custom topic being renamed and an outcome being recorded', () => {
    const custom = anAgreement({ topic: 'custom', customTopic: 'Sport' });
    const v1 = aRevision(custom, 1);
    const v2 = aRevision(custom, 2, {
      customTopic: 'Sport en vrije tijd',
      status: 'ended',
      outcome: 'partly',
    });
    expect(revisionHistory([v1, v2])[1]?.changes).toEqual(['customTopic', 'status', 'outcome']);
  });

  it('compares each revision with the previous one of the same agreement', () => {
    const other = anAgreement({ text: 'Iets anders.' });
    const history = revisionHistory([
      aRevision(agreement, 1),
      aRevision(other, 1),
      aRevision(agreement, 2, { text: 'Nieuw.' }),
    ]);
    expect(history.map((r) => r.changes)).toEqual([[], [], ['text']]);
  });
});
