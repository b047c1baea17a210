// Saving a record that may have changed in another window since the form opened: the form keeps the
// version it opened from, and on a refused save the person's own changes go on top of the stored one.
import type { UseFormReturnType } from '@mantine/form';
import { useRef } from 'react';
import { rebaseValues } from './rebase';
import { useSaveFlow } from './useSaveFlow';

export function useVersionedSave<T extends { updatedAt: string }, V extends object>(opened: T | undefined) {
  // The version the form opened: a later save elsewhere must not be overwritten unseen.
  const basedOn = useRef(opened);
  const { failed, busy, conflict, run, clearConflict } = useSaveFlow<T>();

  /** Only the fields changed here go on top of the stored version (`stored`: its form values); the
   * rest is theirs. The form then counts as opened from that version and saves again if valid. */
  const reapply = (form: UseFormReturnType<V>, stored: V, save: (values: V) => unknown) => {
    if (conflict === null) return;
    const merged = rebaseValues(form.getValues(), stored, (field) => form.isDirty(field));
    basedOn.current = conflict;
    clearConflict();
    form.setValues(merged);
    if (!form.validate().hasErrors) void save(merged);
  };

  /** What the repository checks a save against: the opened version's time, none for a new record. */
  const openedAt = () => (basedOn.current ? { updatedAt: basedOn.current.updatedAt } : undefined);

  return { basedOn, openedAt, failed, busy, conflict, run, reapply };
}
