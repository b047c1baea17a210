// What needs attention about school today: sick children whose parents do not know, sick reports not
// made in time, children without school rules, school cards not gone through this school year.
import { ageOn, compareDates } from './dates';
import type { DashboardUrgency } from './dashboard';
import { isPlacementActive } from './placements';
import { currentSchool, isSchoolCardReviewed, ruleFor, rulesInForce, schoolYearStart } from './school';
import type { SchoolRecord, SchoolRule, SickReport } from './schoolTypes';
import { isSickOn, isSickReportLate, sickReportTiming, type SchoolReportTiming } from './sickReports';
import type { Child, Id, IsoDate, IsoDateTime } from './types';

/** From this age a child goes to school (most four-year-olds do; leerplicht starts at five). */
export const SCHOOL_AGE = 4;

interface ItemBase {
  childId: Id;
  date: IsoDate;
  urgency: DashboardUrgency;
}

export type SchoolDashboardItem =
  | (ItemBase & { kind: 'sickParentsNotInformed'; sickReportId: Id })
  | (ItemBase & {
      kind: 'sickReportLate';
      sickReportId: Id;
      timing: Extract<SchoolReportTiming, 'late' | 'overdue'>;
    })
  | (ItemBase & { kind: 'noSchoolRules'; reason: 'noSchool' | 'noRules' })
  | (ItemBase & { kind: 'schoolCardNotReviewed'; schoolId: Id; reviewedOn?: IsoDate });

export type SchoolDashboardItemKind = SchoolDashboardItem['kind'];

export interface SchoolDashboardInput {
  children: readonly Child[];
  /** Every school record of the children (few per child). */
  schools: readonly SchoolRecord[];
  /** At least the rules of the current schools; only `schoolId` and `topic` (and `deadline`) are read. */
  schoolRules: readonly Pick<SchoolRule, 'schoolId' | 'topic' | 'deadline'>[];
  /** At least the sick reports still open, and those of today. */
  sickReports: readonly SickReport[];
  today: IsoDate;
  now: IsoDateTime;
}

const URGENCY_RANK: Record<DashboardUrgency, number> = { overdue: 0, due: 1, attention: 2 };
const KIND_RANK: Record<SchoolDashboardItemKind, number> = {
  sickParentsNotInformed: 0,
  sickReportLate: 1,
  noSchoolRules: 2,
  schoolCardNotReviewed: 3,
};

/** Items for children in care, most urgent first; a child under school age is left out of the rules items. */
export function buildSchoolDashboard(input: SchoolDashboardInput): SchoolDashboardItem[] {
  const { today, now } = input;
  const items: SchoolDashboardItem[] = [];
  for (const child of input.children) {
    if (!isPlacementActive(child, today)) continue;
    const childId = child.id;
    const school = currentSchool(
      input.schools.filter((s) => s.childId === childId),
      today,
    );
    const rules = rulesInForce(input.schoolRules, school);

    for (const report of input.sickReports) {
      if (report.childId !== childId || !isSickOn(report, today)) continue;
      const timing = sickReportTiming(report, ruleFor(rules, 'sickReport'), now);
      if (timing.parents === 'notInformed')
        items.push({
          kind: 'sickParentsNotInformed',
          childId,
          sickReportId: report.id,
          date: report.sickOn,
          urgency: 'due',
        });
      if (isSickReportLate(timing))
        items.push({
          kind: 'sickReportLate',
          childId,
          sickReportId: report.id,
          date: report.sickOn,
          urgency: timing.school === 'overdue' ? 'overdue' : 'attention',
          timing: timing.school as 'late' | 'overdue',
        });
    }

    if (ageOn(child.birthDate, today) < SCHOOL_AGE) continue;
    if (!school || rules.length === 0) {
      items.push({
        kind: 'noSchoolRules',
        childId,
        date: child.placementStart,
        urgency: 'attention',
        reason: school ? 'noRules' : 'noSchool',
      });
    } else if (!isSchoolCardReviewed(school, today)) {
      items.push({
        kind: 'schoolCardNotReviewed',
        childId,
        schoolId: school.id,
        date: school.reviewedOn ?? schoolYearStart(today),
        urgency: 'attention',
        ...(school.reviewedOn && { reviewedOn: school.reviewedOn }),
      });
    }
  }
  return items.sort(
    (a, b) =>
      URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
      compareDates(a.date, b.date) ||
      KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      (a.childId < b.childId ? -1 : a.childId > b.childId ? 1 : 0),
  );
}
