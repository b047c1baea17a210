// The stages before and around sign-in, and the moves between them. A move that ends a session or
// opens a connection does so exactly once, outside any React state updater (StrictMode runs updaters
// twice, which once opened a second connection that nobody closed).
import { useCallback, useRef, useState } from 'react';
import type { LockedHome, Session } from '../data/homes';
import type { HomeEntry } from '../domain/types';

export type Stage =
  | { name: 'welcome' }
  | { name: 'created'; home: HomeEntry; session: Session; recoveryKey: string }
  | { name: 'signIn'; home: HomeEntry; locked: LockedHome; demo: boolean }
  | { name: 'migrating'; home: HomeEntry; session: Session }
  | { name: 'signedIn'; home: HomeEntry; session: Session };

type WithSession = Extract<Stage, { session: Session }>;

/** The stages in which a home is unlocked: there is something to lock. */
export const hasSession = (stage: Stage): stage is WithSession =>
  stage.name === 'signedIn' || stage.name === 'created' || stage.name === 'migrating';

/** What a move needs from outside: opening a home for sign-in. */
export interface StageDeps {
  openLocked: (home: HomeEntry) => LockedHome;
}

/**
 * Locks a signed-in home and opens it for sign-in again. Returns the next stage, or null when there is
 * nothing to lock (then nothing was done).
 */
export function lockStage(current: Stage, deps: StageDeps): Stage | null {
  if (!hasSession(current)) return null;
  current.session.lock();
  return {
    name: 'signIn',
    home: current.home,
    locked: deps.openLocked(current.home),
    demo: Boolean(current.home.demo),
  };
}

/** Back to the list of homes: whatever connection the current stage holds is closed first. */
export function welcomeStage(current: Stage): Stage | null {
  if (current.name === 'welcome') return null;
  if (current.name === 'signIn') current.locked.close();
  if (hasSession(current)) current.session.lock();
  return { name: 'welcome' };
}

/** Opens a home for sign-in, closing what the current stage holds. */
export function signInStage(current: Stage, home: HomeEntry, deps: StageDeps): Stage {
  welcomeStage(current);
  return { name: 'signIn', home, locked: deps.openLocked(home), demo: Boolean(home.demo) };
}

/**
 * The current stage and `move(transition)`: the transition runs once against the stage as it is now
 * (kept in a ref, so two moves in one tick see each other) and its result becomes the next stage.
 */
export function useStages(initial: Stage): [Stage, (transition: (current: Stage) => Stage | null) => void] {
  const [stage, setStage] = useState<Stage>(initial);
  const current = useRef<Stage>(initial);
  const move = useCallback((transition: (current: Stage) => Stage | null) => {
    const next = transition(current.current);
    if (!next) return;
    current.current = next;
    setStage(next);
  }, []);
  return [stage, move];
}
