// The submit flow every form shares: show field errors, or save once and report a failed save.
import { useState } from 'react';
import { saveFailureOf, type SaveFailure } from './saveFailure';

export type FieldErrors = Record<string, string | undefined>;

export function useFormSubmit() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failed, setFailed] = useState<SaveFailure | false>(false);
  const [busy, setBusy] = useState(false);

  /** Saves only when `found` has no errors; `after` runs on success (e.g. closing the form). */
  const run = async (
    found: FieldErrors,
    save: () => Promise<unknown>,
    after?: () => void,
  ): Promise<boolean> => {
    setErrors(found);
    if (Object.values(found).some(Boolean)) return false;
    setBusy(true);
    setFailed(false);
    try {
      await save();
      after?.();
      return true;
    } catch (error) {
      setFailed(saveFailureOf(error));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { errors, failed, busy, run };
}
