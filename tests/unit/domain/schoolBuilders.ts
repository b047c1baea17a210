// Minimal school records for rule tests: sensible defaults, override what the test is about.
import type { SchoolRecord, SchoolRule, SickReport } from '../../../src/domain/schoolTypes';
import type { FamilyMember, IsoDate, RecordMeta } from '../../../src/domain/types';

let sequence = 0;
const meta = (prefix: string): RecordMeta => ({
  id: `${prefix}-${++sequence}`,
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
  createdBy: 'staff-0',
  updatedBy: 'staff-0',
});

export function aFamilyMember(overrides: Partial<FamilyMember> = {}): FamilyMember {
  return {
    ...meta('member'),
    childId: 'child-1',
    kind: 'parent',
    relation: 'mother',
    name: 'Samira Bakker',
    hasParentalAuthority: true,
    interpreterNeeded: false,
    receivesReports: true,
    ...overrides,
  };
}

export function aSchool(overrides: Partial<SchoolRecord> = {}): SchoolRecord {
  return {
    ...meta('school'),
    childId: 'child-1',
    name: 'OBS De Regenboog',
    attendanceEmail: 'verzuim@regenboog.example.nl',
    contacts: [
      { id: 'sc-teacher', role: 'teacher', name: 'Juf Anouk', email: 'anouk@regenboog.example.nl' },
      { id: 'sc-head', role: 'headteacher', name: 'Meneer Visser', email: 'directie@regenboog.example.nl' },
    ],
    classYear: 'groep 6',
    schoolDays: [1, 2, 3, 4, 5],
    startedOn: '2025-08-25',
    consents: [],
    ...overrides,
  };
}

export function aSchoolRule(
  school: Pick<SchoolRecord, 'id' | 'childId'>,
  overrides: Partial<SchoolRule> = {},
): SchoolRule {
  return {
    ...meta('rule'),
    childId: school.childId,
    schoolId: school.id,
    topic: 'sickReport',
    responsible: [{ kind: 'bothParents' }],
    cc: [],
    byVideo: [],
    ...overrides,
  };
}

export function aSickReport(overrides: Partial<SickReport> = {}): SickReport {
  return { ...meta('sick'), childId: 'child-1', sickOn: '2026-03-10', ...overrides };
}

/** `HH:MM` local time on `date` as an ISO moment: the same wall-clock time wherever the tests run. */
export function localAt(date: IsoDate, time: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, day ?? 1, hours ?? 0, minutes ?? 0).toISOString();
}
