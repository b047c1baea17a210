// The contact norm: on track, due, overdue, and open follow-ups.
import { describe, expect, it } from 'vitest';
import { contactStatus, lastContactOn, openFollowUps } from '../../../src/domain/contacts';
import { aChild, aContact, aFollowUp } from './builders';

const child = aChild({ placementStart: '2026-01-05', contactNormDays: 7 });
const withContactOn = (on: string) => [aContact(child, on)];

describe('contactStatus', () => {
  it('is on track while more than three days remain', () => {
    const status = contactStatus(withContactOn('2026-11-01'), child, '2026-11-05');
    expect(status).toEqual({
      status: 'onTrack',
      lastContactOn: '2026-11-01',
      dueOn: '2026-11-08',
      daysSinceLast: 4,
    });
  });

  it('becomes due two days before the due day', () => {
    expect(contactStatus(withContactOn('2026-11-01'), child, '2026-11-05').status).toBe('onTrack');
    expect(contactStatus(withContactOn('2026-11-01'), child, '2026-11-06').status).toBe('due');
  });

  it('is due, not overdue, on exactly the 7th day after the last contact', () => {
    const status = contactStatus(withContactOn('2026-11-01'), child, '2026-11-08');
    expect(status.status).toBe('due');
    expect(status.daysSinceLast).toBe(7);
  });

  it('marks contact overdue on the 8th day without contact', () => {
    const status = contactStatus(withContactOn('2026-11-01'), child, '2026-11-09');
    expect(status).toMatchObject({ status: 'overdue', dueOn: '2026-11-08', daysSinceLast: 8 });
  });

  it('counts from the latest of several contacts, in any order', () => {
    const contacts = [
      aContact(child, '2026-11-03'),
      aContact(child, '2026-10-20'),
      aContact(child, '2026-11-01'),
    ];
    expect(contactStatus(contacts, child, '2026-11-06')).toMatchObject({
      lastContactOn: '2026-11-03',
      status: 'onTrack',
    });
  });

  it('counts from the placement start when there is no contact yet', () => {
    const newChild = aChild({ placementStart: '2026-11-10' });
    expect(contactStatus([], newChild, '2026-11-14')).toEqual({
      status: 'onTrack',
      dueOn: '2026-11-17',
      daysSinceLast: 4,
    });
    expect(contactStatus([], newChild, '2026-11-18').status).toBe('overdue');
  });

  it('does not count a contact from before the placement started', () => {
    const newChild = aChild({ placementStart: '2026-11-10' });
    const intake = [aContact(newChild, '2026-10-01')];
    expect(contactStatus(intake, newChild, '2026-11-12')).toMatchObject({
      status: 'onTrack',
      dueOn: '2026-11-17',
    });
  });

  it('ignores contacts dated after today', () => {
    const contacts = [aContact(child, '2026-11-01'), aContact(child, '2026-11-20')];
    expect(contactStatus(contacts, child, '2026-11-10')).toMatchObject({
      status: 'overdue',
      lastContactOn: '2026-11-01',
    });
  });

  it('ignores contacts of other children', () => {
    const other = aChild();
    const contacts = [aContact(child, '2026-11-01'), aContact(other, '2026-11-09')];
    expect(contactStatus(contacts, child, '2026-11-10').status).toBe('overdue');
  });

  it('follows a 14-day norm', () => {
    const fortnightly = aChild({ contactNormDays: 14 });
    const contacts = [aContact(fortnightly, '2026-11-01')];
    expect(contactStatus(contacts, fortnightly, '2026-11-12').status).toBe('onTrack');
    expect(contactStatus(contacts, fortnightly, '2026-11-15').status).toBe('due');
    expect(contactStatus(contacts, fortnightly, '2026-11-16').status).toBe('overdue');
  });

  it('is not applicable once the placement has ended, from the end day on', () => {
    const ended = aChild({ placementEndedOn: '2026-11-05' });
    expect(contactStatus([aContact(ended, '2026-10-01')], ended, '2026-11-05').status).toBe('notApplicable');
    expect(contactStatus([aContact(ended, '2026-10-01')], ended, '2026-11-04').status).toBe('overdue');
  });

  it('is not applicable before the placement starts', () => {
    const future = aChild({ placementStart: '2026-12-01' });
    expect(contactStatus([], future, '2026-11-24')).toEqual({
      status: 'notApplicable',
      dueOn: '2026-12-08',
      daysSinceLast: 0,
    });
  });
});

describe('lastContactOn', () => {
  it('uses the local date of the contact moment', () => {
    const contact = aContact(child, '2026-11-01', { at: new Date(2026, 10, 1, 23, 30).toISOString() });
    expect(lastContactOn([contact], child.id, '2026-11-24')).toBe('2026-11-01');
  });
});

describe('openFollowUps', () => {
  it('lists follow-ups not done, overdue ones first, then by due date, undated last', () => {
    const today = '2026-11-24';
    const late = aFollowUp({ text: 'late', dueOn: '2026-11-20' });
    const dueToday = aFollowUp({ text: 'today', dueOn: today });
    const later = aFollowUp({ text: 'later', dueOn: '2026-11-30' });
    const undated = aFollowUp({ text: 'undated' });
    const done = aFollowUp({ text: 'done', dueOn: '2026-11-01', done: true, doneOn: '2026-11-02' });
    const contacts = [
      aContact(child, '2026-11-10', { followUps: [undated, later] }),
      aContact(child, '2026-11-15', { followUps: [done, dueToday, late] }),
    ];
    const open = openFollowUps(contacts, today);
    expect(open.map((item) => [item.followUp.text, item.overdue])).toEqual([
      ['late', true],
      ['today', false],
      ['later', false],
      ['undated', false],
    ]);
    expect(open[0]).toMatchObject({ contactId: contacts[1]?.id, childId: child.id });
  });

  it('returns nothing when everything is done', () => {
    const contacts = [
      aContact(child, '2026-11-10', { followUps: [aFollowUp({ done: true, doneOn: '2026-11-11' })] }),
    ];
    expect(openFollowUps(contacts, '2026-11-24')).toEqual([]);
  });
});
