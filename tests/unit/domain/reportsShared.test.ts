// What parents said on shared reports: every shared version with each person's answer, the consent
// category of a report, per parent the latest reaction of a period, and the period an evaluation covers.
import { describe, expect, it } from 'vitest';
import { evaluationLooksBackTo } from '../../../src/domain/evaluations';
import {
  latestParentReactions,
  reactionLines,
  reportCategory,
  sharedReports,
} from '../../../src/domain/reportsShared';
import {
  FATHER,
  MOTHER,
  MOTHER_OLD_WORDS,
  MOTHER_OTHER_WORDS,
  MOTHER_WORDS,
  reportReactions,
  reportVersions,
} from '../export/sampleReports';

describe('sharedReports', () => {
  it('lists every shared version, first shared first, with each person’s reactions and answer state', () => {
    const reports = sharedReports(reportVersions, reportReactions, '2025-03-15');
    expect(reports.map((report) => [report.reportId, report.version, report.superseded])).toEqual([
      ['report-b', 1, false],
      ['report-a', 1, true],
      ['report-a', 2, false],
      ['report-c', 1, false],
    ]);
    const [, first, second] = reports;
    const mother = first!.shares.find((share) => share.personId === MOTHER)!;
    expect(mother.state).toEqual({ kind: 'reacted', on: '2025-01-20', late: false });
    expect(mother.reactions).toEqual([
      {
        receivedOn: '2025-01-20',
        source: 'phone',
        lines: [
          { section: 'facts', choice: 'disagrees', text: MOTHER_OLD_WORDS },
          { section: 'other', text: MOTHER_OTHER_WORDS },
        ],
      },
    ]);
    const father = first!.shares.find((share) => share.personId === FATHER)!;
    expect(father.reactions).toEqual([]);
    expect(father.state).toEqual({ kind: 'noReactionRecorded', on: '2025-02-10' });
    expect(second!.shares.find((share) => share.personId === FATHER)!.state).toEqual({
      kind: 'waiting',
      dueOn: '2025-03-21',
      daysLeft: 6,
    });
  });

  it('never passes on the staff note as the person’s words', () => {
    const reports = sharedReports(reportVersions, reportReactions, '2025-03-15');
    expect(JSON.stringify(reports)).not.toContain('Besproken met de mentor.');
  });

  it('keeps the words exactly as stored, trailing spaces and line breaks included', () => {
    const lines = reactionLines({
      sections: {
        interpretation: { choice: 'partly', text: MOTHER_WORDS },
        facts: { text: '' },
        goals: { choice: 'agrees', text: '' },
      },
    });
    expect(lines).toEqual([
      { section: 'interpretation', choice: 'partly', text: MOTHER_WORDS },
      { section: 'goals', choice: 'agrees', text: '' },
    ]);
  });
});

describe('reportCategory', () => {
  const plain = reportVersions[0]!.content;
  it('puts a report on goals, and on health when its text or a reaction speaks of health', () => {
    expect(reportCategory(plain, [])).toBe('goals');
    expect(reportCategory({ ...plain, facts: 'Nieuwe medicatie sinds maart.' }, [])).toBe('health');
    expect(reportCategory(plain, [{ sections: { other: { text: 'Is de therapie gestart?' } } }])).toBe(
      'health',
    );
    const goal = { goalId: 'g', title: 'Naar de tandarts', status: 'active' as const, progress: [] };
    expect(reportCategory({ ...plain, goals: [goal] }, [])).toBe('health');
  });
});

describe('latestParentReactions', () => {
  it('gives each parent shared with in the period their latest reaction, verbatim, with date and source', () => {
    const latest = latestParentReactions(reportVersions, reportReactions, '2025-02-01', '2025-03-15');
    expect(latest.map((entry) => entry.personId)).toEqual([MOTHER, FATHER]);
    const [mother, father] = latest;
    // The report shared with her last (report-c) has no reaction yet: her latest words stay on report-a v2.
    expect(mother!.report).toMatchObject({ reportId: 'report-a', version: 2, kind: 'progress' });
    expect(mother!.reaction).toEqual({
      receivedOn: '2025-03-01',
      source: 'returnedDocument',
      lines: [
        { section: 'interpretation', choice: 'partly', text: MOTHER_WORDS },
        { section: 'goals', choice: 'agrees', text: '' },
      ],
    });
    expect(father!.reaction).toBeUndefined();
    expect(father!.state).toEqual({ kind: 'waiting', dueOn: '2025-03-21', daysLeft: 6 });
  });

  it('leaves out reports shared before the period, the youth, and reactions received after its end', () => {
    const before = latestParentReactions(reportVersions, reportReactions, '2025-01-01', '2025-01-31');
    expect(before.map((entry) => entry.personId)).toEqual([MOTHER, FATHER]);
    expect(before[0]!.reaction?.receivedOn).toBe('2025-01-20');
    const early = latestParentReactions(reportVersions, reportReactions, '2025-01-01', '2025-01-19');
    expect(early[0]!.reaction).toBeUndefined();
    expect(early[0]!.state).toEqual({ kind: 'waiting', dueOn: '2025-02-07', daysLeft: 19 });
    expect(latestParentReactions(reportVersions, reportReactions, '2025-03-16', '2025-06-01')).toEqual([]);
  });

  it('says "geen reactie ontvangen" was recorded for a parent who did not react', () => {
    const latest = latestParentReactions(reportVersions, reportReactions, '2025-01-01', '2025-02-15');
    const father = latest.find((entry) => entry.personId === FATHER)!;
    expect(father.reaction).toBeUndefined();
    expect(father.state).toEqual({ kind: 'noReactionRecorded', on: '2025-02-10' });
  });
});

describe('evaluationLooksBackTo', () => {
  const evaluations = [
    { id: 'ev-1', heldOn: '2024-11-01' },
    { id: 'ev-2', heldOn: '2025-02-01' },
  ];
  it('looks back to the evaluation before, not to itself, else to the placement start', () => {
    const child = { placementStart: '2024-01-15' };
    expect(evaluationLooksBackTo(evaluations, child, '2025-03-15')).toBe('2025-02-01');
    expect(evaluationLooksBackTo(evaluations, child, '2025-02-01', 'ev-2')).toBe('2024-11-01');
    expect(evaluationLooksBackTo(evaluations, child, '2024-11-01', 'ev-1')).toBe('2024-01-15');
  });
});
