// Locks after N idle minutes; any key, pointer or wheel activity resets the timer. (Ctrl+L is
// lockShortcut.ts, listened for from the moment a home is unlocked.)
import { useEffect } from 'react';

export function useIdleLock(minutes: number, lock: () => void): void {
  useEffect(() => {
    let timer = setTimeout(lock, minutes * 60_000);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(lock, minutes * 60_000);
    };
    const events = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
    events.forEach((name) => window.addEventListener(name, reset, { passive: true }));
    return () => {
      clearTimeout(timer);
      events.forEach((name) => window.removeEventListener(name, reset));
    };
  }, [minutes, lock]);
}
