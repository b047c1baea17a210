// Turns school rules into the words the School tab shows: who (by name where known), how and when.
import { useTranslation } from 'react-i18next';
import type { SchoolRuleContent } from '../../domain/schoolTypes';
import type { Agreement, FamilyMember, ResponsibleParty } from '../../domain/types';

/** A translate function over the school namespace that also takes computed keys (topics, roles, codes). */
export type Say = (key: string, options?: Record<string, unknown>) => string;

export function useSay(): Say {
  const { t } = useTranslation(['school', 'agreements', 'common']);
  return (key, options) => t(key as never, options as never) as unknown as string;
}

/** "Samira Bakker", "Beide ouders", "Mentor"; a removed person reads as the kind's label. */
export function partyText(t: Say, party: ResponsibleParty, family: readonly FamilyMember[]): string {
  const member = family.find((candidate) => candidate.id === party.familyMemberId);
  return member ? member.name : t(`agreements:responsible.${party.kind}`);
}

export function partiesText(
  t: Say,
  parties: readonly ResponsibleParty[],
  family: readonly FamilyMember[],
): string {
  return parties.map((party) => partyText(t, party, family)).join(', ');
}

/** "vóór 08:15 · Bellen naar de administratie". */
export function howWhenText(t: Say, rule: Pick<SchoolRuleContent, 'deadline' | 'byWhen' | 'how'>): string {
  return [
    rule.deadline ? t('school:rules.before', { time: rule.deadline }) : '',
    rule.byWhen ?? '',
    rule.how ?? '',
  ]
    .filter((part) => part.trim() !== '')
    .join(' · ');
}

export function namesOf(ids: readonly string[], family: readonly FamilyMember[]): string {
  return ids.flatMap((id) => family.find((member) => member.id === id)?.name ?? []).join(', ');
}

/** "Schoolcontact: Moeder belt school bij ziekte…" — an agreement's topic and the start of its text. */
export function agreementText(
  t: Say,
  agreement: Pick<Agreement, 'topic' | 'customTopic' | 'text' | 'status'>,
): string {
  const topic =
    agreement.topic === 'custom' ? (agreement.customTopic ?? '') : t(`common:topics.${agreement.topic}`);
  const text = agreement.text.length > 60 ? `${agreement.text.slice(0, 59).trimEnd()}…` : agreement.text;
  const ended = agreement.status === 'ended' ? ` (${t('agreements:statuses.ended').toLowerCase()})` : '';
  return `${topic}: ${text}${ended}`;
}
