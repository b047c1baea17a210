// The body of each handover section: only items whose category may be shared, the rest said in place.
import type { FileChild } from 'docx';
import type { FamilyMemberKind } from '../domain/types';
import type { ConsentCategory } from '../domain';
import { list, orNotRecorded, partyLabel, topicLabel, yesNo } from './labels';
import type { FamilyMemberItem, HandoverSectionModel } from './handoverModel';
import { answerState, reactionParagraphs, reportTitle } from './reactionWords';
import { schoolFacts, schoolRulesTable } from './schoolCard';
import { heading2, intro, label, paragraph, quote } from './styles';
import { dataTable, labelValueTable } from './tables';
import { joined, quoted, typed, type CellContent, type Text } from './textRuns';
import type { ExportLanguage, ExportT } from './translate';

export interface Context {
  t: ExportT;
  language: ExportLanguage;
  /** Label of a field of the handover document. */
  f: (name: string, options?: Record<string, unknown>) => string;
  date: (iso: string | undefined) => string;
}

const typedOrNotRecorded = (t: ExportT, value: string | undefined): Text =>
  value?.trim() ? typed(value) : t('common.notRecorded');

/** A field's label and text; the label is left out where it would repeat the section heading. */
function textField(context: Context, heading: string, name: string, value: string | undefined): FileChild[] {
  const fieldLabel = context.f(name);
  return [
    ...(fieldLabel === heading ? [] : [label(fieldLabel)]),
    paragraph(typedOrNotRecorded(context.t, value)),
  ];
}

/** Said in place of items left out: "Niet gedeeld: geen toestemming van ouders — vraag de ouders". */
function notSharedNotice(t: ExportT, categories: readonly ConsentCategory[]): FileChild[] {
  if (categories.length === 0) return [];
  const names = list(
    t,
    categories.map((category) => t(`handover.sections.${category}`)),
  );
  return [intro(t('handover.notSharedItems', { categories: names }), { italics: true })];
}

function reachOf(member: FamilyMemberItem): CellContent {
  return [member.phone ?? '', member.email ?? '', member.address ? typed(member.address) : ''];
}

function preferencesOf({ t, f }: Context, member: FamilyMemberItem): CellContent {
  return [
    member.hasParentalAuthority ? f('hasAuthority') : '',
    member.preferredChannel
      ? f('preferredChannel', { channel: t(`channels.${member.preferredChannel}`) })
      : '',
    member.preferredMoments ? typed(member.preferredMoments) : '',
    member.preferredLanguage ? f('language', { language: member.preferredLanguage }) : '',
    member.interpreterNeeded ? f('interpreter') : '',
    member.supportRole ? typed(member.supportRole) : '',
    member.organisation ?? '',
  ];
}

function familyTables(context: Context, members: FamilyMemberItem[]): FileChild[] {
  const { t, f } = context;
  const kinds: FamilyMemberKind[] = ['parent', 'network', 'professional'];
  return kinds.flatMap((kind) => {
    const ofKind = members.filter((member) => member.kind === kind);
    if (ofKind.length === 0) return [];
    return [
      heading2(t(`kinds.${kind}`)),
      dataTable(
        [f('nameAndRelation'), f('reach'), f('preferences')],
        ofKind.map((member) => [
          [member.name, t(`relations.${member.relation}`)],
          reachOf(member),
          preferencesOf(context, member),
        ]),
        // A wide middle column keeps e-mail addresses on one line.
        [4, 6, 5],
      ),
    ];
  });
}

function reasonBody(context: Context, model: Extract<HandoverSectionModel, { section: 'reason' }>) {
  const { t, f, language } = context;
  const heading = t('handover.sections.reason');
  const views =
    model.parentViews.length > 0
      ? [
          label(f('parentsView')),
          ...model.parentViews.flatMap((view) => [
            intro(`${view.name} (${t(`relations.${view.relation}`)}):`, { italics: true }),
            quote(typed(quoted(view.text, language))),
          ]),
        ]
      : textField(context, heading, 'parentsView', model.parentsView);
  return [
    ...textField(context, heading, 'reasonForMove', model.reasonForMove),
    ...textField(context, heading, 'howDecided', model.howDecided),
    ...views,
    ...textField(context, heading, 'childView', model.childView),
  ];
}

/** Reports shared with the parents: per report who got it when and how, and their reactions verbatim. */
function reportsPart(
  context: Context,
  model: Extract<HandoverSectionModel, { section: 'goals' }>,
  childName: string,
): FileChild[] {
  const { t, f, date } = context;
  if (model.reports.length === 0) return [heading2(f('reportsHeading')), paragraph(f('noReports'))];
  return [
    heading2(f('reportsHeading')),
    intro(f('reportsIntro')),
    ...model.reports.flatMap((item) => {
      const title = reportTitle(t, item.report, date);
      return [
        label(item.superseded ? f('reportSuperseded', { title }) : title),
        ...item.shares.flatMap((share) => [
          intro(
            f('reportSharedWith', {
              name: share.name,
              who: share.relation ? t(`relations.${share.relation}`) : t('responsible.child'),
              date: date(share.sharedOn),
              channel: t(`report.channels.${share.channel}`),
            }),
            { italics: true },
          ),
          ...(share.reactions.length > 0
            ? share.reactions.flatMap((words) => reactionParagraphs(t, words, childName, date))
            : answerState(t, share.state, date)),
        ]),
      ];
    }),
  ];
}

export function sectionBody(context: Context, model: HandoverSectionModel, childName: string): FileChild[] {
  const { t, f, date, language } = context;
  switch (model.section) {
    case 'reason':
      return reasonBody(context, model);
    case 'childAndPlacement':
      return [
        labelValueTable([
          [t('common.name'), model.name],
          [f('birthDate'), date(model.birthDate)],
          [f('placementStart'), date(model.placementStart)],
          [f('placementEnd'), orNotRecorded(t, date(model.placementEndedOn ?? model.placementEnd))],
          [f('legalFramework'), t(`legalFramework.${model.legalFramework}`)],
          [
            f('authority'),
            model.authorityHolders.length === 0
              ? t('common.none')
              : list(
                  t,
                  model.authorityHolders.map(
                    (person) => `${person.name} (${t(`relations.${person.relation}`)})`,
                  ),
                ),
          ],
          [f('mentor'), model.mentorName ?? f('noMentor')],
          [f('languages'), orNotRecorded(t, list(t, model.languages))],
          [f('cultureNotes'), typedOrNotRecorded(t, model.cultureNotes)],
        ]),
      ];
    case 'familyAndNetwork':
      return [...notSharedNotice(t, model.withheld), ...familyTables(context, model.members)];
    case 'agreements':
      return [
        intro(f('agreementsIntro')),
        ...notSharedNotice(t, model.withheld),
        dataTable(
          [t('meetingPrep.columns.topic'), t('meetingPrep.columns.agreement'), f('status'), f('outcome')],
          model.agreements.map((item) => [
            topicLabel(t, item),
            [
              typed(item.text),
              list(
                t,
                item.responsible.map((party) => partyLabel(t, party)),
              ),
            ],
            t(`agreementStatus.${item.status}`),
            t(`outcomes.${item.outcome ?? 'notAssessed'}`),
          ]),
          [2, 5, 2, 2],
        ),
        heading2(f('contactPatternHeading')),
        paragraph(
          f('contactPattern', {
            from: date(model.contactPattern.from),
            to: date(model.contactPattern.to),
            count: model.contactPattern.total,
          }),
          { keepNext: model.contactPattern.total > 0 },
        ),
        ...(model.contactPattern.total > 0
          ? [
              dataTable(
                [t('meetingPrep.columns.channel'), t('meetingPrep.columns.count')],
                model.contactPattern.counts.map((entry) => [
                  t(`channels.${entry.channel}`),
                  String(entry.count),
                ]),
                [3, 1],
              ),
            ]
          : []),
      ];
    case 'goals':
      return [
        ...notSharedNotice(t, model.withheld),
        ...(model.goals.length > 0
          ? [
              dataTable(
                [f('goal'), f('status'), f('latestProgress')],
                model.goals.map((goal) => [
                  typed(goal.title),
                  t(`goalStatus.${goal.status}`),
                  goal.progressNotes.map((progress) =>
                    joined(`${date(progress.on)}: `, typed(progress.text)),
                  ),
                ]),
                [4, 2, 5],
              ),
            ]
          : [paragraph(t('common.none'))]),
        ...reportsPart(context, model, childName),
      ];
    case 'school': {
      const { summary, rules } = model.school;
      return [
        ...schoolFacts(t, summary),
        label(f('schoolRules')),
        ...schoolRulesTable(t, rules),
        ...(summary.contactNote ? [label(f('schoolContact')), paragraph(typed(summary.contactNote))] : []),
        ...(summary.notes ? [label(f('schoolNotes')), paragraph(typed(summary.notes))] : []),
      ];
    }
    case 'health':
      return [
        labelValueTable([
          [f('gp'), typedOrNotRecorded(t, model.health.gp)],
          [f('dentist'), typedOrNotRecorded(t, model.health.dentist)],
          [
            f('medication'),
            // "None" only when someone recorded it; an unanswered question stays "not filled in".
            !model.health.medication?.trim() && model.health.noMedication
              ? t('common.noMedication')
              : typedOrNotRecorded(t, model.health.medication),
          ],
          [f('healthNotes'), typedOrNotRecorded(t, model.health.notes)],
        ]),
      ];
    case 'childStory':
      return model.childStory?.trim()
        ? [quote(typed(quoted(model.childStory, language)))]
        : [paragraph(t('common.notRecorded'))];
    case 'parentsMessage':
      return model.parentsMessage?.trim()
        ? [intro(f('parentsMessageIntro')), quote(typed(quoted(model.parentsMessage, language)))]
        : [paragraph(t('common.notRecorded'))];
    case 'involvement':
      return [
        labelValueTable([
          [f('parentsInvolved'), yesNo(t, model.parentsInvolved)],
          [f('childInvolved'), yesNo(t, model.childInvolved)],
          [f('involvementNotes'), typedOrNotRecorded(t, model.involvementNotes)],
        ]),
      ];
    case 'followUp':
      return [
        labelValueTable([
          [f('newInstitution'), typedOrNotRecorded(t, model.newInstitution)],
          [f('contactOldPlace'), typedOrNotRecorded(t, model.contactOldPlace)],
          [f('contactNewPlace'), typedOrNotRecorded(t, model.contactNewPlace)],
          [f('firstEvaluation'), orNotRecorded(t, date(model.firstEvaluationAfterMove))],
        ]),
      ];
  }
}
