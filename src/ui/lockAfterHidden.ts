// Locks when the page comes back after being hidden for the idle time: a sleeping laptop or a
// background tab runs no timers, so the idle timer alone can wake up far too late.

export interface VisibilitySource {
  readonly visibilityState: DocumentVisibilityState;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

/** Watches visibility; returns the function that stops watching. `now` is the wall clock in ms. */
export function lockAfterHidden(
  source: VisibilitySource,
  now: () => number,
  limitMs: number,
  lock: () => void,
): () => void {
  let hiddenAt = source.visibilityState === 'hidden' ? now() : null;
  const onChange = () => {
    if (source.visibilityState === 'hidden') {
      hiddenAt ??= now();
      return;
    }
    if (hiddenAt !== null && now() - hiddenAt >= limitMs) lock();
    hiddenAt = null;
  };
  source.addEventListener('visibilitychange', onChange);
  return () => source.removeEventListener('visibilitychange', onChange);
}
