// Ctrl+L (⌘L on a Mac) locks the open home at once. It is listened for wherever a home is unlocked,
// from the first screen after the password (or the recovery key) on: also while the signed-in screens
// are still loading, so the shortcut never silently does nothing.
import { useEffect } from 'react';

type KeyFacts = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>;

export const isLockShortcut = (event: KeyFacts): boolean =>
  (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'l';

export interface KeySource {
  addEventListener(type: 'keydown', listener: (event: KeyboardEvent) => void): void;
  removeEventListener(type: 'keydown', listener: (event: KeyboardEvent) => void): void;
}

/** Calls `lock` on Ctrl+L / ⌘L from `source`; returns the function that stops listening. */
export function watchLockShortcut(source: KeySource, lock: () => void): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (!isLockShortcut(event)) return;
    event.preventDefault();
    lock();
  };
  source.addEventListener('keydown', onKey);
  return () => source.removeEventListener('keydown', onKey);
}

/** Listens on the window while `lock` is given (a home is unlocked); null: nothing to lock. */
export function useLockShortcut(lock: (() => void) | null): void {
  useEffect(() => (lock ? watchLockShortcut(window, lock) : undefined), [lock]);
}
