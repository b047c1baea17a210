// Who the child's mentor is on a given day.
import type { Child, IsoDate, MentorAssignment } from './types';

/** Whether an assignment covers `date` (both ends inclusive; no end means still running). */
export function assignmentCovers(assignment: MentorAssignment, date: IsoDate): boolean {
  return assignment.from <= date && (assignment.to === undefined || assignment.to >= date);
}

/**
 * The mentor assignment covering `today`, or undefined. When assignments overlap (a handover week),
 * the most recently started one wins, because that mentor is taking over.
 */
export function currentMentor(
  child: Pick<Child, 'mentorAssignments'>,
  today: IsoDate,
): MentorAssignment | undefined {
  let current: MentorAssignment | undefined;
  for (const assignment of child.mentorAssignments) {
    if (assignmentCovers(assignment, today) && (current === undefined || assignment.from >= current.from)) {
      current = assignment;
    }
  }
  return current;
}
