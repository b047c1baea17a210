// Locks the open home when the shell says so (Electron: system suspend, screen lock) and when the
// page returns after being hidden for at least the idle minutes that apply in this home.
import { useEffect } from 'react';
import { effectiveAutoLockMinutes } from '../platform';
import { usePlatform } from './AppContext';
import { lockAfterHidden } from './lockAfterHidden';

export function useShellLock(lock: () => void, homeId: string | null): void {
  const { platform, settings } = usePlatform();
  const minutes = effectiveAutoLockMinutes(settings, homeId);
  useEffect(() => platform.onLockRequest(() => lock()), [platform, lock]);
  useEffect(() => lockAfterHidden(document, () => Date.now(), minutes * 60_000, lock), [minutes, lock]);
}
