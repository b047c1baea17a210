// Saving a form once, with the two ways it can go wrong: the save failed (disk, closed database), or
// the record was changed in another window since the form opened (a `ConflictError` from the data
// layer, recognised by name so this layer does not import it) — then the stored version is kept for a
// notice and the form keeps what the person typed.
import { useState } from 'react';
import { notifySaved } from './notify';
import { saveFailureOf, type SaveFailure } from './saveFailure';

interface Conflicted<T> {
  name: 'ConflictError';
  current: T;
}

const isConflict = <T>(error: unknown): error is Conflicted<T> =>
  error instanceof Error && error.name === 'ConflictError' && 'current' in error;

export function useSaveFlow<T = unknown>() {
  const [failed, setFailed] = useState<SaveFailure | false>(false);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<T | null>(null);

  /** Runs `save`; on success shows "Opgeslagen" and calls `after`. Returns whether it saved. */
  const run = async (save: () => Promise<unknown>, after?: () => void): Promise<boolean> => {
    setBusy(true);
    setFailed(false);
    try {
      await save();
      setConflict(null);
      notifySaved();
      after?.();
      return true;
    } catch (error) {
      if (isConflict<T>(error)) setConflict(error.current);
      else setFailed(saveFailureOf(error));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { failed, busy, conflict, run, clearConflict: () => setConflict(null) };
}
