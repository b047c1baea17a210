// The school card of the dashboard: sick children, late reports, missing rules, cards not reviewed.
import { describe, expect, it } from 'vitest';
import { buildSchoolDashboard, type SchoolDashboardInput } from '../../../src/domain/schoolDashboard';
import { aChild } from './builders';
import { aSchool, aSchoolRule, aSickReport, localAt } from './schoolBuilders';

const today = '2026-10-06';
const now = localAt(today, '10:00');

function input(overrides: Partial<SchoolDashboardInput>): SchoolDashboardInput {
  return { children: [], schools: [], schoolRules: [], sickReports: [], today, now, ...overrides };
}

/** A school-age child with a reviewed school and a sick-report rule: shows nothing by itself. */
function settled(id: string) {
  const child = aChild({ id, placementStart: '2025-01-10', birthDate: '2016-04-01' });
  const school = aSchool({ id: `school-${id}`, childId: id, reviewedOn: '2026-09-01' });
  const rule = aSchoolRule(school, { topic: 'sickReport', deadline: '08:15' });
  return { child, school, rule };
}

describe('buildSchoolDashboard', () => {
  it('shows nothing for a child with rules and a card reviewed this school year', () => {
    const { child, school, rule } = settled('a');
    expect(
      buildSchoolDashboard(input({ children: [child], schools: [school], schoolRules: [rule] })),
    ).toEqual([]);
  });

  it('lists a child sick today whose parents do not know yet, and the late report', () => {
    const { child, school, rule } = settled('a');
    const late = aSickReport({
      id: 'sick-1',
      childId: 'a',
      sickOn: today,
      reportedBy: { kind: 'groupStaff' },
      reportedToSchoolAt: localAt(today, '08:40'),
    });
    expect(
      buildSchoolDashboard(
        input({ children: [child], schools: [school], schoolRules: [rule], sickReports: [late] }),
      ),
    ).toEqual([
      { kind: 'sickParentsNotInformed', childId: 'a', sickReportId: 'sick-1', date: today, urgency: 'due' },
      {
        kind: 'sickReportLate',
        childId: 'a',
        sickReportId: 'sick-1',
        date: today,
        urgency: 'attention',
        timing: 'late',
      },
    ]);
  });

  it('marks a sick report nobody made after the deadline as overdue, first in the list', () => {
    const { child, school, rule } = settled('a');
    const other = settled('b');
    const notMade = aSickReport({
      id: 'sick-2',
      childId: 'a',
      sickOn: today,
      reportedBy: { kind: 'bothParents' },
    });
    const items = buildSchoolDashboard(
      input({
        children: [other.child, child],
        schools: [school, { ...other.school, reviewedOn: undefined }],
        schoolRules: [rule, other.rule],
        sickReports: [notMade],
      }),
    );
    expect(items.map((item) => [item.kind, item.childId])).toEqual([
      ['sickReportLate', 'a'],
      ['schoolCardNotReviewed', 'b'],
    ]);
  });

  it('drops a sick child off once reported better, and ignores reports of other children', () => {
    const { child, school, rule } = settled('a');
    const better = aSickReport({ childId: 'a', sickOn: '2026-10-01', betterOn: '2026-10-05' });
    const elsewhere = aSickReport({ childId: 'z', sickOn: today });
    expect(
      buildSchoolDashboard(
        input({
          children: [child],
          schools: [school],
          schoolRules: [rule],
          sickReports: [better, elsewhere],
        }),
      ),
    ).toEqual([]);
  });

  it('lists school-age children without a school or without rules, not toddlers or ended placements', () => {
    const noSchool = aChild({ id: 'no-school', placementStart: '2025-01-10', birthDate: '2015-01-01' });
    const noRules = settled('no-rules');
    const toddler = aChild({ id: 'toddler', placementStart: '2025-01-10', birthDate: '2023-01-01' });
    const left = aChild({
      id: 'left',
      placementStart: '2025-01-10',
      placementEndedOn: '2026-09-01',
      birthDate: '2015-01-01',
    });
    const items = buildSchoolDashboard(
      input({ children: [noSchool, noRules.child, toddler, left], schools: [noRules.school] }),
    );
    expect(items).toEqual([
      {
        kind: 'noSchoolRules',
        childId: 'no-rules',
        date: '2025-01-10',
        urgency: 'attention',
        reason: 'noRules',
      },
      {
        kind: 'noSchoolRules',
        childId: 'no-school',
        date: '2025-01-10',
        urgency: 'attention',
        reason: 'noSchool',
      },
    ]);
  });

  it('counts only the rules of the current school after a change of school', () => {
    const { child, school } = settled('a');
    const old = aSchool({ id: 'old', childId: 'a', startedOn: '2024-08-26', endedOn: '2026-06-30' });
    const oldRule = aSchoolRule(old, { topic: 'sickReport' });
    const items = buildSchoolDashboard(
      input({ children: [child], schools: [old, school], schoolRules: [oldRule] }),
    );
    expect(items.map((item) => item.kind)).toEqual(['noSchoolRules']);
  });

  it('asks to review a card last gone through in the previous school year (from 1 August)', () => {
    const { child, school, rule } = settled('a');
    const lastYear = { ...school, reviewedOn: '2026-07-15' };
    expect(
      buildSchoolDashboard(input({ children: [child], schools: [lastYear], schoolRules: [rule] })),
    ).toEqual([
      {
        kind: 'schoolCardNotReviewed',
        childId: 'a',
        schoolId: school.id,
        date: '2026-07-15',
        urgency: 'attention',
        reviewedOn: '2026-07-15',
      },
    ]);
  });
});
