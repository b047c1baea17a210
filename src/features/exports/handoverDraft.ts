// The editable form state of a handover record, and its conversion back to a record draft.
import type { Draft, Handover, HandoverSection, SectionConsent } from '../../domain/types';

export const HANDOVER_TEXT_FIELDS = [
  'newInstitution',
  'reasonForMove',
  'howDecided',
  'parentsView',
  'childView',
  'childStory',
  'parentsMessage',
  'involvementNotes',
  'contactOldPlace',
  'contactNewPlace',
  'handoverMeetingAttendees',
] as const;
export type HandoverTextField = (typeof HANDOVER_TEXT_FIELDS)[number];

export interface HandoverValues {
  text: Record<HandoverTextField, string>;
  moveDate: string;
  firstEvaluationAfterMove: string;
  handoverMeetingOn: string;
  /** Each parent's own view, by family member id. */
  parentViews: Record<string, string>;
  parentsInvolved: boolean;
  childInvolved: boolean;
  consent: Partial<Record<HandoverSection, SectionConsent>>;
}

export function handoverValues(handover: Handover | null): HandoverValues {
  const text = Object.fromEntries(
    HANDOVER_TEXT_FIELDS.map((field) => [field, handover?.[field] ?? '']),
  ) as Record<HandoverTextField, string>;
  return {
    text,
    moveDate: handover?.moveDate ?? '',
    firstEvaluationAfterMove: handover?.firstEvaluationAfterMove ?? '',
    handoverMeetingOn: handover?.handoverMeetingOn ?? '',
    parentViews: Object.fromEntries(
      (handover?.parentViews ?? []).map((view) => [view.familyMemberId, view.text]),
    ),
    parentsInvolved: handover?.parentsInvolved ?? false,
    childInvolved: handover?.childInvolved ?? false,
    consent: handover?.consent ?? {},
  };
}

export function handoverDraft(childId: string, values: HandoverValues): Draft<Handover> {
  const parentViews = Object.entries(values.parentViews)
    .filter(([, text]) => text.trim())
    .map(([familyMemberId, text]) => ({ familyMemberId, text: text.trim() }));
  const text = Object.fromEntries(
    HANDOVER_TEXT_FIELDS.map((field) => [field, values.text[field].trim() || undefined]),
  ) as Partial<Record<HandoverTextField, string>>;
  return {
    childId,
    ...text,
    moveDate: values.moveDate || undefined,
    firstEvaluationAfterMove: values.firstEvaluationAfterMove || undefined,
    handoverMeetingOn: values.handoverMeetingOn || undefined,
    ...(parentViews.length > 0 ? { parentViews } : {}),
    parentsInvolved: values.parentsInvolved,
    childInvolved: values.childInvolved,
    consent: values.consent,
  };
}
