// Turns a refused step of the report state machine into the sentence the screens show.
import type { TFunction } from 'i18next';
import { ReportTransitionError } from '../../domain/reports';

export function reportErrorMessage(t: TFunction<'reports'>, error: unknown): string {
  if (error instanceof ReportTransitionError) return t(`errors.${error.code}`);
  return t('errors.failed');
}
