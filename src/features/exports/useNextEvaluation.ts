// The date of the child's next collaboration evaluation: the meeting preparation's default date.
import { nextEvaluationDue } from '../../domain/evaluations';
import type { Child } from '../../domain/types';
import { useToday } from '../../ui/useToday';
import { useEvaluations } from '../evaluations/useEvaluations';

/** The next due evaluation, or today when that date has passed; undefined while loading. */
export function useMeetingDate(child: Child): string | undefined {
  const today = useToday();
  const evaluations = useEvaluations(child.id);
  if (!evaluations) return undefined;
  const due = nextEvaluationDue(evaluations, child);
  return due < today ? today : due;
}
