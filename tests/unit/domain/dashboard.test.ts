// The dashboard: what needs attention today, most urgent first.
import { describe, expect, it } from 'vitest';
import { buildDashboard, type DashboardInput } from '../../../src/domain/dashboard';
import { generateHome } from '../../../src/data/demo/generateHome';
import { aChild, aContact, aFollowUp, anAgreement, anEvaluation, aStaffMember } from './builders';

const today = '2026-11-24';
const mentor = aStaffMember({ id: 'staff-0' });

function input(overrides: Partial<DashboardInput>): DashboardInput {
  return {
    children: [],
    contacts: [],
    agreements: [],
    evaluations: [],
    staff: [mentor],
    today,
    ...overrides,
  };
}

/** A settled child: placed long ago, recent contact and evaluation, so it shows nothing by itself. */
function settledChild(overrides: Parameters<typeof aChild>[0] = {}) {
  const child = aChild({ placementStart: '2025-01-10', ...overrides });
  return { child, contact: aContact(child, '2026-11-22'), evaluation: anEvaluation(child, '2026-10-01') };
}

describe('buildDashboard', () => {
  it('shows nothing for a child that is on track', () => {
    const { child, contact, evaluation } = settledChild();
    expect(
      buildDashboard(input({ children: [child], contacts: [contact], evaluations: [evaluation] })),
    ).toEqual([]);
  });

  it('shows an overdue and a due contact with their due dates', () => {
    const late = settledChild();
    const soon = settledChild();
    const items = buildDashboard(
      input({
        children: [late.child, soon.child],
        contacts: [aContact(late.child, '2026-11-10'), aContact(soon.child, '2026-11-18')],
        evaluations: [late.evaluation, soon.evaluation],
      }),
    );
    expect(items).toEqual([
      {
        kind: 'contactOverdue',
        childId: late.child.id,
        date: '2026-11-17',
        urgency: 'overdue',
        lastContactOn: '2026-11-10',
        daysSinceLast: 14,
      },
      {
        kind: 'contactDue',
        childId: soon.child.id,
        date: '2026-11-25',
        urgency: 'due',
        lastContactOn: '2026-11-18',
        daysSinceLast: 6,
      },
    ]);
  });

  it('shows agreements due for review, overdue when the date has passed', () => {
    const { child, contact, evaluation } = settledChild();
    const past = anAgreement({ childId: child.id, reviewOn: '2026-11-01' });
    const onDay = anAgreement({ childId: child.id, reviewOn: today });
    const ended = anAgreement({ childId: child.id, reviewOn: '2026-11-01', status: 'ended' });
    const items = buildDashboard(
      input({
        children: [child],
        contacts: [contact],
        evaluations: [evaluation],
        agreements: [onDay, ended, past],
      }),
    );
    expect(items.map((i) => [i.kind, i.urgency, 'agreementId' in i && i.agreementId])).toEqual([
      ['reviewDue', 'overdue', past.id],
      ['reviewDue', 'due', onDay.id],
    ]);
  });

  it('shows an evaluation due within 14 days and an overdue one', () => {
    const soon = settledChild();
    const late = settledChild();
    const items = buildDashboard(
      input({
        children: [soon.child, late.child],
        contacts: [soon.contact, late.contact],
        evaluations: [anEvaluation(soon.child, '2026-09-05'), anEvaluation(late.child, '2026-08-01')],
      }),
    );
    expect(items).toEqual([
      {
        kind: 'evaluationDue',
        childId: late.child.id,
        date: '2026-11-01',
        urgency: 'overdue',
        overdue: true,
      },
      { kind: 'evaluationDue', childId: soon.child.id, date: '2026-12-05', urgency: 'due', overdue: false },
    ]);
  });

  it('shows open follow-ups, overdue ones as overdue', () => {
    const { child, evaluation } = settledChild();
    const late = aFollowUp({ dueOn: '2026-11-20' });
    const later = aFollowUp({ dueOn: '2026-12-01' });
    const done = aFollowUp({ dueOn: '2026-11-20', done: true, doneOn: '2026-11-21' });
    const contact = aContact(child, '2026-11-22', { followUps: [later, late, done] });
    const items = buildDashboard(
      input({ children: [child], contacts: [contact], evaluations: [evaluation] }),
    );
    expect(items).toEqual([
      {
        kind: 'followUpOpen',
        childId: child.id,
        contactId: contact.id,
        followUpId: late.id,
        ownerStaffId: 'staff-0',
        date: '2026-11-20',
        urgency: 'overdue',
        overdue: true,
      },
      {
        kind: 'followUpOpen',
        childId: child.id,
        contactId: contact.id,
        followUpId: later.id,
        ownerStaffId: 'staff-0',
        date: '2026-12-01',
        urgency: 'attention',
        overdue: false,
      },
    ]);
  });

  it('flags a child without contact person, or whose contact person has left', () => {
    const none = settledChild({ contactPersonId: undefined });
    const left = settledChild({ contactPersonId: 'staff-gone' });
    const gone = aStaffMember({ id: 'staff-gone', activeTo: '2026-10-01' });
    const items = buildDashboard(
      input({
        children: [none.child, left.child],
        contacts: [none.contact, left.contact],
        evaluations: [none.evaluation, left.evaluation],
        staff: [mentor, gone],
      }),
    );
    expect(items.map((i) => i.kind === 'noContactPerson' && [i.childId, i.reason])).toEqual([
      [none.child.id, 'missing'],
      [left.child.id, 'inactive'],
    ]);
  });

  it('lists missing starter topics only for new placements', () => {
    const newChild = aChild({ placementStart: '2026-11-01' });
    const { child: oldChild, contact, evaluation } = settledChild();
    const agreements = [anAgreement({ childId: newChild.id, topic: 'bedtimes' })];
    const items = buildDashboard(
      input({
        children: [newChild, oldChild],
        contacts: [aContact(newChild, '2026-11-23'), contact],
        evaluations: [evaluation],
        agreements,
      }),
    );
    const missing = items.filter((i) => i.kind === 'missingStarterTopics');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ childId: newChild.id, date: '2026-11-01', urgency: 'attention' });
    expect(missing[0]?.kind === 'missingStarterTopics' && missing[0].topics).not.toContain('bedtimes');
  });

  it('leaves out children whose placement has ended or not started', () => {
    const ended = aChild({
      placementStart: '2025-01-01',
      placementEndedOn: '2026-11-01',
      contactPersonId: undefined,
    });
    const future = aChild({ placementStart: '2026-12-01', contactPersonId: undefined });
    const agreements = [anAgreement({ childId: ended.id, reviewOn: '2026-10-01' })];
    const contacts = [aContact(ended, '2026-10-01', { followUps: [aFollowUp({ dueOn: '2026-10-05' })] })];
    expect(buildDashboard(input({ children: [ended, future], agreements, contacts }))).toEqual([]);
  });

  it('sorts overdue before due before attention, then by date', () => {
    const a = settledChild({ contactPersonId: undefined });
    const b = settledChild();
    const items = buildDashboard(
      input({
        children: [a.child, b.child],
        contacts: [aContact(a.child, '2026-11-19'), aContact(b.child, '2026-11-05')],
        evaluations: [anEvaluation(a.child, '2026-08-20'), b.evaluation],
        agreements: [anAgreement({ childId: a.child.id, reviewOn: '2026-10-30' })],
      }),
    );
    expect(items.map((i) => [i.kind, i.urgency, i.date])).toEqual([
      ['reviewDue', 'overdue', '2026-10-30'],
      ['contactOverdue', 'overdue', '2026-11-12'],
      ['evaluationDue', 'overdue', '2026-11-20'],
      ['contactDue', 'due', '2026-11-26'],
      ['noContactPerson', 'attention', '2025-01-10'],
    ]);
  });

  it('gives a stable, plausible dashboard for the generated home', () => {
    const home = generateHome();
    const items = buildDashboard({ ...home, today });
    const ended = new Set(home.children.filter((c) => c.placementEndedOn).map((c) => c.id));
    expect(items.some((i) => ended.has(i.childId))).toBe(false);
    expect(items.some((i) => i.kind === 'contactOverdue')).toBe(true);
    expect(items.some((i) => i.kind === 'noContactPerson')).toBe(true);
    expect(items.some((i) => i.kind === 'missingStarterTopics')).toBe(true);
    expect(items.some((i) => i.kind === 'reviewDue')).toBe(true);
    expect(buildDashboard({ ...home, today })).toEqual(items);
  });
});
