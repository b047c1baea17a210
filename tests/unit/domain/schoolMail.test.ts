// Mail to the school: To the right school contact, CC exactly the people the rule names who may get it.
import { describe, expect, it } from 'vitest';
import {
  buildMailto,
  mailRuleFor,
  resolveCc,
  schoolAddressee,
  schoolMail,
  schoolMailSubject,
} from '../../../src/domain/schoolMail';
import { aFamilyMember, aSchool, aSchoolRule } from './schoolBuilders';

const mother = aFamilyMember({ id: 'mother', name: 'Samira Bakker', email: 'samira@example.nl' });
const father = aFamilyMember({
  id: 'father',
  relation: 'father',
  name: 'Kees Bakker',
  email: 'kees@example.nl',
});
const stepfather = aFamilyMember({
  id: 'step',
  relation: 'stepParent',
  name: 'Ruud Smit',
  email: 'ruud@example.nl',
});
const grandma = aFamilyMember({ id: 'grandma', kind: 'network', relation: 'grandparent', name: 'Oma Ria' });
const family = [mother, father, stepfather, grandma];
const consent = (familyMemberId: string) => ({ familyMemberId, schoolMail: true, contactDetails: false });
const school = aSchool({
  consents: [consent('mother'), consent('father'), consent('step'), consent('grandma')],
});

describe('resolveCc', () => {
  it('copies exactly the people the rule names, in its order, not everyone with an address', () => {
    const result = resolveCc({ cc: ['father', 'mother'] }, family, school);
    expect(result.cc).toEqual([
      { name: 'Kees Bakker', email: 'kees@example.nl', familyMemberId: 'father' },
      { name: 'Samira Bakker', email: 'samira@example.nl', familyMemberId: 'mother' },
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reports who has no e-mail address instead of leaving them out silently', () => {
    expect(resolveCc({ cc: ['mother', 'grandma'] }, family, school)).toEqual({
      cc: [{ name: 'Samira Bakker', email: 'samira@example.nl', familyMemberId: 'mother' }],
      problems: [{ familyMemberId: 'grandma', name: 'Oma Ria', reason: 'noEmail' }],
    });
  });

  it('leaves out, and reports, a person without consent to school mail for this school', () => {
    const withoutStep = aSchool({
      consents: [consent('mother'), { familyMemberId: 'step', schoolMail: false, contactDetails: true }],
    });
    expect(resolveCc({ cc: ['mother', 'step', 'father'] }, family, withoutStep)).toEqual({
      cc: [{ name: 'Samira Bakker', email: 'samira@example.nl', familyMemberId: 'mother' }],
      problems: [
        { familyMemberId: 'step', name: 'Ruud Smit', reason: 'noConsent' },
        { familyMemberId: 'father', name: 'Kees Bakker', reason: 'noConsent' },
      ],
    });
  });

  it('reports a person the rule names who was removed from the family', () => {
    expect(resolveCc({ cc: ['removed-id', 'mother'] }, family, school)).toEqual({
      cc: [{ name: 'Samira Bakker', email: 'samira@example.nl', familyMemberId: 'mother' }],
      problems: [{ familyMemberId: 'removed-id', reason: 'removed' }],
    });
  });

  it('never copies a typo address, and copies a shared address or a repeated name once', () => {
    const typo = { ...father, email: 'kees@example,nl' };
    const shared = { ...stepfather, email: 'SAMIRA@example.nl' };
    const result = resolveCc({ cc: ['mother', 'mother', 'father', 'step'] }, [mother, typo, shared], school);
    expect(result.cc.map((r) => r.email)).toEqual(['samira@example.nl']);
    expect(result.problems).toEqual([
      { familyMemberId: 'father', name: 'Kees Bakker', reason: 'invalidEmail' },
    ]);
  });

  it('copies nobody without a rule', () => {
    expect(resolveCc(undefined, family, school)).toEqual({ cc: [], problems: [] });
  });
});

describe('schoolAddressee', () => {
  it('sends sick reports to the attendance address, meetings to the teacher, leave to the head', () => {
    expect(schoolAddressee(school, 'sickReport')).toEqual({
      name: 'OBS De Regenboog',
      email: 'verzuim@regenboog.example.nl',
    });
    expect(schoolAddressee(school, 'parentMeeting')).toMatchObject({
      email: 'anouk@regenboog.example.nl',
      schoolContactId: 'sc-teacher',
    });
    expect(schoolAddressee(school, 'leaveRequest')).toMatchObject({ email: 'directie@regenboog.example.nl' });
  });

  it('falls back along the topic order and skips addresses with typos', () => {
    const noAttendance = aSchool({
      attendanceEmail: 'verzuim@regenboog',
      contacts: [{ id: 'm', role: 'schoolMentor', name: 'Meneer Dekker', email: 'dekker@school.nl' }],
    });
    expect(schoolAddressee(noAttendance, 'sickReport')).toMatchObject({ email: 'dekker@school.nl' });
    expect(schoolAddressee(noAttendance, 'attendanceOfficer')).toBeUndefined();
  });
});

describe('mailRuleFor', () => {
  it("uses the topic's own rule, else the general school-mail rule", () => {
    const general = aSchoolRule(school, { topic: 'emailCc', cc: ['mother'] });
    const sick = aSchoolRule(school, { topic: 'sickReport', cc: ['father'] });
    expect(mailRuleFor([general, sick], 'sickReport')).toBe(sick);
    expect(mailRuleFor([general, sick], 'permissionSlips')).toBe(general);
    expect(mailRuleFor([sick], 'permissionSlips')).toBeUndefined();
  });
});

describe('buildMailto and the subject', () => {
  it('prefills the subject with first name, class and topic', () => {
    expect(schoolMailSubject('Noor de Vries', 'groep 6', 'ziekmelding')).toBe('Noor (groep 6) – ziekmelding');
    expect(schoolMailSubject(' Noor ', undefined, 'verlof')).toBe('Noor – verlof');
  });

  it('encodes subject and body (spaces as %20, CRLF lines) and keeps addresses readable', () => {
    const url = buildMailto({
      to: ['verzuim@school.nl'],
      cc: ['samira@example.nl', 'kees+school@example.nl'],
      subject: 'Noor (groep 6) – ziekmelding & meer?',
      body: 'Goedemorgen,\nNoor is ziek.',
    });
    expect(url).toBe(
      'mailto:verzuim@school.nl?cc=samira@example.nl,kees%2Bschool@example.nl' +
        '&subject=Noor%20(groep%206)%20%E2%80%93%20ziekmelding%20%26%20meer%3F' +
        '&body=Goedemorgen%2C%0D%0ANoor%20is%20ziek.',
    );
    const parsed = new URL(url);
    expect(parsed.searchParams.get('subject')).toBe('Noor (groep 6) – ziekmelding & meer?');
    expect(parsed.searchParams.get('cc')).toBe('samira@example.nl,kees+school@example.nl');
  });

  it('leaves out an empty CC', () => {
    expect(buildMailto({ to: ['a@b.nl'], cc: [], subject: 'x' })).toBe('mailto:a@b.nl?subject=x');
    expect(buildMailto({ to: ['a@b.nl'] })).toBe('mailto:a@b.nl');
  });
});

describe('schoolMail', () => {
  it('builds the whole mail for a topic, with the problems to show', () => {
    const rules = [aSchoolRule(school, { id: 'sick-rule', topic: 'sickReport', cc: ['mother', 'grandma'] })];
    const mail = schoolMail({
      childName: 'Noor de Vries',
      school,
      rules,
      family,
      topic: 'sickReport',
      topicLabel: 'ziekmelding',
    });
    expect(mail).toMatchObject({
      to: { email: 'verzuim@regenboog.example.nl' },
      cc: [{ email: 'samira@example.nl' }],
      problems: [{ familyMemberId: 'grandma', reason: 'noEmail' }],
      subject: 'Noor (groep 6) – ziekmelding',
      ruleId: 'sick-rule',
      url: 'mailto:verzuim@regenboog.example.nl?cc=samira@example.nl&subject=Noor%20(groep%206)%20%E2%80%93%20ziekmelding',
    });
  });

  it('has no URL when the school has no address for the topic', () => {
    const mail = schoolMail({
      childName: 'Noor',
      school: aSchool({ contacts: [] }),
      rules: [],
      family,
      topic: 'attendanceOfficer',
      topicLabel: 'leerplicht',
    });
    expect(mail.to).toBeUndefined();
    expect(mail.url).toBeUndefined();
  });
});
