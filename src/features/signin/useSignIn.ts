// Sign-in hooks: the names on the sign-in list and the sign-in attempts of a locked home.
import { useEffect, useState } from 'react';
import type { LockedHome, SignInName } from '../../data/homes';
import { localToday } from '../../ui/useToday';

export function useSignInNames(locked: LockedHome): { names: SignInName[] | null; failed: boolean } {
  const [names, setNames] = useState<SignInName[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    locked.signInNames(localToday()).then(
      (list) => !cancelled && setNames(list),
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [locked]);
  return { names, failed };
}
