// Applying a mentor choice to a child's assignment history: close the current one, open a new one.
import type { Id, MentorAssignment } from '../../domain/types';

export function withMentor(
  assignments: MentorAssignment[],
  mentorId: Id | '',
  from: string,
): MentorAssignment[] {
  const current = assignments.find((a) => !a.to || a.to >= from);
  if ((current?.staffId ?? '') === mentorId) return assignments;
  const closed = assignments.map((a) => (a === current ? { ...a, to: from } : a));
  return mentorId ? [...closed, { staffId: mentorId, from }] : closed;
}
