// Re-applying a change on top of another window's: the fields this person changed keep their value,
// every other field takes the version now stored.
export function rebaseValues<V extends object>(values: V, stored: V, isDirty: (field: string) => boolean): V {
  const merged = { ...values };
  for (const key of Object.keys(stored) as (keyof V & string)[]) {
    if (!isDirty(key)) merged[key] = stored[key];
  }
  return merged;
}
