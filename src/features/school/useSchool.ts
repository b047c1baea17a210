// School hooks: the child's schools, rules and sick days in one live query, and the commands that change
// them; the only bridge from the School tab to src/data.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { buildSchoolDashboard, type SchoolDashboardItem } from '../../domain/schoolDashboard';
import type { SchoolRecord, SchoolRule, SchoolRuleContent, SickReport } from '../../domain/schoolTypes';
import type {
  Agreement,
  Child,
  Draft,
  FamilyMember,
  Id,
  IsoDate,
  IsoDateTime,
  ResponsibleParty,
} from '../../domain/types';
import { useRepos } from '../../ui/AppContext';

export interface SchoolData {
  schools: SchoolRecord[];
  rules: SchoolRule[];
  sickReports: SickReport[];
  family: FamilyMember[];
  /** The child's shared-parenting agreements, for the rule a school rule came from. */
  agreements: Agreement[];
}

export function useSchoolData(childId: Id): SchoolData | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => {
    const [schools, rules, sickReports, family, agreements] = await Promise.all([
      repos.schools.byChild(childId),
      repos.schoolRules.byChild(childId),
      repos.sickReports.byChild(childId),
      repos.familyMembers.byChild(childId),
      repos.agreements.byChild(childId),
    ]);
    return { schools, rules, sickReports, family, agreements };
  }, [repos, childId]);
}

/** The current moment, refreshed each minute: sick-report deadlines pass during the morning. */
export function useNow(): IsoDateTime {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date().toISOString()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function useSchoolCommands() {
  const repos = useRepos();
  const at = () => new Date().toISOString();
  return {
    saveSchool: (existing: SchoolRecord | undefined, draft: Draft<SchoolRecord>) =>
      existing ? repos.schools.update(existing.id, draft) : repos.schools.create(draft),
    /** The child moves school: the current one ends on `lastDay`; `rules` start the new school's rules. */
    changeSchool: (
      current: SchoolRecord,
      lastDay: IsoDate,
      next: Draft<SchoolRecord>,
      rules: SchoolRuleContent[],
    ) => repos.schools.changeSchool(current.id, lastDay, next, rules),
    markReviewed: (school: SchoolRecord, on: IsoDate) => repos.schools.update(school.id, { reviewedOn: on }),
    saveRule: (school: SchoolRecord, existing: SchoolRule | undefined, content: SchoolRuleContent) =>
      existing
        ? repos.schoolRules.update(existing.id, content)
        : repos.schoolRules.create({ ...content, childId: school.childId, schoolId: school.id }),
    removeRule: (rule: SchoolRule) => repos.schoolRules.remove(rule.id),
    addStarterRules: (school: SchoolRecord, family: readonly FamilyMember[]) =>
      repos.schools.addStarterRules(school, family),
    /** Records a sick day; `reportedBy` when the school was already told. */
    reportSick: (draft: Draft<SickReport>) => repos.sickReports.create(draft),
    markReportedToSchool: (report: SickReport, by: ResponsibleParty) =>
      repos.sickReports.update(report.id, { reportedToSchoolAt: at(), reportedBy: by }),
    markParentsInformed: (report: SickReport) =>
      repos.sickReports.update(report.id, { parentsInformedAt: at() }),
    reportBetter: (report: SickReport, betterOn: IsoDate) =>
      repos.sickReports.update(report.id, { betterOn, betterReportedAt: at() }),
    /** Logs mail to the school as a contact with the parents copied on it. */
    logMailContact: (childId: Id, familyMemberIds: Id[], summary: string) =>
      repos.contacts.create({
        childId,
        at: at(),
        familyMemberIds,
        channel: 'email',
        staffId: repos.session.staffId,
        summary,
        followUps: [],
      }),
  };
}

/** The school items of the dashboard for `today` at `now`, most urgent first, with the children in care. */
export function useSchoolDashboard(
  today: IsoDate,
  now: IsoDateTime,
): { items: SchoolDashboardItem[]; children: Child[] } | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => {
    const records = await repos.queries.schoolDashboard(today);
    return { items: buildSchoolDashboard({ ...records, today, now }), children: records.children };
  }, [repos, today, now]);
}
