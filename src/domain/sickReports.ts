// Sick days at school: was the school told in time (against the rule's "by when"), do the parents know,
// and who is sick on a given day.
import { toIsoDate } from './dates';
import type { SchoolRuleContent, SickReport } from './schoolTypes';
import type { ContactChannel, FamilyMember, Id, IsoDate, IsoDateTime, ResponsibleParty } from './types';

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

/** Whom to tell that the child is sick, with how they like to be reached. */
export interface PersonToTell {
  familyMemberId: Id;
  name: string;
  phone?: string;
  preferredChannel?: ContactChannel;
}

/** What "Ziek melden" shows: who calls the school before when and how, and whom to tell. */
export interface SickReportPlan {
  /** Who reports to the school (from the rule); empty when there is no rule. */
  callers: ResponsibleParty[];
  backup?: ResponsibleParty;
  deadline?: string;
  how?: string;
  /** The parents report it themselves: the home tells them the child is sick and asks them to call. */
  parentsCall: boolean;
  /** The people the rule copies: told by the home that the child is sick (and, when the home calls, that it did). */
  tell: PersonToTell[];
  /** People the rule names who are no longer in the family. */
  removed: Id[];
}

/** The plan for reporting sick under `rule` (the sick-report rule in force), names resolved from the family. */
export function sickReportPlan(
  rule: Pick<SchoolRuleContent, 'responsible' | 'backup' | 'deadline' | 'how' | 'cc'> | undefined,
  family: readonly FamilyMember[],
): SickReportPlan {
  const callers = rule?.responsible ?? [];
  const tell: PersonToTell[] = [];
  const removed: Id[] = [];
  for (const id of rule?.cc ?? []) {
    const member = family.find((candidate) => candidate.id === id);
    if (!member) {
      removed.push(id);
      continue;
    }
    tell.push({
      familyMemberId: id,
      name: member.name,
      ...(member.phone?.trim() && { phone: member.phone }),
      ...(member.preferredChannel && { preferredChannel: member.preferredChannel }),
    });
  }
  return {
    callers,
    ...(rule?.backup && { backup: rule.backup }),
    ...(rule?.deadline && { deadline: rule.deadline }),
    ...(rule?.how?.trim() && { how: rule.how }),
    parentsCall: callers.some((party) => parentsReported(party)),
    tell,
    removed,
  };
}
