// Parents' reactions on shared reports as other documents show them (meeting preparation, handover):
// which report, when and how it came in, per section the choice and their own words exactly as given.
import type { FileChild } from 'docx';
import type { ReactionState } from '../domain/reports';
import type { ReactionWords, SharedReportRef } from '../domain/reportsShared';
import { firstName } from './labels';
import { label, note, paragraph, quote } from './styles';
import { ownWords } from './textRuns';
import type { ExportT } from './translate';

type DateOf = (iso: string | undefined) => string;

/** "Voortgangsrapportage, 01-08-2024 tot en met 31-12-2024 (versie 2)": the home's own kind name as typed. */
export function reportTitle(t: ExportT, report: SharedReportRef, date: DateOf): string {
  const kind =
    report.kind === 'custom' && report.customKind?.trim()
      ? report.customKind
      : t(`report.kinds.${report.kind}`);
  const period = t('report.details.periodValue', {
    from: date(report.periodFrom),
    to: date(report.periodTo),
  });
  return report.version > 1
    ? t('report.titleWithVersion', { kind, period, version: report.version })
    : t('report.titleWithPeriod', { kind, period });
}

/** Their reaction: received when and how, then per section the choice and their words verbatim. */
export function reactionParagraphs(
  t: ExportT,
  words: ReactionWords,
  childName: string,
  date: DateOf,
): FileChild[] {
  const parts: FileChild[] = [
    note(
      t('report.reactionReceived', {
        date: date(words.receivedOn),
        source: t(`report.sources.${words.source ?? 'inWriting'}`),
      }),
    ),
  ];
  for (const line of words.lines) {
    // The choice on the section's own line ("Wat er gebeurde: Niet eens"), as the screens show it.
    const section = t(`report.sections.${line.section}`, { name: firstName(childName) });
    parts.push(label(line.choice ? `${section}: ${t(`report.choices.${line.choice}`)}` : section));
    if (line.text !== '') parts.push(quote(ownWords(line.text)));
  }
  return parts;
}

/** Without a reaction: "geen reactie ontvangen" as recorded, the clock still running, or the period passed. */
export function answerState(t: ExportT, state: ReactionState, date: DateOf): FileChild[] {
  switch (state.kind) {
    case 'reacted':
      return [];
    case 'noReactionRecorded':
      return [paragraph(t('report.noReaction', { date: date(state.on) }))];
    case 'waiting':
      return [paragraph(t('report.waiting', { date: date(state.dueOn) }))];
    case 'periodPassed':
      return [paragraph(t('report.periodPassed', { date: date(state.dueOn) }))];
  }
}
