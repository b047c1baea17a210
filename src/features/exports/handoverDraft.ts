// The editable form state of a handover's content, and its conversion back to a record draft. The
// consent per section is not part of it: each section row saves its own at once.
import type { Draft, Handover } from '../../domain/types';

/** A handover's content: everything but the consent per section. */
export type HandoverContent = Omit<Draft<Handover>, 'consent'>;

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
  };
}

export function handoverDraft(childId: string, values: HandoverValues): HandoverContent {
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
  };
}
