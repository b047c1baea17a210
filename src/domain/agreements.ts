// Questions about shared-parenting agreements: which are in force, due for review, missing, changed.
import {
  STARTER_TOPICS,
  type Agreement,
  type AgreementContent,
  type AgreementRevision,
  type AgreementTopic,
  type IsoDate,
  type StarterTopic,
} from './types';
import { compareDates } from './dates';

export { isNewPlacement } from './placements';

/** Agreements that are agreed and not ended: what everybody holds to now. */
export function agreementsInForce<T extends Pick<Agreement, 'status'>>(agreements: readonly T[]): T[] {
  return agreements.filter((agreement) => agreement.status === 'agreed');
}

/** Proposals not yet agreed; listed apart so nobody mistakes them for what was agreed. */
export function proposedAgreements<T extends Pick<Agreement, 'status'>>(agreements: readonly T[]): T[] {
  return agreements.filter((agreement) => agreement.status === 'proposed');
}

/** Whether an agreement that still counts has reached its review date (the review day included). */
export function isReviewDue(agreement: Pick<Agreement, 'status' | 'reviewOn'>, today: IsoDate): boolean {
  return agreement.status !== 'ended' && agreement.reviewOn !== undefined && agreement.reviewOn <= today;
}

/** Agreements due for review, the longest overdue first. */
export function agreementsPastReview<T extends Pick<Agreement, 'status' | 'reviewOn'>>(
  agreements: readonly T[],
  today: IsoDate,
): T[] {
  return agreements
    .filter((agreement) => isReviewDue(agreement, today))
    .sort((a, b) => compareDates(a.reviewOn ?? '', b.reviewOn ?? ''));
}

/** Agreements in force that nobody set a review date for: they may be forgotten. */
export function withoutReviewDate<T extends Pick<Agreement, 'status' | 'reviewOn'>>(
  agreements: readonly T[],
): T[] {
  return agreementsInForce(agreements).filter((agreement) => !agreement.reviewOn);
}

/** Starter topics (in their standard order) not covered by an agreed or proposed agreement. Pass one child's agreements. */
export function missingStarterTopics(
  agreements: readonly Pick<Agreement, 'topic' | 'status'>[],
): StarterTopic[] {
  const covered = new Set(agreements.filter((a) => a.status !== 'ended').map((a) => a.topic));
  return STARTER_TOPICS.filter((topic) => !covered.has(topic));
}

export interface TopicGroup<T> {
  topic: AgreementTopic;
  /** The custom topic's name as first written, for `topic === 'custom'`. */
  customTopic?: string;
  agreements: T[];
}

const customKey = (name: string | undefined) => (name ?? '').trim().toLocaleLowerCase('nl');

/**
 * Agreements grouped by topic: starter topics in their standard order, then custom topics
 * alphabetically (names differing only in case or spacing form one group). Order within a group is kept.
 */
export function groupByTopic<T extends Pick<AgreementContent, 'topic' | 'customTopic'>>(
  agreements: readonly T[],
): TopicGroup<T>[] {
  const starter = new Map<AgreementTopic, TopicGroup<T>>();
  const custom = new Map<string, TopicGroup<T>>();
  for (const agreement of agreements) {
    if (agreement.topic === 'custom') {
      const key = customKey(agreement.customTopic);
      const group = custom.get(key) ?? {
        topic: 'custom',
        customTopic: agreement.customTopic?.trim() ?? '',
        agreements: [],
      };
      group.agreements.push(agreement);
      custom.set(key, group);
    } else {
      const group = starter.get(agreement.topic) ?? { topic: agreement.topic, agreements: [] };
      group.agreements.push(agreement);
      starter.set(agreement.topic, group);
    }
  }
  const starterGroups = STARTER_TOPICS.flatMap((topic) => starter.get(topic) ?? []);
  const customGroups = [...custom.values()].sort((a, b) =>
    (a.customTopic ?? '').localeCompare(b.customTopic ?? '', 'nl', { sensitivity: 'base' }),
  );
  return [...starterGroups, ...customGroups];
}

/** The versioned fields, in the order a history view lists changes. */
export const AGREEMENT_CONTENT_KEYS = [
  'topic',
  'customTopic',
  'text',
  'responsible',
  'status',
  'agreedOn',
  'agreedWith',
  'reviewOn',
  'outcome',
  'parentsView',
] as const satisfies readonly (keyof AgreementContent)[];

/** Comparable form of one field: blank equals absent, and lists compare regardless of order. */
function comparable(content: AgreementContent, key: keyof AgreementContent): string {
  if (key === 'responsible') {
    return JSON.stringify(
      (content.responsible ?? []).map((r) => `${r.kind}:${r.familyMemberId ?? ''}`).sort(),
    );
  }
  if (key === 'agreedWith') return JSON.stringify([...(content.agreedWith ?? [])].sort());
  const value = content[key];
  return typeof value === 'string' ? value : '';
}

/** The fields that differ between two versions. */
export function contentChanges(
  previous: AgreementContent,
  next: AgreementContent,
): (keyof AgreementContent)[] {
  return AGREEMENT_CONTENT_KEYS.filter((key) => comparable(previous, key) !== comparable(next, key));
}

export interface RevisionWithChanges extends AgreementRevision {
  /** Fields changed against the previous version of the same agreement; empty for the first version. */
  changes: (keyof AgreementContent)[];
}

/** Revisions oldest first, each with what changed since the version before it. */
export function revisionHistory(revisions: readonly AgreementRevision[]): RevisionWithChanges[] {
  const sorted = [...revisions].sort(
    (a, b) => a.version - b.version || compareDates(a.changedAt, b.changedAt),
  );
  const previousByAgreement = new Map<string, AgreementContent>();
  return sorted.map((revision) => {
    const previous = previousByAgreement.get(revision.agreementId);
    previousByAgreement.set(revision.agreementId, revision.content);
    return { ...revision, changes: previous ? contentChanges(previous, revision.content) : [] };
  });
}
