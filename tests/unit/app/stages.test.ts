// The moves between the stages before sign-in: each ends a session or opens a connection exactly once.
import { describe, expect, it } from 'vitest';
import type { LockedHome, Session } from '../../../src/data/homes';
import { lockStage, signInStage, welcomeStage, type Stage } from '../../../src/app/stages';
import type { HomeEntry } from '../../../src/domain/types';

const home: HomeEntry = {
  id: 'h1',
  name: 'De Linde',
  kind: 'smallScale',
  createdAt: '2026-01-01',
} as HomeEntry;

function fakes() {
  const counts = { locks: 0, opened: 0, closed: 0 };
  const session = { lock: () => counts.locks++ } as unknown as Session;
  const openLocked = (entry: HomeEntry) => {
    counts.opened++;
    return { homeId: entry.id, close: () => counts.closed++ } as unknown as LockedHome;
  };
  return { counts, session, deps: { openLocked } };
}

describe('stage moves', () => {
  it('locks a signed-in home once and opens exactly one sign-in connection', () => {
    const { counts, session, deps } = fakes();
    const next = lockStage({ name: 'signedIn', home, session }, deps);
    expect(next?.name).toBe('signIn');
    expect(counts).toEqual({ locks: 1, opened: 1, closed: 0 });
  });

  it('does nothing when asked to lock a home that is not signed in (a second Ctrl+L or idle timer)', () => {
    const { counts, session, deps } = fakes();
    const signIn = lockStage({ name: 'migrating', home, session }, deps)!;
    expect(lockStage(signIn, deps)).toBeNull();
    expect(lockStage({ name: 'welcome' }, deps)).toBeNull();
    expect(counts).toEqual({ locks: 1, opened: 1, closed: 0 });
  });

  it('closes the sign-in connection when going back to the list of homes', () => {
    const { counts, deps } = fakes();
    const signIn = signInStage({ name: 'welcome' }, home, deps);
    expect(welcomeStage(signIn)).toEqual({ name: 'welcome' });
    expect(welcomeStage({ name: 'welcome' })).toBeNull();
    expect(counts).toEqual({ locks: 0, opened: 1, closed: 1 });
  });

  it('ends the session when switching home from a signed-in or just-created home', () => {
    for (const name of ['signedIn', 'created', 'migrating'] as const) {
      const { counts, session } = fakes();
      const stage = { name, home, session, recoveryKey: 'KEY' } as Stage;
      expect(welcomeStage(stage)).toEqual({ name: 'welcome' });
      expect(counts.locks).toBe(1);
    }
  });

  it('opening another home first closes the connection of the one on screen', () => {
    const { counts, deps } = fakes();
    const first = signInStage({ name: 'welcome' }, home, deps);
    const second = signInStage(first, { ...home, id: 'h2' }, deps);
    expect(second).toMatchObject({ name: 'signIn', locked: { homeId: 'h2' } });
    expect(counts).toEqual({ locks: 0, opened: 2, closed: 1 });
  });
});
