// Sick days at school: was the school told in time (against the rule's "by when"), do the parents know,
// and who is sick on a given day.
import { toIsoDate } from './dates';
import type { SchoolRuleContent, SickReport } from './schoolTypes';
import type { IsoDate, IsoDateTime, ResponsibleParty } from './types';

/**
 * inTime / late: reported before / after the deadline; pending: not reported and the deadline has not
 * passed; overdue: not reported and the deadline has passed; reported / notReported: no deadline set.
 */
export type SchoolReportTiming = 'inTime' | 'late' | 'pending' | 'overdue' | 'reported' | 'notReported';

/** informed: the parents were told (or reported it themselves); notInformed: they do not know yet. */
export type ParentsInformed = 'informed' | 'notInformed';

export interface SickReportTiming {
  school: SchoolReportTiming;
  parents: ParentsInformed;
  /** The moment the school had to be told, local `YYYY-MM-DDTHH:MM`, when the rule sets a time. */
  deadline?: string;
}

/** The local date and time of a moment as `YYYY-MM-DDTHH:MM` (what the clock on the wall said). */
export function localMinute(moment: IsoDateTime): string {
  const date = new Date(moment);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO date-time: ${moment}`);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${toIsoDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The deadline of a sick report on `sickOn` under `rule`: that day at the rule's time ("vóór 8:15"). */
export function sickReportDeadline(
  sickOn: IsoDate,
  rule: Pick<SchoolRuleContent, 'deadline'> | undefined,
): string | undefined {
  return rule?.deadline ? `${sickOn}T${rule.deadline}` : undefined;
}

/** Whether the party who reported is a parent (or both): then the parents know without being told. */
export function parentsReported(party: ResponsibleParty | undefined): boolean {
  return party?.kind === 'bothParents' || party?.kind === 'familyMember';
}

/**
 * How a sick report stands at `now`: the school told before the deadline ("vóór 8:15" means up to and
 * including 8:14; a report the evening before counts as in time), and whether the parents know.
 */
export function sickReportTiming(
  report: Pick<SickReport, 'sickOn' | 'reportedToSchoolAt' | 'reportedBy' | 'parentsInformedAt'>,
  rule: Pick<SchoolRuleContent, 'deadline'> | undefined,
  now: IsoDateTime,
): SickReportTiming {
  const deadline = sickReportDeadline(report.sickOn, rule);
  const reportedAt = report.reportedToSchoolAt ? localMinute(report.reportedToSchoolAt) : undefined;
  let school: SchoolReportTiming;
  if (deadline === undefined) school = reportedAt ? 'reported' : 'notReported';
  else if (reportedAt) school = reportedAt < deadline ? 'inTime' : 'late';
  else school = localMinute(now) < deadline ? 'pending' : 'overdue';
  const parents: ParentsInformed =
    report.parentsInformedAt !== undefined || parentsReported(report.reportedBy) ? 'informed' : 'notInformed';
  return { school, parents, ...(deadline && { deadline }) };
}

/** Whether the child is off sick on `date`: from the first sick day until (not including) the day back. */
export function isSickOn(report: Pick<SickReport, 'sickOn' | 'betterOn'>, date: IsoDate): boolean {
  return report.sickOn <= date && (report.betterOn === undefined || report.betterOn > date);
}

/** Whether the school was told too late or not at all while the deadline has passed. */
export function isSickReportLate(timing: SickReportTiming): boolean {
  return timing.school === 'late' || timing.school === 'overdue';
}
