// Retention dates (Jeugdwet 7.3.8), early destruction requests (7.3.9) and the backup reminder.
import { describe, expect, it } from 'vitest';
import {
  childrenPastRetention,
  isBackupDue,
  isDestructionRequestComplete,
  retentionEndsOn,
} from '../../../src/domain/retention';

describe('retention', () => {
  it('keeps a file 20 years after the placement ended, and a current placement for ever', () => {
    expect(retentionEndsOn({ placementEndedOn: '2006-02-28' }, 20)).toBe('2026-02-28');
    expect(retentionEndsOn({ placementEndedOn: '2004-02-29' }, 20)).toBe('2024-02-29');
    expect(retentionEndsOn({}, 20)).toBeNull();
  });

  it('lists children on or past their retention date, longest over first', () => {
    const children = [
      { id: 'a', placementEndedOn: '2006-11-25' },
      { id: 'b', placementEndedOn: '2006-11-24' },
      { id: 'c' },
      { id: 'd', placementEndedOn: '2001-01-01' },
    ];
    expect(childrenPastRetention(children, 20, '2026-11-24').map((c) => c.id)).toEqual(['d', 'b']);
    expect(childrenPastRetention(children, 25, '2026-11-24').map((c) => c.id)).toEqual(['d']);
  });

  it('accepts an early destruction request only when dated and both checks are done', () => {
    const request = {
      requestedBy: 'parent' as const,
      requestedOn: '2026-11-20',
      noSubstantialInterestOfOthers: true,
      noStatutoryDutyToKeep: true,
    };
    expect(isDestructionRequestComplete(request, '2026-11-24')).toBe(true);
    expect(isDestructionRequestComplete({ ...request, requestedOn: '2026-11-25' }, '2026-11-24')).toBe(false);
    expect(isDestructionRequestComplete({ ...request, noStatutoryDutyToKeep: false }, '2026-11-24')).toBe(
      false,
    );
    expect(
      isDestructionRequestComplete({ ...request, noSubstantialInterestOfOthers: false }, '2026-11-24'),
    ).toBe(false);
  });
});

describe('backup reminder', () => {
  it('is due without any backup, and on the day after the configured number of days', () => {
    expect(isBackupDue(undefined, 7, '2026-11-24')).toBe(true);
    expect(isBackupDue('2026-11-17T09:00:00.000Z', 7, '2026-11-24')).toBe(false);
    expect(isBackupDue('2026-11-16T09:00:00.000Z', 7, '2026-11-24')).toBe(true);
    expect(isBackupDue('2026-11-20T09:00:00.000Z', 3, '2026-11-24')).toBe(true);
  });
});
