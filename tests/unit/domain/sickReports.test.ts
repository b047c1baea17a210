// Sick-report timing: in time or late against the rule's "by when", and whether the parents know.
import { describe, expect, it } from 'vitest';
import { isSickOn, localMinute, sickReportPlan, sickReportTiming } from '../../../src/domain/sickReports';
import { aFamilyMember, aSickReport, localAt } from './schoolBuilders';

const rule = { deadline: '08:15' };
const sickOn = '2026-03-10';

describe('sickReportTiming', () => {
  it('counts a report at 8:14 as in time and one at 8:15 as late ("vóór 8:15")', () => {
    const at814 = aSickReport({
      sickOn,
      reportedToSchoolAt: localAt(sickOn, '08:14'),
      reportedBy: { kind: 'groupStaff' },
    });
    const at815 = aSickReport({
      sickOn,
      reportedToSchoolAt: localAt(sickOn, '08:15'),
      reportedBy: { kind: 'groupStaff' },
    });
    const now = localAt(sickOn, '10:00');
    expect(sickReportTiming(at814, rule, now)).toEqual({
      school: 'inTime',
      parents: 'notInformed',
      deadline: '2026-03-10T08:15',
    });
    expect(sickReportTiming(at815, rule, now).school).toBe('late');
  });

  it('counts a report made the evening before as in time', () => {
    const report = aSickReport({ sickOn, reportedToSchoolAt: localAt('2026-03-09', '21:30') });
    expect(sickReportTiming(report, rule, localAt(sickOn, '09:00')).school).toBe('inTime');
  });

  it('is pending before the deadline and overdue after it while nobody has reported', () => {
    const report = aSickReport({ sickOn });
    expect(sickReportTiming(report, rule, localAt(sickOn, '07:50')).school).toBe('pending');
    expect(sickReportTiming(report, rule, localAt(sickOn, '08:15')).school).toBe('overdue');
    // A day later it is still overdue, not pending again.
    expect(sickReportTiming(report, rule, localAt('2026-03-11', '07:00')).school).toBe('overdue');
  });

  it('says only reported or not when the rule sets no time', () => {
    expect(
      sickReportTiming(aSickReport({ sickOn }), { deadline: undefined }, localAt(sickOn, '12:00')),
    ).toEqual({
      school: 'notReported',
      parents: 'notInformed',
    });
    const reported = aSickReport({ sickOn, reportedToSchoolAt: localAt(sickOn, '11:00') });
    expect(sickReportTiming(reported, undefined, localAt(sickOn, '12:00')).school).toBe('reported');
  });

  it('knows the parents are informed when told, or when a parent reported it', () => {
    const now = localAt(sickOn, '10:00');
    const told = aSickReport({
      sickOn,
      reportedBy: { kind: 'groupStaff' },
      parentsInformedAt: localAt(sickOn, '09:00'),
    });
    const byMother = aSickReport({ sickOn, reportedBy: { kind: 'familyMember', familyMemberId: 'mother' } });
    const byBoth = aSickReport({ sickOn, reportedBy: { kind: 'bothParents' } });
    const byMentor = aSickReport({ sickOn, reportedBy: { kind: 'mentor' } });
    expect(sickReportTiming(told, rule, now).parents).toBe('informed');
    expect(sickReportTiming(byMother, rule, now).parents).toBe('informed');
    expect(sickReportTiming(byBoth, rule, now).parents).toBe('informed');
    expect(sickReportTiming(byMentor, rule, now).parents).toBe('notInformed');
  });
});

describe('isSickOn', () => {
  it('is sick from the first day up to, not including, the day back', () => {
    const report = aSickReport({ sickOn: '2026-03-10', betterOn: '2026-03-12' });
    expect(isSickOn(report, '2026-03-09')).toBe(false);
    expect(isSickOn(report, '2026-03-10')).toBe(true);
    expect(isSickOn(report, '2026-03-11')).toBe(true);
    expect(isSickOn(report, '2026-03-12')).toBe(false);
    expect(isSickOn(aSickReport({ sickOn: '2026-03-10' }), '2026-04-01')).toBe(true);
  });
});

describe('localMinute', () => {
  it('reads the wall-clock minute of a moment and refuses a non-date', () => {
    expect(localMinute(localAt('2026-03-10', '08:05'))).toBe('2026-03-10T08:05');
    expect(() => localMinute('gisteren')).toThrow(RangeError);
  });
});

describe('sickReportPlan', () => {
  const mother = aFamilyMember({
    id: 'mother',
    name: 'Samira',
    phone: '06-11111111',
    preferredChannel: 'message',
  });
  const father = aFamilyMember({ id: 'father', relation: 'father', name: 'Kees' });

  it('says the parents call themselves, before when, and whom the home tells', () => {
    const plan = sickReportPlan(
      {
        responsible: [{ kind: 'bothParents' }],
        backup: { kind: 'groupStaff' },
        deadline: '08:15',
        how: 'Bellen',
        cc: ['mother', 'father'],
      },
      [mother, father],
    );
    expect(plan).toEqual({
      callers: [{ kind: 'bothParents' }],
      backup: { kind: 'groupStaff' },
      deadline: '08:15',
      how: 'Bellen',
      parentsCall: true,
      tell: [
        { familyMemberId: 'mother', name: 'Samira', phone: '06-11111111', preferredChannel: 'message' },
        { familyMemberId: 'father', name: 'Kees' },
      ],
      removed: [],
    });
  });

  it('lets the group call when the rule says so and reports removed people', () => {
    const plan = sickReportPlan({ responsible: [{ kind: 'groupStaff' }], cc: ['gone', 'father'] }, [
      mother,
      father,
    ]);
    expect(plan.parentsCall).toBe(false);
    expect(plan.tell.map((person) => person.name)).toEqual(['Kees']);
    expect(plan.removed).toEqual(['gone']);
  });

  it('has nobody to call and nobody to tell without a rule', () => {
    expect(sickReportPlan(undefined, [mother])).toEqual({
      callers: [],
      parentsCall: false,
      tell: [],
      removed: [],
    });
  });
});
