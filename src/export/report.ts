// "Rapportage": the report in the reader's language with, per person it was shared with, their reaction
// (or the recorded absence of one) and, for a copy to fill in, a reaction part of Word content controls.
import { Paragraph, TextRun, type FileChild } from 'docx';
import {
  REACTION_SECTIONS,
  REPORT_SECTIONS,
  SECTIONS_WITHOUT_CHOICE,
  canonicalReportText,
  reactionState,
  type ReactionSection,
  type ReportContent,
  type ReportReaction,
  type ReportShare,
  type ReportStatus,
} from '../domain/reports';
import type { Id, IsoDate, Relation } from '../domain/types';
import { firstName, orNotRecorded } from './labels';
import { PROPERTY, bodyBookmarkName, boxAlias, boxBookmarkName, sha256Hex } from './reportMarkers';
import { markerParagraph, placeControls, type MarkedPart } from './reportControls';
import {
  bullet,
  createDocument,
  formatDate,
  heading1,
  heading2,
  intro,
  label,
  note,
  paragraph,
  quote,
} from './styles';
import { dataTable, labelValueTable } from './tables';
import { ownWords, typed } from './textRuns';
import { unescaped, type ExportLanguage, type ExportT } from './translate';
import { toBytes } from './styles';

export interface ReportPerson {
  personId: Id;
  name: string;
  kind: 'parent' | 'youth';
  relation?: Relation;
}

export interface ReportDocumentModel {
  reportId: Id;
  version: number;
  status: ReportStatus;
  content: ReportContent;
  child: { name: string; birthDate: IsoDate };
  authorName: string;
  checkerName?: string;
  checkedOn?: IsoDate;
  /** Names of everyone the report mentions or was shared with, by id (parents, the youth, staff). */
  names: Readonly<Record<Id, string>>;
  shares: readonly ReportShare[];
  /** Reactions on this version, in the order they came in. */
  reactions: readonly ReportReaction[];
  /**
   * The language of each person's own words (a BCP 47 tag for Word's w:lang), by id, where their
   * preferred language is known; their reactions are marked with it, Dutch otherwise.
   */
  wordLanguages?: Readonly<Record<Id, string>>;
  /** People who get a reaction part to fill in; empty for the record copy. */
  reactionParts: readonly ReportPerson[];
  homeName: string;
  exportDate: IsoDate;
}

interface Context {
  model: ReportDocumentModel;
  t: ExportT;
  language: ExportLanguage;
  date: (iso: string | undefined) => string;
  name: string;
}

const r = (t: ExportT, key: string, options?: Record<string, unknown>) => t(`report.${key}`, options);

export function sectionTitle(t: ExportT, section: ReactionSection, childName: string): string {
  return r(t, `sections.${section}`, { name: firstName(childName) });
}

function kindTitle({ model, t }: Context): string {
  const { kind, customKind } = model.content;
  return kind === 'custom' && customKind?.trim() ? customKind : r(t, `kinds.${kind}`);
}

function details({ model, t, date }: Context): FileChild[] {
  const { content } = model;
  // A paragraph first: LibreOffice cannot start a bookmark before a table and would skip the table.
  return [
    heading1(r(t, 'details.heading')),
    labelValueTable([
      [
        r(t, 'details.period'),
        r(t, 'details.periodValue', { from: date(content.periodFrom), to: date(content.periodTo) }),
      ],
      [r(t, 'details.author'), model.authorName],
      [
        r(t, 'details.checker'),
        model.checkerName ? `${model.checkerName} (${date(model.checkedOn)})` : t('common.notRecorded'),
      ],
      [r(t, 'details.version'), String(model.version)],
      [r(t, 'details.status'), r(t, `status.${model.status}`)],
    ]),
  ];
}

function sectionText(ctx: Context, section: (typeof REPORT_SECTIONS)[number]): FileChild[] {
  const { model, t, name } = ctx;
  const { content } = model;
  const heading = heading1(sectionTitle(t, section, name));
  if (section === 'parentsView') {
    if (content.parentsViews.length === 0) return [heading, paragraph(t('common.notRecorded'))];
    return [
      heading,
      ...content.parentsViews.flatMap((view) => [
        label(model.names[view.familyMemberId] ?? t('relations.parent')),
        quote(typed(orNotRecorded(t, view.text))),
      ]),
    ];
  }
  const text = content[section];
  if (section === 'youthView')
    return [heading, text.trim() ? quote(typed(text)) : paragraph(t('common.notRecorded'))];
  return [heading, paragraph(typed(orNotRecorded(t, text)))];
}

function goals(ctx: Context): FileChild[] {
  const { model, t, date } = ctx;
  const heading = heading1(sectionTitle(t, 'goals', ctx.name));
  if (model.content.goals.length === 0) return [heading, paragraph(r(t, 'noGoals'))];
  return [
    heading,
    dataTable(
      [r(t, 'goalColumns.goal'), r(t, 'goalColumns.status'), r(t, 'goalColumns.progress')],
      model.content.goals.map((goal) => [
        typed(goal.title),
        t(`goalStatus.${goal.status}`),
        goal.progress.length > 0
          ? goal.progress.map((entry) => typed(`${date(entry.on)}: ${entry.text}`))
          : r(t, 'noProgress'),
      ]),
      [3, 2, 5],
    ),
  ];
}

function shares(ctx: Context): FileChild[] {
  const { model, t, date } = ctx;
  if (model.shares.length === 0) return [];
  return [
    heading1(r(t, 'sharedHeading')),
    dataTable(
      [
        r(t, 'shareColumns.name'),
        r(t, 'shareColumns.sharedOn'),
        r(t, 'shareColumns.by'),
        r(t, 'shareColumns.dueOn'),
      ],
      model.shares.map((share) => [
        model.names[share.personId] ?? '',
        `${date(share.sharedOn)}, ${r(t, `channels.${share.channel}`)}`,
        model.names[share.sharedBy] ?? '',
        date(share.reactionDueOn),
      ]),
      [3, 3, 2, 2],
    ),
  ];
}

function reactionOf(ctx: Context, reaction: ReportReaction, personName: string): FileChild[] {
  const { t, date } = ctx;
  const parts: FileChild[] = [
    note(
      r(t, 'reactionReceived', {
        date: date(reaction.receivedOn),
        source: r(t, `sources.${reaction.source ?? 'inWriting'}`),
      }),
    ),
  ];
  for (const section of REACTION_SECTIONS) {
    const given = reaction.sections[section];
    if (!given) continue;
    parts.push(label(sectionTitle(t, section, ctx.name)));
    if (given.choice) parts.push(paragraph(r(t, `choices.${given.choice}`), { bold: true }));
    if (given.text !== '')
      parts.push(
        intro(r(t, 'ownWords', { name: personName })),
        quote(ownWords(given.text, ctx.model.wordLanguages?.[reaction.personId])),
      );
  }
  if (reaction.staffNote)
    parts.push(note(r(t, 'staffNote', { name: personName })), paragraph(typed(reaction.staffNote)));
  return parts;
}

/** Per person shared with: their reaction(s), the recorded absence of one, or where the clock stands. */
function reactions(ctx: Context): FileChild[] {
  const { model, t, date } = ctx;
  if (model.shares.length === 0) return [];
  const parts: FileChild[] = [heading1(r(t, 'reactionsHeading'))];
  for (const share of model.shares) {
    const personName = model.names[share.personId] ?? '';
    parts.push(heading2(personName));
    const own = model.reactions.filter((reaction) => reaction.personId === share.personId);
    const reacted = own.filter((reaction) => reaction.outcome === 'reacted');
    for (const reaction of reacted) parts.push(...reactionOf(ctx, reaction, personName));
    if (reacted.length > 0) continue;
    const state = reactionState(share, model.version, own, model.exportDate);
    if (state.kind === 'noReactionRecorded')
      parts.push(paragraph(r(t, 'noReaction', { date: date(state.on) })));
    else if (state.kind === 'waiting') parts.push(paragraph(r(t, 'waiting', { date: date(state.dueOn) })));
    else if (state.kind === 'periodPassed')
      parts.push(paragraph(r(t, 'periodPassed', { date: date(state.dueOn) })));
  }
  return parts;
}

/** The part a person fills in: plain-language instructions, then per section a choice and a box. */
function reactionPart(ctx: Context, person: ReportPerson, marked: MarkedPart[]): FileChild[] {
  const { model, t, date } = ctx;
  const share = model.shares.find((candidate) => candidate.personId === person.personId);
  const instructions = ['what', 'choose', 'ownWords', 'optional', 'dontChange', 'sendBack'].map((key) =>
    r(t, `reactionPart.instructions.${key}`, { home: model.homeName }),
  );
  if (share) instructions.push(r(t, 'reactionPart.instructions.until', { date: date(share.reactionDueOn) }));
  const parts: FileChild[] = [
    new Paragraph({ pageBreakBefore: true, children: [] }),
    heading1(r(t, 'reactionPart.heading', { name: person.name })),
    ...instructions.map((text, index) => bullet(text, { keepNext: index < instructions.length - 1 })),
  ];
  for (const section of REACTION_SECTIONS) {
    const key = { reportId: model.reportId, version: model.version, personId: person.personId, section };
    const title = sectionTitle(t, section, ctx.name);
    parts.push(heading2(section === 'other' ? r(t, 'reactionPart.otherLabel') : title));
    if (!SECTIONS_WITHOUT_CHOICE.includes(section)) {
      const choiceKey = { ...key, part: 'choice' as const };
      marked.push({
        kind: 'choice',
        bookmark: boxBookmarkName(choiceKey),
        alias: boxAlias(r(t, 'reactionPart.aliasChoice', { section: title }), choiceKey),
        label: r(t, 'reactionPart.choiceLabel'),
        placeholder: r(t, 'reactionPart.choicePlaceholder'),
        items: (['agrees', 'partly', 'disagrees'] as const).map((choice) => ({
          displayText: r(t, `choices.${choice}`),
          value: choice,
        })),
      });
      parts.push(markerParagraph(marked.length - 1));
    }
    const textKey = { ...key, part: 'text' as const };
    parts.push(intro(r(t, 'reactionPart.textLabel')));
    marked.push({
      kind: 'text',
      bookmark: boxBookmarkName(textKey),
      alias: boxAlias(r(t, 'reactionPart.aliasText', { section: title }), textKey),
      placeholder: r(t, 'reactionPart.textPlaceholder'),
    });
    parts.push(markerParagraph(marked.length - 1));
  }
  return parts;
}

/** The report as a .docx: body, shares and reactions, and a reaction part per person in `reactionParts`. */
export async function buildReport(
  model: ReportDocumentModel,
  translate: ExportT,
  language: ExportLanguage,
): Promise<Uint8Array> {
  const t = unescaped(translate);
  const ctx: Context = {
    model,
    t,
    language,
    date: (iso) => formatDate(iso, language),
    name: model.child.name,
  };
  const marked: MarkedPart[] = [];
  const body: FileChild[] = [
    markerParagraph('bodyStart'),
    ...details(ctx),
    ...REPORT_SECTIONS.slice(0, 4).flatMap((section) => sectionText(ctx, section)),
    ...goals(ctx),
    ...sectionText(ctx, 'nextSteps'),
    markerParagraph('bodyEnd'),
  ];
  const children: FileChild[] = [
    ...body,
    ...shares(ctx),
    ...reactions(ctx),
    ...model.reactionParts.flatMap((person) => reactionPart(ctx, person, marked)),
    new Paragraph({ spacing: { before: 480 }, children: [new TextRun('')] }),
    markerParagraph('reference'),
  ];
  const document = createDocument({
    t,
    language,
    homeName: model.homeName,
    exportDate: model.exportDate,
    title: kindTitle(ctx),
    kind: r(t, 'documentKind'),
    subtitle: model.child.name,
    child: model.child,
    children,
  });
  return placeControls(await toBytes(document), {
    parts: marked,
    bodyBookmark: bodyBookmarkName(model.reportId, model.version),
    reportId: model.reportId,
    version: model.version,
    contentHash: sha256Hex(canonicalReportText(model.content)),
    referenceLabel: (reference) => r(t, 'reference', { reference }),
  });
}

export { PROPERTY };
