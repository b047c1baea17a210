// The child's school over time, the rules that apply, starter rules and what a rule may say.
import { describe, expect, it } from 'vitest';
import {
  currentSchool,
  isSchoolCardReviewed,
  missingSchoolRuleTopics,
  removedPeople,
  rulesInForce,
  schoolHistory,
  schoolYearStart,
  starterSchoolRules,
  validateSchool,
  validateSchoolRule,
} from '../../../src/domain/school';
import { SCHOOL_RULE_TOPICS, type SchoolRuleContent } from '../../../src/domain/schoolTypes';
import { aFamilyMember, aSchool, aSchoolRule } from './schoolBuilders';

const mother = aFamilyMember({ id: 'mother', name: 'Samira Bakker', hasParentalAuthority: true });
const father = aFamilyMember({
  id: 'father',
  relation: 'father',
  name: 'Kees Bakker',
  hasParentalAuthority: false,
});
const grandma = aFamilyMember({
  id: 'grandma',
  kind: 'network',
  relation: 'grandparent',
  name: 'Oma Ria',
  hasParentalAuthority: false,
});
const guardian = aFamilyMember({
  id: 'guardian',
  kind: 'professional',
  relation: 'familyGuardian',
  name: 'Jeugdbescherming',
  hasParentalAuthority: false,
});
const family = [mother, father, grandma, guardian];

const rule = (overrides: Partial<SchoolRuleContent>): SchoolRuleContent => ({
  topic: 'sickReport',
  responsible: [{ kind: 'bothParents' }],
  cc: [],
  byVideo: [],
  ...overrides,
});

describe('currentSchool and history (a change of school mid-year)', () => {
  const old = aSchool({ id: 'old', name: 'De Regenboog', startedOn: '2024-08-26', endedOn: '2026-01-30' });
  const next = aSchool({ id: 'new', name: 'Het Palet', startedOn: '2026-02-02' });

  it('takes the old school up to its last day and the new one from its first', () => {
    expect(currentSchool([old, next], '2026-01-30')?.id).toBe('old');
    expect(currentSchool([old, next], '2026-01-31')).toBeUndefined();
    expect(currentSchool([old, next], '2026-02-02')?.id).toBe('new');
  });

  it('prefers the school started last when two overlap, and counts a record without dates', () => {
    const overlap = aSchool({ id: 'overlap', startedOn: '2026-01-26' });
    expect(currentSchool([old, overlap], '2026-01-28')?.id).toBe('overlap');
    expect(currentSchool([aSchool({ id: 'undated', startedOn: undefined })], '2026-01-01')?.id).toBe(
      'undated',
    );
  });

  it('lists the history newest first, keeping the ended school', () => {
    expect(schoolHistory([old, next]).map((s) => s.id)).toEqual(['new', 'old']);
  });

  it("keeps the old school's rules as history but applies only the new school's", () => {
    const oldRule = aSchoolRule(old, { topic: 'sickReport', deadline: '08:00' });
    const newRules = [
      aSchoolRule(next, { topic: 'parentMeeting' }),
      aSchoolRule(next, { topic: 'sickReport', deadline: '08:30' }),
    ];
    const school = currentSchool([old, next], '2026-03-01');
    const inForce = rulesInForce([oldRule, ...newRules], school);
    expect(inForce.map((r) => [r.topic, r.deadline])).toEqual([
      ['sickReport', '08:30'],
      ['parentMeeting', undefined],
    ]);
    expect(rulesInForce([oldRule], undefined)).toEqual([]);
  });
});

describe('starterSchoolRules', () => {
  const starters = starterSchoolRules(family);
  const byTopic = Object.fromEntries(starters.map((s) => [s.topic, s]));

  it('covers every topic and leaves reporting sick and the parent meetings with the parents', () => {
    expect(starters.map((s) => s.topic)).toEqual([...SCHOOL_RULE_TOPICS]);
    expect(byTopic.sickReport).toMatchObject({
      responsible: [{ kind: 'bothParents' }],
      backup: { kind: 'groupStaff' },
      deadline: '08:15',
    });
    expect(byTopic.parentMeeting?.responsible).toEqual([{ kind: 'bothParents' }, { kind: 'mentor' }]);
  });

  it('puts the parents in CC on every topic, not the network or professionals', () => {
    for (const starter of starters) expect(starter.cc).toEqual(['mother', 'father']);
  });

  it('lets only the parents with authority sign leave, so the starter rule is valid', () => {
    expect(byTopic.leaveRequest?.responsible).toEqual([{ kind: 'familyMember', familyMemberId: 'mother' }]);
    for (const starter of starters) expect(validateSchoolRule(starter, family), starter.topic).toEqual({});
  });

  it('gives only the topics asked for', () => {
    expect(starterSchoolRules(family, ['emailCc']).map((s) => s.topic)).toEqual(['emailCc']);
  });
});

describe('missingSchoolRuleTopics', () => {
  it('lists the topics without a rule in the standard order', () => {
    const school = aSchool();
    const rules = [aSchoolRule(school, { topic: 'emailCc' }), aSchoolRule(school, { topic: 'sickReport' })];
    expect(missingSchoolRuleTopics(rules)).toEqual([
      'recoveryReport',
      'parentMeeting',
      'reports',
      'permissionSlips',
      'leaveRequest',
      'attendanceOfficer',
    ]);
  });
});

describe('validateSchoolRule', () => {
  it('refuses a parent without authority to sign leave', () => {
    const errors = validateSchoolRule(
      rule({ topic: 'leaveRequest', responsible: [{ kind: 'familyMember', familyMemberId: 'father' }] }),
      family,
    );
    expect(errors).toEqual({ responsible: 'needsAuthority' });
  });

  it('refuses staff, the network and "both parents" when one of them lacks authority to sign leave', () => {
    for (const responsible of [
      [{ kind: 'mentor' as const }],
      [{ kind: 'networkMember' as const, familyMemberId: 'grandma' }],
      [{ kind: 'bothParents' as const }],
    ])
      expect(validateSchoolRule(rule({ topic: 'leaveRequest', responsible }), family).responsible).toBe(
        'needsAuthority',
      );
    const bothWithAuthority = [mother, { ...father, hasParentalAuthority: true }];
    expect(
      validateSchoolRule(
        rule({ topic: 'leaveRequest', responsible: [{ kind: 'bothParents' }] }),
        bothWithAuthority,
      ),
    ).toEqual({});
  });

  it('lets a guardian with authority (voogdij) sign leave, and checks the backup too', () => {
    const withGuardian = [{ ...guardian, hasParentalAuthority: true }, father];
    const content = rule({
      topic: 'leaveRequest',
      responsible: [{ kind: 'familyMember', familyMemberId: 'guardian' }],
      backup: { kind: 'familyMember', familyMemberId: 'father' },
    });
    expect(validateSchoolRule(content, withGuardian)).toEqual({ backup: 'needsAuthority' });
  });

  it('lets anyone report sick: authority only matters for leave', () => {
    expect(
      validateSchoolRule(rule({ responsible: [{ kind: 'familyMember', familyMemberId: 'father' }] }), family),
    ).toEqual({});
  });

  it('reports a person removed from the family at the field that names them', () => {
    const content = rule({
      responsible: [{ kind: 'familyMember', familyMemberId: 'gone' }],
      cc: ['mother', 'gone-too'],
      byVideo: [{ kind: 'familyMember', familyMemberId: 'gone-3' }],
    });
    expect(validateSchoolRule(content, family)).toEqual({
      responsible: 'removedPerson',
      cc: 'removedPerson',
      byVideo: 'removedPerson',
    });
    expect(removedPeople(content, family)).toEqual([
      { field: 'responsible', familyMemberId: 'gone' },
      { field: 'cc', familyMemberId: 'gone-too' },
      { field: 'byVideo', familyMemberId: 'gone-3' },
    ]);
  });

  it('needs someone responsible, a named member when the kind names one, and a real time', () => {
    expect(validateSchoolRule(rule({ responsible: [] }), family)).toEqual({ responsible: 'required' });
    expect(validateSchoolRule(rule({ responsible: [{ kind: 'familyMember' }] }), family)).toEqual({
      responsible: 'required',
    });
    expect(validateSchoolRule(rule({ deadline: '8.15' }), family)).toEqual({ deadline: 'invalidTime' });
    expect(validateSchoolRule(rule({ deadline: '24:00' }), family)).toEqual({ deadline: 'invalidTime' });
    expect(validateSchoolRule(rule({ deadline: '08:15', how: 'x'.repeat(501) }), family)).toEqual({
      how: 'tooLong',
    });
  });
});

describe('validateSchool', () => {
  const today = '2026-03-01';
  it('accepts a complete school', () => {
    expect(validateSchool(aSchool({ reviewedOn: '2026-02-01' }), today)).toEqual({});
  });

  it('says what is wrong with typo e-mail addresses, at each field', () => {
    const school = aSchool({
      attendanceEmail: 'verzuim@regenboog,nl',
      contacts: [
        { id: 'a', role: 'teacher', name: 'Juf Anouk', email: 'anouk@@regenboog.nl' },
        { id: 'b', role: 'schoolMentor', name: '', email: 'mentor@regenboog' },
      ],
    });
    expect(validateSchool(school, today)).toEqual({
      attendanceEmail: 'comma',
      'contacts.0.email': 'doubleAt',
      'contacts.1.name': 'required',
      'contacts.1.email': 'missingTld',
    });
  });

  it('needs a name, real dates in order and a review not in the future', () => {
    expect(
      validateSchool(
        aSchool({ name: ' ', startedOn: '2026-02-01', endedOn: '2026-01-31', reviewedOn: '2026-03-02' }),
        today,
      ),
    ).toEqual({ name: 'required', endedOn: 'endBeforeStart', reviewedOn: 'inFuture' });
    expect(validateSchool(aSchool({ startedOn: '2026-02-30' }), today)).toEqual({ startedOn: 'invalidDate' });
  });
});

describe('school year and card review', () => {
  it('starts the school year on 1 August', () => {
    expect(schoolYearStart('2026-07-31')).toBe('2025-08-01');
    expect(schoolYearStart('2026-08-01')).toBe('2026-08-01');
    expect(schoolYearStart('2026-12-15')).toBe('2026-08-01');
  });

  it('counts a card reviewed in this school year only', () => {
    expect(isSchoolCardReviewed({ reviewedOn: '2026-08-01' }, '2026-09-01')).toBe(true);
    expect(isSchoolCardReviewed({ reviewedOn: '2026-07-31' }, '2026-09-01')).toBe(false);
    expect(isSchoolCardReviewed({ reviewedOn: '2026-07-31' }, '2026-07-31')).toBe(true);
    expect(isSchoolCardReviewed({}, '2026-09-01')).toBe(false);
  });
});
