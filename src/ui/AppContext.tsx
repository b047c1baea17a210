// React contexts for the platform, the settings and the signed-in session's repositories.
import { createContext, useContext } from 'react';
import type { Repositories } from '../data/repositories';
import type { HomeEntry } from '../domain/types';
import type { AppSettings, Platform } from '../platform';

export interface PlatformState {
  platform: Platform;
  settings: AppSettings;
  updateSettings: (patch: Partial<AppSettings>) => Promise<void>;
}

export const PlatformContext = createContext<PlatformState | null>(null);

export function usePlatform(): PlatformState {
  const value = useContext(PlatformContext);
  if (!value) throw new Error('PlatformContext missing');
  return value;
}

export interface SessionState {
  home: HomeEntry;
  repos: Repositories;
  lock: () => void;
}

export const SessionContext = createContext<SessionState | null>(null);

/** The signed-in session: only available inside the app shell. */
export function useSessionState(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('SessionContext missing');
  return value;
}

export function useRepos(): Repositories {
  return useSessionState().repos;
}
