// Why a save failed, in the terms a user can act on: a full disk, a database closed by another
// window's upgrade, or anything else.
export type SaveFailure = 'quota' | 'closed' | 'other';

export function saveFailureOf(error: unknown): SaveFailure {
  const names = [error, (error as { inner?: unknown } | null)?.inner]
    .map((candidate) =>
      candidate instanceof Error || candidate instanceof DOMException ? candidate.name : '',
    )
    .join(' ');
  if (/Quota/.test(names)) return 'quota';
  if (/DatabaseClosed|InvalidState/.test(names)) return 'closed';
  return 'other';
}
