// Who may get a new assignment: staff whose last day has not passed, plus those already on the record.
import { describe, expect, it } from 'vitest';
import { assignableStaff, hasDeparted } from '../../../src/domain/staffAccess';

const staff = [
  { id: 'a', name: 'Anna', activeTo: undefined },
  { id: 'b', name: 'Bas', activeTo: '2026-11-24' },
  { id: 'c', name: 'Cem', activeTo: '2026-11-23' },
  { id: 'd', name: 'Dewi', activeTo: '2027-01-31' },
];

describe('assignableStaff', () => {
  it('offers current staff, including someone on their last day, and leaves out who left', () => {
    expect(assignableStaff(staff, '2026-11-24').map((member) => member.id)).toEqual(['a', 'b', 'd']);
    expect(hasDeparted(staff[2]!, '2026-11-24')).toBe(true);
  });

  it('keeps someone who left when they are already chosen on the record being edited', () => {
    expect(assignableStaff(staff, '2026-11-25', ['c']).map((member) => member.id)).toEqual(['a', 'c', 'd']);
  });
});
