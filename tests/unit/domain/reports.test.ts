// The report state machine (draft → checked → shared → final, corrections as new versions) and the
// reaction clock: who gets the report, when the period ends, and that "no reaction" is never assumed.
import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../src/domain/dates';
import {
  checkReport,
  correctReport,
  editReport,
  finalizeReport,
  reactionDueOn,
  reactionState,
  reportRecipients,
  reportsAwaitingReaction,
  shareReport,
  assertReactionAllowed,
  goalsOfPeriod,
  canonicalReportText,
  ReportTransitionError,
  type Report,
  type ReportReaction,
} from '../../../src/domain/reports';
import type { FamilyMember } from '../../../src/domain/types';
import { aChild } from './builders';

const author = { id: 'staff-mentor', role: 'mentor' as const };
const scientist = { id: 'staff-gw', role: 'behaviouralScientist' as const };

function aReport(overrides: Partial<Report> = {}): Report {
  return {
    id: 'report-1',
    childId: 'child-1',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    createdBy: author.id,
    updatedBy: author.id,
    kind: 'progress',
    periodFrom: '2026-01-01',
    periodTo: '2026-03-31',
    facts: 'Zoë ging elke dag naar school.',
    youthView: '',
    parentsViews: [],
    interpretation: 'Het gaat beter.',
    nextSteps: '',
    goals: [],
    authorId: author.id,
    status: 'draft',
    version: 1,
    shares: [],
    ...overrides,
  };
}

function aParent(id: string, hasParentalAuthority = true): FamilyMember {
  return {
    id,
    childId: 'child-1',
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    createdBy: 'x',
    updatedBy: 'x',
    kind: 'parent',
    relation: 'mother',
    name: `Ouder ${id}`,
    hasParentalAuthority,
    interpreterNeeded: false,
    receivesReports: true,
  };
}

const child = aChild({ id: 'child-1', birthDate: '2014-05-03' });
const parents = [aParent('mother'), aParent('father'), aParent('stepfather', false)];

function reaction(personId: string, overrides: Partial<ReportReaction> = {}): ReportReaction {
  return {
    id: `reaction-${personId}`,
    createdAt: '2026-04-10T09:00:00.000Z',
    updatedAt: '2026-04-10T09:00:00.000Z',
    createdBy: author.id,
    updatedBy: author.id,
    reportId: 'report-1',
    childId: 'child-1',
    version: 1,
    personId,
    personKind: 'parent',
    outcome: 'reacted',
    sections: { facts: { choice: 'agrees', text: 'Klopt.' } },
    receivedOn: '2026-04-10',
    source: 'phone',
    ...overrides,
  };
}

const code = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ReportTransitionError) return error.code;
    throw error;
  }
  return 'allowed';
};

function sharedReport(): Report {
  const recipients = reportRecipients(child, parents, '2026-04-02');
  const checked = checkReport(aReport(), scientist, '2026-04-01');
  return shareReport(
    checked,
    { personId: 'mother', sharedOn: '2026-04-02', channel: 'email', sharedBy: author.id },
    recipients,
  );
}

describe('report state machine', () => {
  it('goes draft → checked → shared → final along the allowed path', () => {
    const shared = sharedReport();
    expect(shared.status).toBe('shared');
    expect(shared.shares).toEqual([
      {
        personId: 'mother',
        personKind: 'parent',
        sharedOn: '2026-04-02',
        channel: 'email',
        sharedBy: author.id,
        reactionDueOn: '2026-04-30',
      },
    ]);
    const final = finalizeReport(shared, [reaction('mother')], '2026-05-01', author.id);
    expect(final).toMatchObject({ status: 'final', finalizedOn: '2026-05-01', finalizedBy: author.id });
  });

  it('lets only a gedragswetenschapper who did not write it check a complete draft', () => {
    expect(code(() => checkReport(aReport(), author, '2026-04-01'))).toBe('checkerRole');
    expect(code(() => checkReport(aReport({ authorId: scientist.id }), scientist, '2026-04-01'))).toBe(
      'checkerIsAuthor',
    );
    expect(code(() => checkReport(aReport({ facts: '  ' }), scientist, '2026-04-01'))).toBe('incomplete');
    expect(code(() => checkReport(aReport({ kind: 'custom' }), scientist, '2026-04-01'))).toBe('incomplete');
    expect(code(() => checkReport(aReport({ periodTo: '2025-12-31' }), scientist, '2026-04-01'))).toBe(
      'periodInvalid',
    );
    expect(checkReport(aReport(), scientist, '2026-04-01')).toMatchObject({
      status: 'checked',
      checkedBy: scientist.id,
      checkedOn: '2026-04-01',
    });
  });

  it('refuses illegal transitions', () => {
    const draft = aReport();
    const checked = checkReport(draft, scientist, '2026-04-01');
    const shared = sharedReport();
    const recipients = reportRecipients(child, parents, '2026-04-02');
    const share = { personId: 'father', sharedOn: '2026-04-02', channel: 'post' as const, sharedBy: 'x' };
    expect(code(() => shareReport(draft, share, recipients))).toBe('notCheckedYet');
    expect(code(() => checkReport(checked, scientist, '2026-04-01'))).toBe('notDraft');
    expect(code(() => checkReport(shared, scientist, '2026-04-01'))).toBe('notDraft');
    expect(code(() => finalizeReport(draft, [], '2026-04-01', 'x'))).toBe('notShared');
    expect(code(() => finalizeReport(checked, [], '2026-04-01', 'x'))).toBe('notShared');
    expect(code(() => editReport(shared, { facts: 'anders' }))).toBe('notEditable');
    expect(code(() => correctReport(draft))).toBe('notCorrectable');
    expect(code(() => correctReport(checked))).toBe('notCorrectable');
    const final = finalizeReport(shared, [reaction('mother')], '2026-05-01', 'x');
    expect(code(() => editReport(final, { facts: 'anders' }))).toBe('notEditable');
    expect(code(() => shareReport(final, share, recipients))).toBe('notCheckedYet');
    expect(code(() => finalizeReport(final, [reaction('mother')], '2026-05-01', 'x'))).toBe('notShared');
  });

  it('shares only with recipients, once each, not before the check', () => {
    const shared = sharedReport();
    const recipients = reportRecipients(child, parents, '2026-04-02');
    const by = { sharedOn: '2026-04-03', channel: 'meeting' as const, sharedBy: 'x' };
    expect(code(() => shareReport(shared, { personId: 'mother', ...by }, recipients))).toBe('alreadyShared');
    expect(code(() => shareReport(shared, { personId: 'stepfather', ...by }, recipients))).toBe(
      'notARecipient',
    );
    const checked = checkReport(aReport(), scientist, '2026-04-01');
    expect(
      code(() => shareReport(checked, { ...by, personId: 'mother', sharedOn: '2026-03-31' }, recipients)),
    ).toBe('shareBeforeCheck');
    const both = shareReport(shared, { personId: 'father', ...by }, recipients);
    expect(both.shares.map((s) => s.personId)).toEqual(['mother', 'father']);
  });

  it('sends an edited checked report back to draft: the check was of another text', () => {
    const checked = checkReport(aReport(), scientist, '2026-04-01');
    const edited = editReport(checked, { facts: 'Nieuw feit.' });
    expect(edited).toMatchObject({ status: 'draft', facts: 'Nieuw feit.', checkedBy: undefined });
  });

  it('does not finalize while someone has neither reacted nor had their absence recorded', () => {
    const recipients = reportRecipients(child, parents, '2026-04-02');
    const both = shareReport(
      sharedReport(),
      { personId: 'father', sharedOn: '2026-04-02', channel: 'post', sharedBy: 'x' },
      recipients,
    );
    expect(code(() => finalizeReport(both, [reaction('mother')], '2026-05-01', 'x'))).toBe(
      'reactionsMissing',
    );
    const absence = reaction('father', { outcome: 'noReaction', sections: {}, receivedOn: '2026-05-01' });
    expect(finalizeReport(both, [reaction('mother'), absence], '2026-05-01', 'x').status).toBe('final');
    // A reaction on an older version does not count for this one.
    expect(
      code(() =>
        finalizeReport(both, [reaction('mother'), reaction('father', { version: 0 })], '2026-05-01', 'x'),
      ),
    ).toBe('reactionsMissing');
  });

  it('makes a correction a new draft version without shares or check', () => {
    const corrected = correctReport(sharedReport());
    expect(corrected).toMatchObject({ status: 'draft', version: 2, shares: [], checkedBy: undefined });
    expect(corrected.facts).toBe('Zoë ging elke dag naar school.');
  });
});

describe('reactions', () => {
  it('records "geen reactie ontvangen" only after the period passed, never over a reaction', () => {
    const shared = sharedReport(); // due 2026-04-30
    const absence = (on: string) => ({
      personId: 'mother',
      outcome: 'noReaction' as const,
      receivedOn: on,
      sections: {},
    });
    expect(code(() => assertReactionAllowed(shared, absence('2026-04-30'), []))).toBe('periodNotPassed');
    expect(code(() => assertReactionAllowed(shared, absence('2026-05-01'), []))).toBe('allowed');
    expect(code(() => assertReactionAllowed(shared, absence('2026-05-01'), [reaction('mother')]))).toBe(
      'alreadyAnswered',
    );
  });

  it('refuses an empty reaction, one before the share, and one from someone not shared with', () => {
    const shared = sharedReport();
    const base = { personId: 'mother', outcome: 'reacted' as const, receivedOn: '2026-04-05' };
    expect(
      code(() => assertReactionAllowed(shared, { ...base, sections: { facts: { text: ' ' } } }, [])),
    ).toBe('emptyReaction');
    expect(
      code(() =>
        assertReactionAllowed(
          shared,
          { ...base, receivedOn: '2026-04-01', sections: { facts: { text: 'x' } } },
          [],
        ),
      ),
    ).toBe('reactionBeforeShare');
    expect(
      code(() =>
        assertReactionAllowed(
          shared,
          { ...base, personId: 'father', sections: { facts: { text: 'x' } } },
          [],
        ),
      ),
    ).toBe('notARecipient');
    expect(
      code(() =>
        assertReactionAllowed(shared, { ...base, sections: { facts: { choice: 'partly', text: '' } } }, []),
      ),
    ).toBe('allowed');
    expect(
      code(() => assertReactionAllowed(aReport(), { ...base, sections: { facts: { text: 'x' } } }, [])),
    ).toBe('notShared');
  });
});

describe('reaction clock', () => {
  const share = (sharedOn: string) => ({ personId: 'mother', reactionDueOn: reactionDueOn(sharedOn) });

  it('gives four weeks by default, and the period the home sets', () => {
    expect(reactionDueOn('2026-04-02')).toBe('2026-04-30');
    expect(reactionDueOn('2026-04-02', 14)).toBe('2026-04-16');
  });

  it('counts from a share on the 31st across short months and the year end', () => {
    expect(reactionDueOn('2026-01-31')).toBe('2026-02-28');
    expect(reactionDueOn('2028-01-31')).toBe('2028-02-28');
    expect(reactionDueOn('2026-12-31')).toBe('2027-01-28');
    expect(reactionDueOn('2026-03-31')).toBe('2026-04-28');
  });

  it('counts whole days across the change to and from summer time', () => {
    // 29 March and 25 October 2026 are the Dutch clock changes.
    expect(reactionDueOn('2026-03-20')).toBe('2026-04-17');
    expect(reactionState(share('2026-03-20'), 1, [], '2026-03-29')).toEqual({
      kind: 'waiting',
      dueOn: '2026-04-17',
      daysLeft: 19,
    });
    expect(reactionState(share('2026-10-01'), 1, [], '2026-10-26')).toEqual({
      kind: 'waiting',
      dueOn: '2026-10-29',
      daysLeft: 3,
    });
    // Just after midnight on the night the clocks go forward it is already that calendar day.
    const afterMidnight = toIsoDate(new Date(2026, 2, 29, 0, 30));
    expect(afterMidnight).toBe('2026-03-29');
  });

  it('is waiting through the due day (0 days left) and passed the day after', () => {
    expect(reactionState(share('2026-04-02'), 1, [], '2026-04-02')).toMatchObject({
      kind: 'waiting',
      daysLeft: 28,
    });
    expect(reactionState(share('2026-04-02'), 1, [], '2026-04-30')).toMatchObject({
      kind: 'waiting',
      daysLeft: 0,
    });
    expect(reactionState(share('2026-04-02'), 1, [], '2026-05-01')).toEqual({
      kind: 'periodPassed',
      dueOn: '2026-04-30',
      daysOver: 1,
    });
  });

  it('never assumes no reaction: a passed period stays passed until the absence is recorded', () => {
    const late = '2026-09-01';
    expect(reactionState(share('2026-04-02'), 1, [], late).kind).toBe('periodPassed');
    const absence = reaction('mother', { outcome: 'noReaction', sections: {}, receivedOn: '2026-05-02' });
    expect(reactionState(share('2026-04-02'), 1, [absence], late)).toEqual({
      kind: 'noReactionRecorded',
      on: '2026-05-02',
    });
    const lateReaction = reaction('mother', {
      receivedOn: '2026-05-10',
      createdAt: '2026-05-10T10:00:00.000Z',
    });
    expect(reactionState(share('2026-04-02'), 1, [absence, lateReaction], late)).toEqual({
      kind: 'reacted',
      on: '2026-05-10',
      late: true,
    });
  });

  it('lists passed periods first, then waiting ones by days left, for shared reports only', () => {
    const reports = [
      {
        id: 'a',
        childId: 'c1',
        status: 'shared' as const,
        version: 1,
        shares: [
          {
            ...share('2026-04-02'),
            personKind: 'parent' as const,
            sharedOn: '2026-04-02',
            channel: 'email' as const,
            sharedBy: 'x',
          },
        ],
      },
      {
        id: 'b',
        childId: 'c2',
        status: 'shared' as const,
        version: 1,
        shares: [
          {
            ...share('2026-03-01'),
            personKind: 'parent' as const,
            sharedOn: '2026-03-01',
            channel: 'email' as const,
            sharedBy: 'x',
          },
        ],
      },
      {
        id: 'c',
        childId: 'c3',
        status: 'final' as const,
        version: 1,
        shares: [
          {
            ...share('2026-03-01'),
            personKind: 'parent' as const,
            sharedOn: '2026-03-01',
            channel: 'email' as const,
            sharedBy: 'x',
          },
        ],
      },
    ];
    const items = reportsAwaitingReaction(reports, [], '2026-04-10');
    expect(items.map((item) => [item.reportId, item.state.kind])).toEqual([
      ['b', 'periodPassed'],
      ['a', 'waiting'],
    ]);
  });
});

describe('who the report is shared with', () => {
  it('includes every parent with authority, not a parent without', () => {
    const recipients = reportRecipients({ ...child, birthDate: '2020-01-01' }, parents, '2026-04-02');
    expect(recipients.map((r) => r.personId)).toEqual(['mother', 'father']);
  });

  it('includes the youth from their 12th birthday, judged on the share date', () => {
    // Turns 12 on 3 May 2026, in the middle of a period January–June.
    const ids = (on: string) => reportRecipients(child, parents, on).map((r) => r.personId);
    expect(ids('2026-05-02')).not.toContain('child-1');
    expect(ids('2026-05-03')).toContain('child-1');
    const checked = checkReport(aReport({ periodTo: '2026-06-30' }), scientist, '2026-04-01');
    const youth = { personId: 'child-1', channel: 'meeting' as const, sharedBy: 'x' };
    expect(
      code(() =>
        shareReport(
          checked,
          { ...youth, sharedOn: '2026-05-02' },
          reportRecipients(child, parents, '2026-05-02'),
        ),
      ),
    ).toBe('notARecipient');
    const shared = shareReport(
      checked,
      { ...youth, sharedOn: '2026-05-03' },
      reportRecipients(child, parents, '2026-05-03'),
    );
    expect(shared.shares[0]).toMatchObject({ personId: 'child-1', personKind: 'youth' });
  });
});

describe('report content', () => {
  it('pulls the goals of the period with the progress noted within it', () => {
    const goals = [
      {
        id: 'g1',
        title: 'Naar school',
        status: 'active' as const,
        createdAt: '2025-12-01T09:00:00Z',
        progressNotes: [
          { on: '2026-02-01', text: 'Elke dag.', by: 'x' },
          { on: '2025-12-15', text: 'Eerder.', by: 'x' },
        ],
      },
      {
        id: 'g2',
        title: 'Oud doel',
        status: 'achieved' as const,
        createdAt: '2025-01-01T09:00:00Z',
        progressNotes: [],
      },
      {
        id: 'g3',
        title: 'Later',
        status: 'active' as const,
        createdAt: '2026-05-01T09:00:00Z',
        progressNotes: [],
      },
    ];
    expect(goalsOfPeriod(goals, '2026-01-01', '2026-03-31')).toEqual([
      {
        goalId: 'g1',
        title: 'Naar school',
        status: 'active',
        progress: [{ on: '2026-02-01', text: 'Elke dag.' }],
      },
    ]);
  });

  it('gives the same canonical text whatever the key order, and another for another text', () => {
    const report = aReport();
    const reordered = Object.fromEntries(Object.entries(report).reverse()) as unknown as Report;
    expect(canonicalReportText(reordered)).toBe(canonicalReportText(report));
    expect(canonicalReportText({ ...report, facts: 'anders' })).not.toBe(canonicalReportText(report));
    // Status and shares are not part of the frozen text.
    expect(canonicalReportText(sharedReport())).toBe(canonicalReportText(report));
  });
});
