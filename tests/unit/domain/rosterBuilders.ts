// Minimal roster records for rule tests: shifts, absences, assignments and fixed contact moments.
import type { RoleAssignment } from '../../../src/domain/assignments';
import type { ContactMoment } from '../../../src/domain/contactMoments';
import type { Absence, Shift } from '../../../src/domain/roster';
import type { RecordMeta } from '../../../src/domain/types';

let sequence = 0;
const meta = (prefix: string): RecordMeta => ({
  id: `${prefix}-${++sequence}`,
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
  createdBy: 'staff-0',
  updatedBy: 'staff-0',
});

export function aShift(staffId: string, date: string, overrides: Partial<Shift> = {}): Shift {
  return { ...meta('shift'), staffId, date, kind: 'day', start: '07:30', end: '15:30', ...overrides };
}

export const evening = (staffId: string, date: string) =>
  aShift(staffId, date, { kind: 'evening', start: '15:00', end: '23:00' });

export function anAbsence(
  staffId: string,
  from: string,
  to?: string,
  overrides: Partial<Absence> = {},
): Absence {
  return { ...meta('absence'), staffId, kind: 'leave', from, ...(to && { to }), ...overrides };
}

export function anAssignment(
  childId: string,
  role: RoleAssignment['role'],
  staffId: string,
  from: string,
  to?: string,
  overrides: Partial<RoleAssignment> = {},
): RoleAssignment {
  return { ...meta('assignment'), childId, role, staffId, from, ...(to && { to }), ...overrides };
}

export function aMoment(childId: string, overrides: Partial<ContactMoment> = {}): ContactMoment {
  return {
    ...meta('moment'),
    childId,
    weekday: 2,
    time: '19:00',
    durationMinutes: 30,
    channel: 'videoCall',
    familyMemberIds: [],
    everyWeeks: 1,
    from: '2026-01-01',
    note: 'beeldbellen met moeder',
    ...overrides,
  };
}
