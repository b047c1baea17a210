// Which family members count for the contact norm, and the dashboard using only those contacts.
import { describe, expect, it } from 'vitest';
import { contactNormMemberIds, countsForContactNorm, isNormContact } from '../../../src/domain/contacts';
import { buildDashboard } from '../../../src/domain/dashboard';
import type { FamilyMember } from '../../../src/domain/types';
import { aChild, aContact, anAgreement, anEvaluation, aStaffMember } from './builders';

const member = (id: string, kind: FamilyMember['kind']) => ({ id, kind });

describe('countsForContactNorm', () => {
  const child = aChild();

  it('counts parents and carers, with or without authority, by default', () => {
    expect(countsForContactNorm(member('mother', 'parent'), child)).toBe(true);
  });

  it('does not count network members or professionals by default', () => {
    expect(countsForContactNorm(member('friend', 'network'), child)).toBe(false);
    expect(countsForContactNorm(member('guardian', 'professional'), child)).toBe(false);
  });

  it('follows the choice made for this child, both ways', () => {
    const configured = aChild({ contactNormMembers: { grandma: true, father: false } });
    expect(countsForContactNorm(member('grandma', 'network'), configured)).toBe(true);
    expect(countsForContactNorm(member('father', 'parent'), configured)).toBe(false);
    expect(countsForContactNorm(member('mother', 'parent'), configured)).toBe(true);
  });

  it('finds contacts with at least one counted person', () => {
    const ids = contactNormMemberIds([member('mother', 'parent'), member('coach', 'network')], child);
    expect([...ids]).toEqual(['mother']);
    expect(isNormContact({ familyMemberIds: ['coach'] }, ids)).toBe(false);
    expect(isNormContact({ familyMemberIds: ['coach', 'mother'] }, ids)).toBe(true);
    expect(isNormContact({ familyMemberIds: [] }, ids)).toBe(false);
  });
});

describe('buildDashboard: contact norm and what is overdue', () => {
  const today = '2026-11-24';
  const staff = [aStaffMember({ id: 'staff-0' })];
  const child = aChild({ placementStart: '2025-01-10' });
  const evaluation = anEvaluation(child, '2026-10-01');

  it('marks the family overdue when the only recent contact was with someone who does not count', () => {
    const withCoach = aContact(child, '2026-11-22', { familyMemberIds: ['coach'] });
    const withMother = aContact(child, '2026-11-01', { familyMemberIds: ['mother'] });
    const items = buildDashboard({
      children: [child],
      contacts: [withCoach, withMother],
      normContacts: [withMother],
      agreements: [],
      evaluations: [evaluation],
      staff,
      today,
    });
    expect(items.map((item) => item.kind)).toEqual(['contactOverdue']);
    expect(items[0]).toMatchObject({ lastContactOn: '2026-11-01' });
  });

  it('lists goals past their target date as overdue and agreements without a review date', () => {
    const contact = aContact(child, '2026-11-22');
    const items = buildDashboard({
      children: [child],
      contacts: [contact],
      agreements: [
        anAgreement({ id: 'no-review', childId: child.id }),
        anAgreement({ id: 'with-review', childId: child.id, reviewOn: '2027-02-01' }),
        anAgreement({ id: 'ended', childId: child.id, status: 'ended' }),
      ],
      goals: [
        { ...goal('late', child.id), targetDate: '2026-11-01' },
        { ...goal('today', child.id), targetDate: today },
        { ...goal('achieved', child.id), targetDate: '2026-10-01', status: 'achieved' },
      ],
      evaluations: [evaluation],
      staff,
      today,
    });
    expect(items.map((item) => [item.kind, item.urgency])).toEqual([
      ['goalPastTarget', 'overdue'],
      ['noReviewDate', 'attention'],
    ]);
    expect(items[0]).toMatchObject({ goalId: 'late', date: '2026-11-01' });
    expect(items[1]).toMatchObject({ agreementId: 'no-review' });
  });
});

function goal(id: string, childId: string) {
  return {
    id,
    childId,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    createdBy: 'staff-0',
    updatedBy: 'staff-0',
    title: 'Zelf naar school fietsen',
    status: 'active' as const,
    progressNotes: [],
  };
}
