// Events about a home database that the user must hear of: another window upgraded it (this one was
// closed) or holds an older version open (this one waits). The UI shows them in Dutch or English.
export type DatabaseEvent =
  | { kind: 'closedForUpgrade'; homeId: string }
  | { kind: 'blocked'; homeId: string }
  | { kind: 'ready'; homeId: string };

type Listener = (event: DatabaseEvent) => void;
const listeners = new Set<Listener>();

export function onDatabaseEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitDatabaseEvent(event: DatabaseEvent): void {
  for (const listener of listeners) listener(event);
}
