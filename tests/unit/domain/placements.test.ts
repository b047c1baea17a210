// Placement questions and the current mentor.
import { describe, expect, it } from 'vitest';
import { currentMentor } from '../../../src/domain/mentors';
import { hasPlacementEnded, isNewPlacement, isPlacementActive } from '../../../src/domain/placements';
import { aChild } from './builders';

describe('placements', () => {
  it('is active from the start day until the day before it ended', () => {
    const child = aChild({ placementStart: '2026-01-05', placementEndedOn: '2026-11-20' });
    expect(isPlacementActive(child, '2026-01-04')).toBe(false);
    expect(isPlacementActive(child, '2026-01-05')).toBe(true);
    expect(isPlacementActive(child, '2026-11-19')).toBe(true);
    expect(isPlacementActive(child, '2026-11-20')).toBe(false);
    expect(hasPlacementEnded(child, '2026-11-20')).toBe(true);
  });

  it('does not treat an expected end date as ended', () => {
    const child = aChild({ placementEnd: '2026-06-01' });
    expect(hasPlacementEnded(child, '2026-11-24')).toBe(false);
    expect(isPlacementActive(child, '2026-11-24')).toBe(true);
  });

  it('calls a placement new during its first 90 days', () => {
    const child = aChild({ placementStart: '2026-09-01' });
    expect(isNewPlacement(child, '2026-09-01')).toBe(true);
    expect(isNewPlacement(child, '2026-11-29')).toBe(true); // day 89
    expect(isNewPlacement(child, '2026-11-30')).toBe(false); // day 90
    expect(isNewPlacement(child, '2026-09-20', 14)).toBe(false);
  });

  it('does not call an ended or future placement new', () => {
    expect(
      isNewPlacement(aChild({ placementStart: '2026-11-01', placementEndedOn: '2026-11-10' }), '2026-11-24'),
    ).toBe(false);
    expect(isNewPlacement(aChild({ placementStart: '2026-12-01' }), '2026-11-24')).toBe(false);
  });
});

describe('currentMentor', () => {
  const child = aChild({
    mentorAssignments: [
      { staffId: 'anouk', from: '2025-01-01', to: '2026-06-30' },
      { staffId: 'joris', from: '2026-06-25' },
    ],
  });

  it('finds the assignment covering today, both ends inclusive', () => {
    expect(currentMentor(child, '2025-01-01')?.staffId).toBe('anouk');
    expect(currentMentor(child, '2026-07-01')?.staffId).toBe('joris');
  });

  it('prefers the mentor who started most recently during an overlap', () => {
    expect(currentMentor(child, '2026-06-28')?.staffId).toBe('joris');
  });

  it('returns undefined when no assignment covers today', () => {
    expect(currentMentor(child, '2024-12-31')).toBeUndefined();
    expect(currentMentor(aChild({ mentorAssignments: [] }), '2026-11-24')).toBeUndefined();
    const ended = aChild({ mentorAssignments: [{ staffId: 'anouk', from: '2025-01-01', to: '2026-06-30' }] });
    expect(currentMentor(ended, '2026-07-01')).toBeUndefined();
  });
});
