// The reports repository: each step audited in its transaction, the first share freezes a version,
// corrections keep the old version with its reactions, reactions are stored verbatim and never edited.
import { describe, expect, it } from 'vitest';
import { ReportRepository } from '../../../src/data/repositories';
import { parseReportSettings, updateReportSettings } from '../../../src/data/reportSettings';
import { generateHome } from '../../../src/data/demo/generateHome';
import { ReportTransitionError, type ReportContent } from '../../../src/domain/reports';
import { latestParentReactions } from '../../../src/domain/reportsShared';
import type { Child, FamilyMember } from '../../../src/domain/types';
import { newTestHome } from './testSession';

const stamp = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };

async function setUp() {
  const home = await newTestHome();
  const { session, repos } = home;
  const by = { createdBy: session.staffId, updatedBy: session.staffId, ...stamp };
  const child: Child = {
    id: 'child-1',
    ...by,
    name: 'Zoë de Vries',
    birthDate: '2012-05-03',
    placementStart: '2025-01-01',
    legalFramework: 'voluntary',
    languages: [],
    mentorAssignments: [],
    contactNormDays: 7,
    evaluationIntervalMonths: 3,
  };
  const parent = (id: string, authority: boolean): FamilyMember => ({
    id,
    ...by,
    childId: child.id,
    kind: 'parent',
    relation: 'mother',
    name: id,
    hasParentalAuthority: authority,
    interpreterNeeded: false,
    receivesReports: true,
  });
  await session.db.children.add(child);
  await session.db.familyMembers.bulkAdd([parent('mother', true), parent('father', true)]);
  const scientist = await repos.staff.create({
    name: 'Gw',
    role: 'behaviouralScientist',
    activeFrom: '2020-01-01',
  });
  let now = new Date('2026-04-01T10:00:00Z');
  const clock = { set: (iso: string) => (now = new Date(iso)) };
  const as = (staffId: string) => new ReportRepository({ db: session.db, staffId, now: () => now });
  const content: ReportContent = {
    kind: 'progress',
    periodFrom: '2026-01-01',
    periodTo: '2026-03-31',
    facts: 'Feiten.',
    youthView: 'Ik wil vaker naar huis.',
    parentsViews: [{ familyMemberId: 'mother', text: 'Ik wil meebeslissen.' }],
    interpretation: 'Duiding.',
    nextSteps: 'Verder.',
    goals: [],
    authorId: session.staffId,
  };
  return { ...home, child, author: as(session.staffId), checker: as(scientist.id), clock, content };
}

describe('report repository', () => {
  it('writes, checks, shares (freezing the version), collects reactions and finalizes, all audited', async () => {
    const { author, checker, clock, content, session } = await setUp();
    const draft = await author.create('child-1', content);
    await expect(author.check(draft.id)).rejects.toMatchObject({ code: 'checkerRole' });
    await checker.check(draft.id);
    clock.set('2026-04-02T10:00:00Z');
    await author.share(draft.id, { personId: 'mother', sharedOn: '2026-04-02', channel: 'email' });
    const shared = await author.share(draft.id, {
      personId: 'father',
      sharedOn: '2026-04-02',
      channel: 'post',
    });
    expect(shared.shares.map((share) => share.reactionDueOn)).toEqual(['2026-04-30', '2026-04-30']);
    const versions = await author.versions(draft.id);
    expect(versions).toHaveLength(1);
    expect(versions[0]!.content.facts).toBe('Feiten.');
    expect(versions[0]!.shares.map((share) => share.personId)).toEqual(['mother', 'father']);
    await expect(author.edit(draft.id, { facts: 'anders' })).rejects.toBeInstanceOf(ReportTransitionError);

    const verbatim = '  Ik ben het NIET eens.\n\tDit klopt niet: "weekend" & <school>  ';
    await author.recordReaction(draft.id, {
      personId: 'mother',
      sections: { facts: { choice: 'disagrees', text: verbatim }, youthView: { text: '' } },
      receivedOn: '2026-04-10',
      source: 'phone',
      staffNote: 'Gebeld door mentor.',
    });
    await expect(author.finalize(draft.id)).rejects.toMatchObject({ code: 'reactionsMissing' });
    await expect(author.recordNoReaction(draft.id, 'father')).rejects.toMatchObject({
      code: 'periodNotPassed',
    });
    clock.set('2026-05-01T10:00:00Z');
    await author.recordNoReaction(draft.id, 'father');
    const final = await author.finalize(draft.id);
    expect(final).toMatchObject({ status: 'final', finalizedOn: '2026-05-01' });

    const reactions = await author.reactions(draft.id);
    expect(reactions.map((r) => [r.personId, r.outcome])).toEqual([
      ['mother', 'reacted'],
      ['father', 'noReaction'],
    ]);
    expect(reactions[0]!.sections).toEqual({ facts: { choice: 'disagrees', text: verbatim } });
    expect(reactions[0]!.staffNote).toBe('Gebeld door mentor.');
    const entries = (
      await session.db.auditLog.where('entity').anyOf('reports', 'reportReactions').toArray()
    ).sort((a, b) => a.seq! - b.seq!);
    expect(entries.filter((e) => e.entity === 'reports').map((e) => e.action)).toEqual([
      'create',
      'update',
      'update',
      'update',
      'update',
    ]);
    expect(entries.filter((e) => e.entity === 'reportReactions')).toHaveLength(2);
    expect(entries.every((e) => e.childId === 'child-1')).toBe(true);
  });

  it('refuses an empty reaction, and stores one of 20 000 characters whole', async () => {
    const { author, checker, content } = await setUp();
    const report = await author.create('child-1', content);
    await checker.check(report.id);
    await author.share(report.id, { personId: 'mother', sharedOn: '2026-04-01', channel: 'email' });
    const received = { personId: 'mother', receivedOn: '2026-04-03', source: 'inWriting' as const };
    await expect(
      author.recordReaction(report.id, {
        ...received,
        sections: { facts: { text: '' }, other: { text: '' } },
      }),
    ).rejects.toMatchObject({ code: 'emptyReaction' });
    expect(await author.reactions(report.id)).toEqual([]);
    const long = `${'Lang verhaal, regel voor regel.\n'.repeat(625)}`.slice(0, 19_999) + '!';
    expect(long).toHaveLength(20_000);
    await author.recordReaction(report.id, { ...received, sections: { other: { text: long } } });
    const [stored] = await author.reactions(report.id);
    expect(stored!.sections.other!.text).toBe(long);
  });

  it('changes only the staff note of a reaction, never the words', async () => {
    const { author, checker, content } = await setUp();
    const report = await author.create('child-1', content);
    await checker.check(report.id);
    await author.share(report.id, { personId: 'mother', sharedOn: '2026-04-01', channel: 'email' });
    const reaction = await author.recordReaction(report.id, {
      personId: 'mother',
      sections: { other: { text: 'Mijn woorden.' } },
      receivedOn: '2026-04-02',
      source: 'inWriting',
    });
    const noted = await author.setStaffNote(reaction.id, 'Notitie');
    expect(noted.sections).toEqual({ other: { text: 'Mijn woorden.' } });
    expect(noted.staffNote).toBe('Notitie');
    expect(Object.keys(author).includes('updateReaction')).toBe(false);
  });

  it('keeps the shared version with its reactions when a correction starts the next', async () => {
    const { author, checker, clock, content } = await setUp();
    const report = await author.create('child-1', content);
    await checker.check(report.id);
    await author.share(report.id, { personId: 'mother', sharedOn: '2026-04-01', channel: 'email' });
    await author.recordReaction(report.id, {
      personId: 'mother',
      sections: { facts: { choice: 'partly', text: 'Deels.' } },
      receivedOn: '2026-04-03',
      source: 'meeting',
    });
    clock.set('2026-04-05T10:00:00Z');
    const corrected = await author.correct(report.id);
    expect(corrected).toMatchObject({ version: 2, status: 'draft', shares: [] });
    const edited = await author.edit(report.id, { facts: 'Gecorrigeerde feiten.' });
    expect(edited.facts).toBe('Gecorrigeerde feiten.');
    await checker.check(report.id);
    await author.share(report.id, { personId: 'mother', sharedOn: '2026-04-06', channel: 'email' });
    const versions = await author.versions(report.id);
    expect(versions.map((v) => [v.version, v.content.facts, v.supersededAt !== undefined])).toEqual([
      [1, 'Feiten.', true],
      [2, 'Gecorrigeerde feiten.', false],
    ]);
    expect(versions[0]!.shares.map((s) => s.sharedOn)).toEqual(['2026-04-01']);
    const reactions = await author.reactions(report.id);
    expect(reactions.map((r) => r.version)).toEqual([1]);
    // Other screens read every shared version of the child with its reactions: the words on version 1
    // stay the mother's latest until she reacts on version 2.
    const shared = await author.sharedByChild('child-1');
    expect(shared.versions.map((v) => v.version).sort()).toEqual([1, 2]);
    const [latest] = latestParentReactions(shared.versions, shared.reactions, '2026-04-01', '2026-04-10');
    expect(latest).toMatchObject({
      personId: 'mother',
      report: { version: 1 },
      reaction: {
        receivedOn: '2026-04-03',
        source: 'meeting',
        lines: [{ section: 'facts', text: 'Deels.' }],
      },
    });
    expect(await author.sharedByChild('child-2')).toEqual({ versions: [], reactions: [] });
  });

  it('uses the reaction period the home set, and deletes only drafts never shared', async () => {
    const { author, checker, content, session } = await setUp();
    await updateReportSettings(session.db, { reactionPeriodWeeks: 2 });
    const report = await author.create('child-1', content);
    await checker.check(report.id);
    const shared = await author.share(report.id, {
      personId: 'mother',
      sharedOn: '2026-04-01',
      channel: 'email',
    });
    expect(shared.shares[0]!.reactionDueOn).toBe('2026-04-15');
    await expect(author.remove(report.id)).rejects.toBeInstanceOf(ReportTransitionError);
    const draft = await author.create('child-1', content);
    await author.remove(draft.id);
    expect(await author.get(draft.id)).toBeUndefined();
  });

  it('lists shared reports and their reactions for the dashboard', async () => {
    const { author, checker, content } = await setUp();
    const report = await author.create('child-1', content);
    await author.create('child-1', content);
    await checker.check(report.id);
    await author.share(report.id, { personId: 'mother', sharedOn: '2026-04-01', channel: 'email' });
    const { reports, reactions } = await author.awaitingReaction();
    expect(reports.map((r) => r.id)).toEqual([report.id]);
    expect(reactions).toEqual([]);
  });
});

describe('report settings', () => {
  it('keeps a whole number of weeks from 1 to 12, and four weeks otherwise', () => {
    expect(parseReportSettings(undefined)).toEqual({ reactionPeriodWeeks: 4 });
    expect(parseReportSettings({ reactionPeriodWeeks: 6 })).toEqual({ reactionPeriodWeeks: 6 });
    for (const weeks of [0, 13, 2.5, '6', null])
      expect(parseReportSettings({ reactionPeriodWeeks: weeks })).toEqual({ reactionPeriodWeeks: 4 });
  });
});

describe('demo reports', () => {
  it('gives the demo home final reports with reactions and recorded absences, and reports waiting and overdue', () => {
    const home = generateHome();
    const statuses = home.reports.map((r) => r.status);
    expect(statuses).toEqual(expect.arrayContaining(['final', 'shared', 'draft']));
    expect(home.reportReactions.map((r) => r.outcome)).toEqual(
      expect.arrayContaining(['reacted', 'noReaction']),
    );
    const shared = home.reports.filter((r) => r.status === 'shared');
    const dues = shared.flatMap((r) => r.shares.map((s) => s.reactionDueOn));
    expect(dues.some((due) => due < '2026-11-24')).toBe(true);
    expect(dues.some((due) => due >= '2026-11-24')).toBe(true);
    for (const report of home.reports.filter((r) => r.status === 'shared' || r.status === 'final'))
      expect(report.shares.length, report.id).toBeGreaterThan(0);
    for (const report of home.reports.filter((r) => r.status === 'shared' || r.status === 'final'))
      expect(home.reportVersions.some((v) => v.reportId === report.id)).toBe(true);
  });
});
