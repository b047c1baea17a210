// Reports on a child with the parents' own voice: kinds, sections, the draft → checked → shared → final
// state machine, who a report is shared with, and the reaction clock. Pure: dates are passed in.
import { addDays, ageOn, daysBetween } from './dates';
import { authorityHolders } from './family';
import type {
  Child,
  FamilyMember,
  GoalStatus,
  Id,
  IsoDate,
  IsoDateTime,
  RecordMeta,
  StaffRole,
} from './types';

// ---------------------------------------------------------------- types

/** voortgangsrapportage, evaluatieverslag, or a kind the home names itself. */
export const REPORT_KINDS = ['progress', 'evaluation', 'custom'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** The sections a report keeps apart, in the order they are written and printed. */
export const REPORT_SECTIONS = ['facts', 'youthView', 'parentsView', 'interpretation', 'nextSteps'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** What a person reacts on: every section, the goals of the period, and anything else they want to say. */
export const REACTION_SECTIONS = [
  'facts',
  'youthView',
  'parentsView',
  'interpretation',
  'goals',
  'nextSteps',
  'other',
] as const;
export type ReactionSection = (typeof REACTION_SECTIONS)[number];

/** Sections without an agree / partly / disagree choice (there is nothing to agree with). */
export const SECTIONS_WITHOUT_CHOICE: readonly ReactionSection[] = ['other'];

export const REPORT_STATUSES = ['draft', 'checked', 'shared', 'final'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** How a report reached a person. */
export const SHARE_CHANNELS = ['meeting', 'email', 'post', 'handedOver'] as const;
export type ShareChannel = (typeof SHARE_CHANNELS)[number];

/** How a reaction came in. */
export const REACTION_SOURCES = ['meeting', 'phone', 'inWriting', 'returnedDocument'] as const;
export type ReactionSource = (typeof REACTION_SOURCES)[number];

export const REACTION_CHOICES = ['agrees', 'partly', 'disagrees'] as const;
export type ReactionChoice = (typeof REACTION_CHOICES)[number];

/** One parent's view in their own words, kept apart per parent. */
export interface ParentWords {
  familyMemberId: Id;
  text: string;
}

/** A goal of the period as it stood when the report was written (pulled from the goals). */
export interface ReportGoal {
  goalId: Id;
  title: string;
  status: GoalStatus;
  /** Progress noted on the goal within the period, oldest first. */
  progress: { on: IsoDate; text: string }[];
}

/** The part of a report that is frozen when it is shared; a correction is a new version of it. */
export interface ReportContent {
  kind: ReportKind;
  /** The name of a home-defined kind (`kind === 'custom'`). */
  customKind?: string;
  periodFrom: IsoDate;
  periodTo: IsoDate;
  facts: string;
  youthView: string;
  parentsViews: ParentWords[];
  interpretation: string;
  nextSteps: string;
  goals: ReportGoal[];
  authorId: Id;
}

export type ShareRecipientKind = 'parent' | 'youth';

/** That the current version was given to one person: when, how and by whom; and until when they may react. */
export interface ReportShare {
  /** A family member's id, or the child's id for the youth. */
  personId: Id;
  personKind: ShareRecipientKind;
  sharedOn: IsoDate;
  channel: ShareChannel;
  sharedBy: Id;
  reactionDueOn: IsoDate;
}

export interface Report extends RecordMeta, ReportContent {
  childId: Id;
  status: ReportStatus;
  /** 1 for a new report, +1 with every correction after sharing. */
  version: number;
  checkedBy?: Id;
  checkedOn?: IsoDate;
  /** Shares of the current version. */
  shares: ReportShare[];
  finalizedOn?: IsoDate;
  finalizedBy?: Id;
}

/** A frozen version: written when a version is first shared, kept for good (corrections add one). */
export interface ReportVersion {
  id: Id;
  reportId: Id;
  childId: Id;
  version: number;
  content: ReportContent;
  checkedBy?: Id;
  checkedOn?: IsoDate;
  frozenAt: IsoDateTime;
  frozenBy: Id;
  /** Shares of this version, completed when a later version replaces it. */
  shares: ReportShare[];
  /** Set when a correction replaced this version. */
  supersededAt?: IsoDateTime;
  finalizedOn?: IsoDate;
}

/** A person's reaction on one section: their choice and their own words, exactly as given. */
export interface SectionReaction {
  choice?: ReactionChoice;
  text: string;
}

/** A reaction of one person on one version, or the recorded absence of one. Never edited (bar the staff note). */
export interface ReportReaction extends RecordMeta {
  reportId: Id;
  childId: Id;
  version: number;
  personId: Id;
  personKind: ShareRecipientKind;
  outcome: 'reacted' | 'noReaction';
  sections: Partial<Record<ReactionSection, SectionReaction>>;
  /** When the reaction came in (or when its absence was recorded). */
  receivedOn: IsoDate;
  source?: ReactionSource;
  /** The staff's own note, kept apart from the person's words. */
  staffNote?: string;
}

// ---------------------------------------------------------------- rules

/** From this age the youth gets the report and may react on it. */
export const REPORT_YOUTH_AGE = 12;
/** Four weeks to react from the share date, unless the home sets otherwise. */
export const DEFAULT_REACTION_PERIOD_DAYS = 28;
export const REACTION_PERIOD_WEEKS_RANGE = { min: 1, max: 12 } as const;

export interface ReportRecipient {
  personId: Id;
  personKind: ShareRecipientKind;
  name: string;
  preferredLanguage?: string;
}

/** Who a report is shared with on `on`: every holder of parental authority, and the youth from 12. */
export function reportRecipients(
  child: Pick<Child, 'id' | 'name' | 'birthDate'>,
  familyMembers: readonly FamilyMember[],
  on: IsoDate,
): ReportRecipient[] {
  const parents = authorityHolders(familyMembers).map((member) => ({
    personId: member.id,
    personKind: 'parent' as const,
    name: member.name,
    preferredLanguage: member.preferredLanguage,
  }));
  const youth =
    ageOn(child.birthDate, on) >= REPORT_YOUTH_AGE
      ? [{ personId: child.id, personKind: 'youth' as const, name: child.name }]
      : [];
  return [...parents, ...youth];
}

export function reactionDueOn(sharedOn: IsoDate, periodDays = DEFAULT_REACTION_PERIOD_DAYS): IsoDate {
  return addDays(sharedOn, periodDays);
}

export type ReactionState =
  | { kind: 'waiting'; dueOn: IsoDate; daysLeft: number }
  | { kind: 'periodPassed'; dueOn: IsoDate; daysOver: number }
  | { kind: 'reacted'; on: IsoDate; late: boolean }
  | { kind: 'noReactionRecorded'; on: IsoDate };

/** The latest reaction (or recorded absence) of a person on a version, or undefined. */
export function latestReaction<
  T extends Pick<ReportReaction, 'personId' | 'version' | 'receivedOn' | 'createdAt'>,
>(reactions: readonly T[], personId: Id, version: number): T | undefined {
  return reactions
    .filter((reaction) => reaction.personId === personId && reaction.version === version)
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.createdAt.localeCompare(b.createdAt))
    .at(-1);
}

/**
 * Where one person's reaction stands on `today`: waiting (the due day itself still counts, 0 days
 * left), the period passed without a reaction, reacted, or "geen reactie ontvangen" recorded. A
 * reaction after a recorded absence counts as a (late) reaction.
 */
export function reactionState(
  share: Pick<ReportShare, 'personId' | 'reactionDueOn'>,
  version: number,
  reactions: readonly Pick<ReportReaction, 'personId' | 'version' | 'receivedOn' | 'createdAt' | 'outcome'>[],
  today: IsoDate,
): ReactionState {
  const own = reactions.filter((r) => r.personId === share.personId && r.version === version);
  const reacted = latestReaction(
    own.filter((r) => r.outcome === 'reacted'),
    share.personId,
    version,
  );
  if (reacted)
    return { kind: 'reacted', on: reacted.receivedOn, late: reacted.receivedOn > share.reactionDueOn };
  const absence = latestReaction(own, share.personId, version);
  if (absence) return { kind: 'noReactionRecorded', on: absence.receivedOn };
  const daysLeft = daysBetween(today, share.reactionDueOn);
  if (daysLeft >= 0) return { kind: 'waiting', dueOn: share.reactionDueOn, daysLeft };
  return { kind: 'periodPassed', dueOn: share.reactionDueOn, daysOver: -daysLeft };
}

// ---------------------------------------------------------------- the state machine

export type ReportTransitionCode =
  | 'notEditable'
  | 'notDraft'
  | 'checkerRole'
  | 'checkerIsAuthor'
  | 'incomplete'
  | 'periodInvalid'
  | 'notCheckedYet'
  | 'notARecipient'
  | 'alreadyShared'
  | 'shareBeforeCheck'
  | 'notShared'
  | 'reactionBeforeShare'
  | 'emptyReaction'
  | 'periodNotPassed'
  | 'alreadyAnswered'
  | 'reactionsMissing'
  | 'notCorrectable';

/** A transition the state machine does not allow; `code` names why (the screens translate it). */
export class ReportTransitionError extends Error {
  constructor(readonly code: ReportTransitionCode) {
    super(`report transition refused: ${code}`);
    this.name = 'ReportTransitionError';
  }
}

type ReportState = Pick<
  Report,
  'status' | 'version' | 'shares' | 'checkedBy' | 'checkedOn' | keyof ReportContent
>;

function refuse(code: ReportTransitionCode): never {
  throw new ReportTransitionError(code);
}

/** The text can be changed in draft and checked (a change after the check sends it back to draft). */
export function isEditable(report: Pick<Report, 'status'>): boolean {
  return report.status === 'draft' || report.status === 'checked';
}

/** Editing: allowed before sharing; the check lapses, because the checker saw another text. */
export function editReport<T extends ReportState>(report: T, content: Partial<ReportContent>): T {
  if (!isEditable(report)) refuse('notEditable');
  return { ...report, ...content, status: 'draft', checkedBy: undefined, checkedOn: undefined };
}

/** What must be written before a report can be checked. */
export function missingForCheck(
  content: ReportContent,
): ('period' | 'facts' | 'interpretation' | 'customKind')[] {
  const missing: ('period' | 'facts' | 'interpretation' | 'customKind')[] = [];
  if (content.periodTo < content.periodFrom) missing.push('period');
  if (!content.facts.trim()) missing.push('facts');
  if (!content.interpretation.trim()) missing.push('interpretation');
  if (content.kind === 'custom' && !content.customKind?.trim()) missing.push('customKind');
  return missing;
}

/** draft → checked, by a gedragswetenschapper other than the author. */
export function checkReport<T extends ReportState>(
  report: T,
  checker: { id: Id; role: StaffRole },
  on: IsoDate,
): T {
  if (report.status !== 'draft') refuse('notDraft');
  if (checker.role !== 'behaviouralScientist') refuse('checkerRole');
  if (checker.id === report.authorId) refuse('checkerIsAuthor');
  const missing = missingForCheck(report);
  if (missing.includes('period')) refuse('periodInvalid');
  if (missing.length > 0) refuse('incomplete');
  return { ...report, status: 'checked', checkedBy: checker.id, checkedOn: on };
}

export interface ShareInput {
  personId: Id;
  sharedOn: IsoDate;
  channel: ShareChannel;
  sharedBy: Id;
}

/**
 * checked → shared (the first share freezes the text), or one more person while shared. Only the
 * recipients on the share date (parents with authority, the youth from 12), once each per version.
 */
export function shareReport<T extends ReportState>(
  report: T,
  input: ShareInput,
  recipients: readonly ReportRecipient[],
  periodDays = DEFAULT_REACTION_PERIOD_DAYS,
): T {
  if (report.status !== 'checked' && report.status !== 'shared') refuse('notCheckedYet');
  const recipient = recipients.find((candidate) => candidate.personId === input.personId);
  if (!recipient) refuse('notARecipient');
  if (report.shares.some((share) => share.personId === input.personId)) refuse('alreadyShared');
  if (report.checkedOn && input.sharedOn < report.checkedOn) refuse('shareBeforeCheck');
  const share: ReportShare = {
    ...input,
    personKind: recipient.personKind,
    reactionDueOn: reactionDueOn(input.sharedOn, periodDays),
  };
  return { ...report, status: 'shared', shares: [...report.shares, share] };
}

/** Whether a reaction (or its recorded absence) may be stored for this person now. */
export function assertReactionAllowed(
  report: ReportState,
  reaction: Pick<ReportReaction, 'personId' | 'outcome' | 'receivedOn' | 'sections'>,
  reactions: readonly Pick<ReportReaction, 'personId' | 'version' | 'receivedOn' | 'createdAt' | 'outcome'>[],
): void {
  if (report.status !== 'shared') refuse('notShared');
  const share = report.shares.find((candidate) => candidate.personId === reaction.personId);
  if (!share) refuse('notARecipient');
  if (reaction.receivedOn < share.sharedOn) refuse('reactionBeforeShare');
  const state = reactionState(share, report.version, reactions, reaction.receivedOn);
  if (reaction.outcome === 'noReaction') {
    // Recorded, never assumed: only once the period has passed, and not over a reaction.
    if (state.kind === 'waiting') refuse('periodNotPassed');
    if (state.kind !== 'periodPassed') refuse('alreadyAnswered');
    return;
  }
  const anything = Object.values(reaction.sections).some(
    (section) => section?.choice || section?.text.trim(),
  );
  if (!anything) refuse('emptyReaction');
}

/** People shared with who have neither reacted nor had "geen reactie ontvangen" recorded. */
export function awaitingAnswer(
  report: Pick<Report, 'shares' | 'version'>,
  reactions: readonly Pick<ReportReaction, 'personId' | 'version' | 'receivedOn' | 'createdAt' | 'outcome'>[],
): Id[] {
  return report.shares
    .filter((share) => !reactions.some((r) => r.personId === share.personId && r.version === report.version))
    .map((share) => share.personId);
}

/** shared → final, once every person shared with has reacted or their absence of reaction is recorded. */
export function finalizeReport<T extends ReportState>(
  report: T,
  reactions: readonly Pick<ReportReaction, 'personId' | 'version' | 'receivedOn' | 'createdAt' | 'outcome'>[],
  on: IsoDate,
  by: Id,
): T & Pick<Report, 'finalizedOn' | 'finalizedBy'> {
  if (report.status !== 'shared') refuse('notShared');
  if (awaitingAnswer(report, reactions).length > 0) refuse('reactionsMissing');
  return { ...report, status: 'final', finalizedOn: on, finalizedBy: by };
}

/** shared or final → a new draft version with the same text; the old version stays as it was. */
export function correctReport<T extends ReportState>(
  report: T,
): T & Pick<Report, 'finalizedOn' | 'finalizedBy'> {
  if (report.status !== 'shared' && report.status !== 'final') refuse('notCorrectable');
  return {
    ...report,
    status: 'draft',
    version: report.version + 1,
    shares: [],
    checkedBy: undefined,
    checkedOn: undefined,
    finalizedOn: undefined,
    finalizedBy: undefined,
  };
}

/** The versioned part of a report. */
export function reportContent(report: ReportContent): ReportContent {
  const { kind, customKind, periodFrom, periodTo, facts, youthView, parentsViews, interpretation } = report;
  const { nextSteps, goals, authorId } = report;
  return {
    kind,
    ...(customKind !== undefined ? { customKind } : {}),
    periodFrom,
    periodTo,
    facts,
    youthView,
    parentsViews,
    interpretation,
    nextSteps,
    goals,
    authorId,
  };
}

/**
 * The frozen text in one canonical string (field order fixed, keys sorted), the input of the hash
 * that identifies a version in an exported document.
 */
export function canonicalReportText(content: ReportContent): string {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([, v]) => v !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([k, v]) => [k, sorted(v)]),
      );
    return value;
  };
  return JSON.stringify(sorted(reportContent(content)));
}

// ---------------------------------------------------------------- goals and the dashboard

/** Goals of the period: those running in it or with progress noted in it, with that progress. */
export function goalsOfPeriod(
  goals: readonly {
    id: Id;
    title: string;
    status: GoalStatus;
    progressNotes: { on: IsoDate; text: string }[];
    createdAt: IsoDateTime;
  }[],
  periodFrom: IsoDate,
  periodTo: IsoDate,
): ReportGoal[] {
  return goals
    .map((goal) => ({
      goal,
      progress: goal.progressNotes
        .filter((note) => note.on >= periodFrom && note.on <= periodTo)
        .sort((a, b) => a.on.localeCompare(b.on))
        .map(({ on, text }) => ({ on, text })),
    }))
    .filter(
      ({ goal, progress }) =>
        progress.length > 0 || (goal.status === 'active' && goal.createdAt.slice(0, 10) <= periodTo),
    )
    .map(({ goal, progress }) => ({ goalId: goal.id, title: goal.title, status: goal.status, progress }));
}

export interface ReportWaitingItem {
  reportId: Id;
  childId: Id;
  personId: Id;
  personKind: ShareRecipientKind;
  sharedOn: IsoDate;
  state: Extract<ReactionState, { kind: 'waiting' | 'periodPassed' }>;
}

/**
 * Per shared report and person: those still waiting for a reaction (fewest days left first) and those
 * whose period passed with nothing recorded (longest over first, before the waiting ones).
 */
export function reportsAwaitingReaction(
  reports: readonly Pick<Report, 'id' | 'childId' | 'status' | 'version' | 'shares'>[],
  reactions: readonly Pick<
    ReportReaction,
    'reportId' | 'personId' | 'version' | 'receivedOn' | 'createdAt' | 'outcome'
  >[],
  today: IsoDate,
): ReportWaitingItem[] {
  const items: ReportWaitingItem[] = [];
  for (const report of reports) {
    if (report.status !== 'shared') continue;
    const own = reactions.filter((reaction) => reaction.reportId === report.id);
    for (const share of report.shares) {
      const state = reactionState(share, report.version, own, today);
      if (state.kind !== 'waiting' && state.kind !== 'periodPassed') continue;
      items.push({
        reportId: report.id,
        childId: report.childId,
        personId: share.personId,
        personKind: share.personKind,
        sharedOn: share.sharedOn,
        state,
      });
    }
  }
  const rank = (item: ReportWaitingItem) =>
    item.state.kind === 'periodPassed' ? -item.state.daysOver - 1_000_000 : item.state.daysLeft;
  return items.sort((a, b) => rank(a) - rank(b));
}
