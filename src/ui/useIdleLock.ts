// Locks after N idle minutes and on Ctrl+L; any key, pointer or wheel activity resets the timer.
import { useEffect } from 'react';

export function useIdleLock(minutes: number, lock: () => void): void {
  useEffect(() => {
    let timer = setTimeout(lock, minutes * 60_000);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(lock, minutes * 60_000);
    };
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        lock();
        return;
      }
      reset();
    };
    const events = ['pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
    events.forEach((name) => window.addEventListener(name, reset, { passive: true }));
    window.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(timer);
      events.forEach((name) => window.removeEventListener(name, reset));
      window.removeEventListener('keydown', onKey);
    };
  }, [minutes, lock]);
}
