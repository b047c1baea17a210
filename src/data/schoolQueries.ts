// The school card of the dashboard reads through indexes: schools of children in care, the topics and
// times of their rules, and only the sick reports still open or of today.
import { isPlacementActive } from '../domain/placements';
import type { SchoolRecord, SchoolRule, SickReport } from '../domain/schoolTypes';
import type { Child, IsoDate } from '../domain/types';
import type { HomeDb } from './db';

export interface SchoolDashboardRecords {
  children: Child[];
  schools: SchoolRecord[];
  schoolRules: Pick<SchoolRule, 'schoolId' | 'topic' | 'deadline'>[];
  sickReports: SickReport[];
}

/** Everything buildSchoolDashboard needs for `today`. */
export async function readSchoolDashboardRecords(
  db: HomeDb,
  today: IsoDate,
): Promise<SchoolDashboardRecords> {
  return db.transaction('r', [db.children, db.schools, db.schoolRules, db.sickReports], async () => {
    const children = (await db.children.toArray()).filter((child) => isPlacementActive(child, today));
    const ids = children.map((child) => child.id);
    const [schools, open, ofToday] = await Promise.all([
      db.schools.where('childId').anyOf(ids).toArray(),
      db.sickReports.where('stillSick').equals(1).toArray(),
      db.sickReports.where('sickOn').equals(today).toArray(),
    ]);
    const current = schools.filter((school) => school.endedOn === undefined || school.endedOn >= today);
    const rules = await db.schoolRules
      .where('schoolId')
      .anyOf(current.map((school) => school.id))
      .toArray();
    const sickReports = [...new Map([...open, ...ofToday].map((report) => [report.id, report])).values()];
    return {
      children,
      schools,
      schoolRules: rules.map(({ schoolId, topic, deadline }) => ({
        schoolId,
        topic,
        ...(deadline && { deadline }),
      })),
      sickReports,
    };
  });
}
