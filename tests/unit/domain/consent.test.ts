// Consent per category of information: the basis to share, who may consent, which category an item is.
import { describe, expect, it } from 'vitest';
import {
  agreementCategory,
  categoriesWithoutBasis,
  consentGivers,
  familyMemberCategory,
  goalCategory,
  sharingBasis,
} from '../../../src/domain/consent';
import type { FamilyMember, Handover } from '../../../src/domain/types';
import { aChild } from './builders';

const consent: Pick<Handover, 'consent'> = {
  consent: {
    reason: { parentsConsent: true },
    health: { parentsConsent: false, legalGround: 'Art. 7.3.11 Jeugdwet' },
    school: { parentsConsent: false, legalGround: '   ' },
  },
};

const member = (fields: Partial<FamilyMember> & Pick<FamilyMember, 'id' | 'relation'>): FamilyMember => ({
  createdAt: '',
  updatedAt: '',
  createdBy: '',
  updatedBy: '',
  childId: 'child-1',
  kind: 'parent',
  name: fields.id,
  hasParentalAuthority: false,
  interpreterNeeded: false,
  receivesReports: false,
  ...fields,
});

describe('sharingBasis', () => {
  it('shares a category the parents consented to', () => {
    expect(sharingBasis(consent, 'reason', {})).toEqual({ kind: 'consent' });
  });

  it('shares without consent only on a recorded legal ground that staff confirmed', () => {
    expect(sharingBasis(consent, 'health', {})).toBeUndefined();
    expect(sharingBasis(consent, 'health', { health: true })).toEqual({
      kind: 'legalGround',
      legalGround: 'Art. 7.3.11 Jeugdwet',
    });
  });

  it('never shares on a blank legal ground or without any consent record', () => {
    expect(sharingBasis(consent, 'school', { school: true })).toBeUndefined();
    expect(sharingBasis(consent, 'goals', { goals: true })).toBeUndefined();
    expect(sharingBasis(null, 'reason', {})).toBeUndefined();
  });

  it('lists the categories that may not be shared', () => {
    expect(categoriesWithoutBasis(consent, ['reason', 'health', 'school'], {})).toEqual(['health', 'school']);
  });
});

describe('consentGivers', () => {
  const parents = [
    member({ id: 'mother', relation: 'mother', hasParentalAuthority: true }),
    member({ id: 'father', relation: 'father' }),
  ];

  it('are the parents with authority while the youth is under 16', () => {
    const child = aChild({ birthDate: '2010-12-01' });
    expect(consentGivers(child, parents, '2026-11-30').map((giver) => giver.id)).toEqual(['mother']);
  });

  it('include the youth from the 16th birthday', () => {
    const child = aChild({ birthDate: '2010-12-01' });
    expect(consentGivers(child, parents, '2026-12-01').map((giver) => giver.kind)).toEqual([
      'parent',
      'youth',
    ]);
  });
});

describe('categories of items', () => {
  it('counts medication, GP and dentist agreements as health and school agreements as school', () => {
    const of = (topic: Parameters<typeof agreementCategory>[0]['topic']) =>
      agreementCategory({ topic, text: '' });
    expect([of('medication'), of('gp'), of('dentist')]).toEqual(['health', 'health', 'health']);
    expect([of('schoolMeetings'), of('schoolSickReport')]).toEqual(['school', 'school']);
    expect(of('bedtimes')).toBe('agreements');
  });

  it('counts a custom agreement that speaks of medication or therapy as health', () => {
    expect(agreementCategory({ topic: 'custom', customTopic: 'Therapie', text: 'Elke dinsdag.' })).toBe(
      'health',
    );
    expect(agreementCategory({ topic: 'custom', customTopic: 'Sport', text: 'Voetbal op zaterdag.' })).toBe(
      'agreements',
    );
  });

  it('counts a mental-health professional as health and a teacher as school', () => {
    expect(familyMemberCategory({ relation: 'mentalHealth' })).toBe('health');
    expect(familyMemberCategory({ relation: 'teacher' })).toBe('school');
    expect(familyMemberCategory({ relation: 'familyGuardian' })).toBe('familyAndNetwork');
    expect(familyMemberCategory({ relation: 'mother' })).toBe('familyAndNetwork');
  });

  it('takes a goal’s recorded category, else health when its title speaks of health', () => {
    expect(goalCategory({ title: 'Zelf naar school fietsen', infoCategory: 'school' })).toBe('school');
    expect(goalCategory({ title: 'Medicatie zelf leren innemen' })).toBe('health');
    expect(goalCategory({ title: 'Rustig blijven als hij boos wordt' })).toBe('goals');
  });
});
