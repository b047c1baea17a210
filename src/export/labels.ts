// Turns view-model values (topics, parties, optional text) into the labels the builders print.
import type { ExportT } from './translate';
import type { ResolvedParty } from './modelParts';
import type { AgreementTopic } from '../domain/types';

export function topicLabel(t: ExportT, item: { topic: AgreementTopic; customTopic?: string }): string {
  return item.customTopic ?? t(`topics.${item.topic}`);
}

/** "Mentor (Sanne)", "Jeugdige (Zoë)", or a family member's name, or the kind's label alone. */
export function partyLabel(t: ExportT, party: ResolvedParty): string {
  if (!party.name) return t(`responsible.${party.kind}`);
  if (party.kind === 'familyMember' || party.kind === 'networkMember') return party.name;
  return `${t(`responsible.${party.kind}`)} (${party.name})`;
}

/** The first name, for text that addresses the family ("Hoe ervaart Zoë de samenwerking?"). */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

export function list(t: ExportT, values: readonly string[]): string {
  return values.join(t('common.listSeparator'));
}

/** The text itself, or "Niet ingevuld" when nothing was recorded. */
export function orNotRecorded(t: ExportT, value: string | undefined): string {
  return value?.trim() ? value : t('common.notRecorded');
}

export function yesNo(t: ExportT, value: boolean): string {
  return t(value ? 'common.yes' : 'common.no');
}
