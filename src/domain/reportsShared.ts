// What parents (and the youth) said on reports shared with them, for the evaluation, the meeting
// preparation and the handover: each shared version with every person's answer, and per parent their
// latest reaction in a period. Pure: dates are passed in; the words are passed on exactly as stored.
import { mentionsHealth, type ConsentCategory } from './consent';
import {
  REACTION_SECTIONS,
  reactionState,
  type ReactionChoice,
  type ReactionSection,
  type ReactionSource,
  type ReactionState,
  type ReportContent,
  type ReportKind,
  type ReportReaction,
  type ReportShare,
  type ReportVersion,
} from './reports';
import type { Id, IsoDate } from './types';

/** One section of a reaction: the choice and the person's own words, exactly as given. */
export interface ReactionLine {
  section: ReactionSection;
  choice?: ReactionChoice;
  text: string;
}

/** A reaction as it came in: when, how, and what was said per section (the staff note is not theirs). */
export interface ReactionWords {
  receivedOn: IsoDate;
  source?: ReactionSource;
  lines: ReactionLine[];
}

/** Which report a reaction was on. */
export interface SharedReportRef {
  reportId: Id;
  version: number;
  kind: ReportKind;
  customKind?: string;
  periodFrom: IsoDate;
  periodTo: IsoDate;
}

/** One person a version was shared with, their reactions on it, and where their answer stands. */
export interface SharedWith extends ReportShare {
  /** Their reactions on this version in the order they came in (none: see `state`). */
  reactions: ReactionWords[];
  state: ReactionState;
}

export interface SharedReport extends SharedReportRef {
  shares: SharedWith[];
  /** A correction replaced this version. */
  superseded: boolean;
  /** The consent category the report and its reactions belong to (health when any of it speaks of health). */
  category: ConsentCategory;
}

/** The sections a person answered, in the report's order, with their words unchanged. */
export function reactionLines(reaction: Pick<ReportReaction, 'sections'>): ReactionLine[] {
  return REACTION_SECTIONS.flatMap((section) => {
    const given = reaction.sections[section];
    if (!given || (!given.choice && given.text === '')) return [];
    return [{ section, ...(given.choice ? { choice: given.choice } : {}), text: given.text }];
  });
}

function wordsOf(reaction: ReportReaction): ReactionWords {
  return {
    receivedOn: reaction.receivedOn,
    ...(reaction.source ? { source: reaction.source } : {}),
    lines: reactionLines(reaction),
  };
}

const byArrival = (a: ReportReaction, b: ReportReaction) =>
  a.receivedOn.localeCompare(b.receivedOn) || a.createdAt.localeCompare(b.createdAt);

/**
 * The consent category of a shared report: health when its text, its goals or anyone's reaction speaks
 * of health (medication, therapy, a diagnosis), else goals (a report is about progress). Errs towards
 * leaving out, as the goals do.
 */
export function reportCategory(
  content: Pick<
    ReportContent,
    'facts' | 'youthView' | 'parentsViews' | 'interpretation' | 'nextSteps' | 'goals' | 'customKind'
  >,
  reactions: readonly Pick<ReportReaction, 'sections'>[],
): ConsentCategory {
  const texts = [
    content.customKind,
    content.facts,
    content.youthView,
    content.interpretation,
    content.nextSteps,
    ...content.parentsViews.map((view) => view.text),
    ...content.goals.flatMap((goal) => [goal.title, ...goal.progress.map((entry) => entry.text)]),
    ...reactions.flatMap((reaction) => Object.values(reaction.sections).map((section) => section?.text)),
  ];
  return texts.some((text) => mentionsHealth(text)) ? 'health' : 'goals';
}

/**
 * Every version that was shared with someone, first shared first, with per person their reactions and
 * where their answer stands on `today` (waiting, period passed, "geen reactie ontvangen" recorded).
 */
export function sharedReports(
  versions: readonly ReportVersion[],
  reactions: readonly ReportReaction[],
  today: IsoDate,
): SharedReport[] {
  const reports = versions
    .filter((version) => version.shares.length > 0)
    .map((version): SharedReport => {
      const own = reactions
        .filter((reaction) => reaction.reportId === version.reportId && reaction.version === version.version)
        .sort(byArrival);
      const { kind, customKind, periodFrom, periodTo } = version.content;
      return {
        reportId: version.reportId,
        version: version.version,
        kind,
        ...(customKind !== undefined ? { customKind } : {}),
        periodFrom,
        periodTo,
        superseded: version.supersededAt !== undefined,
        category: reportCategory(version.content, own),
        shares: version.shares.map((share) => ({
          ...share,
          reactions: own
            .filter((reaction) => reaction.personId === share.personId && reaction.outcome === 'reacted')
            .map(wordsOf),
          state: reactionState(share, version.version, own, today),
        })),
      };
    });
  const firstShare = (report: SharedReport) =>
    report.shares.reduce((first, share) => (share.sharedOn < first ? share.sharedOn : first), '9999-12-31');
  return reports.sort(
    (a, b) =>
      firstShare(a).localeCompare(firstShare(b)) ||
      a.reportId.localeCompare(b.reportId) ||
      a.version - b.version,
  );
}

/** A parent's latest word on the reports of a period, or where the latest report shared with them stands. */
export interface ParentLatestReaction {
  personId: Id;
  report: SharedReportRef;
  sharedOn: IsoDate;
  /** Their latest reaction; absent when they did not react on any report of the period. */
  reaction?: ReactionWords;
  /** Without a reaction: the answer of the latest report shared with them (waiting, passed, none recorded). */
  state: ReactionState;
}

/**
 * Per parent a report was shared with from `from` up to `to` (both inclusive): their latest reaction
 * received up to `to` on any of those reports, verbatim; a parent who reacted on none gets the state of
 * the latest report shared with them instead. In the order the parents were first shared with.
 */
export function latestParentReactions(
  versions: readonly ReportVersion[],
  reactions: readonly ReportReaction[],
  from: IsoDate,
  to: IsoDate,
): ParentLatestReaction[] {
  const known = reactions.filter((reaction) => reaction.receivedOn <= to);
  const shared = sharedReports(versions, known, to);
  const entries = shared.flatMap((report) =>
    report.shares
      .filter((share) => share.personKind === 'parent' && share.sharedOn >= from && share.sharedOn <= to)
      .map((share) => ({ report, share })),
  );
  const parents = [...new Set(entries.map((entry) => entry.share.personId))];
  return parents.map((personId) => {
    const own = entries
      .filter((entry) => entry.share.personId === personId)
      .sort((a, b) => a.share.sharedOn.localeCompare(b.share.sharedOn));
    const ref = ({ report }: (typeof own)[number]): SharedReportRef => ({
      reportId: report.reportId,
      version: report.version,
      kind: report.kind,
      ...(report.customKind !== undefined ? { customKind: report.customKind } : {}),
      periodFrom: report.periodFrom,
      periodTo: report.periodTo,
    });
    let latest: { entry: (typeof own)[number]; reaction: ReactionWords } | undefined;
    for (const entry of own)
      for (const reaction of entry.share.reactions)
        if (!latest || reaction.receivedOn >= latest.reaction.receivedOn) latest = { entry, reaction };
    if (latest)
      return {
        personId,
        report: ref(latest.entry),
        sharedOn: latest.entry.share.sharedOn,
        reaction: latest.reaction,
        state: latest.entry.share.state,
      };
    const last = own.at(-1)!;
    return { personId, report: ref(last), sharedOn: last.share.sharedOn, state: last.share.state };
  });
}
