// "Overdrachtsdocument": the handover to the next place, only sections shared with consent or on a legal ground.
import type { FileChild } from 'docx';
import type { FamilyMemberKind } from '../domain/types';
import { list, orNotRecorded, partyLabel, topicLabel, yesNo } from './labels';
import type { FamilyMemberItem, HandoverSectionModel } from './handoverModel';
import {
  bullet,
  createDocument,
  dataTable,
  formatDate,
  heading1,
  heading2,
  labelValueTable,
  note,
  paragraph,
  quote,
  toBytes,
} from './styles';
import { unescaped, type ExportLanguage, type ExportT } from './translate';
import type { HandoverModel } from './viewModels';

interface Context {
  t: ExportT;
  language: ExportLanguage;
  /** Label of a field of the handover document. */
  f: (name: string, options?: Record<string, unknown>) => string;
  date: (iso: string | undefined) => string;
}

function textField(context: Context, name: string, value: string | undefined): FileChild[] {
  return [paragraph(context.f(name), { bold: true }), paragraph(orNotRecorded(context.t, value))];
}

function reachOf(member: FamilyMemberItem): string {
  return [member.phone, member.email, member.address].filter((value) => value?.trim()).join('\n');
}

function preferencesOf({ t, f }: Context, member: FamilyMemberItem): string {
  return [
    member.hasParentalAuthority ? f('hasAuthority') : '',
    member.preferredChannel
      ? f('preferredChannel', { channel: t(`channels.${member.preferredChannel}`) })
      : '',
    member.preferredMoments ?? '',
    member.preferredLanguage ? f('language', { language: member.preferredLanguage }) : '',
    member.interpreterNeeded ? f('interpreter') : '',
    member.supportRole ?? '',
    member.organisation ?? '',
  ]
    .filter((value) => value.trim())
    .join('\n');
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
        [t('common.name'), f('relation'), f('reach'), f('preferences')],
        ofKind.map((member) => [
          member.name,
          t(`relations.${member.relation}`),
          reachOf(member),
          preferencesOf(context, member),
        ]),
        [3, 3, 4, 4],
      ),
    ];
  });
}

function sectionBody(context: Context, model: HandoverSectionModel): FileChild[] {
  const { t, f, date } = context;
  switch (model.section) {
    case 'reason':
      return [
        ...textField(context, 'reasonForMove', model.reasonForMove),
        ...textField(context, 'howDecided', model.howDecided),
        ...textField(context, 'parentsView', model.parentsView),
        ...textField(context, 'childView', model.childView),
      ];
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
          [f('mentor'), orNotRecorded(t, model.mentorName)],
          [f('languages'), orNotRecorded(t, list(t, model.languages))],
          [f('cultureNotes'), orNotRecorded(t, model.cultureNotes)],
        ]),
      ];
    case 'familyAndNetwork':
      return familyTables(context, model.members);
    case 'agreements':
      return [
        paragraph(f('agreementsIntro')),
        dataTable(
          [t('meetingPrep.columns.topic'), t('meetingPrep.columns.agreement'), f('status'), f('outcome')],
          model.agreements.map((item) => [
            topicLabel(t, item),
            `${item.text}\n${list(
              t,
              item.responsible.map((party) => partyLabel(t, party)),
            )}`,
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
        dataTable(
          [f('goal'), f('status'), f('latestProgress')],
          model.goals.map((goal) => [
            goal.title,
            t(`goalStatus.${goal.status}`),
            goal.progressNotes.map((progress) => `${date(progress.on)}: ${progress.text}`).join('\n'),
          ]),
          [4, 2, 5],
        ),
      ];
    case 'school':
      return [
        labelValueTable([
          [f('schoolName'), orNotRecorded(t, model.school.name)],
          [f('schoolContact'), orNotRecorded(t, model.school.contact)],
          [f('schoolRules'), orNotRecorded(t, model.school.contactRules)],
        ]),
      ];
    case 'health':
      return [
        labelValueTable([
          [f('gp'), orNotRecorded(t, model.health.gp)],
          [f('dentist'), orNotRecorded(t, model.health.dentist)],
          [f('medication'), orNotRecorded(t, model.health.medication)],
          [f('healthNotes'), orNotRecorded(t, model.health.notes)],
        ]),
      ];
    case 'childStory':
      return [paragraph(orNotRecorded(t, model.childStory))];
    case 'parentsMessage':
      return model.parentsMessage?.trim()
        ? [paragraph(f('parentsMessageIntro')), quote(model.parentsMessage)]
        : [paragraph(t('common.notRecorded'))];
    case 'involvement':
      return [
        labelValueTable([
          [f('parentsInvolved'), yesNo(t, model.parentsInvolved)],
          [f('childInvolved'), yesNo(t, model.childInvolved)],
          [f('involvementNotes'), orNotRecorded(t, model.involvementNotes)],
        ]),
      ];
    case 'followUp':
      return [
        labelValueTable([
          [f('newInstitution'), orNotRecorded(t, model.newInstitution)],
          [f('contactOldPlace'), orNotRecorded(t, model.contactOldPlace)],
          [f('contactNewPlace'), orNotRecorded(t, model.contactNewPlace)],
          [f('firstEvaluation'), orNotRecorded(t, date(model.firstEvaluationAfterMove))],
        ]),
      ];
  }
}

function basisNote(t: ExportT, model: HandoverSectionModel): FileChild {
  return note(
    model.basis.kind === 'consent'
      ? t('handover.basis.consent')
      : t('handover.basis.legalGround', { ground: model.basis.legalGround }),
  );
}

export async function buildHandover(
  model: HandoverModel,
  translate: ExportT,
  language: ExportLanguage,
): Promise<Uint8Array> {
  const t = unescaped(translate);
  const context: Context = {
    t,
    language,
    f: (name, options) => t(`handover.fields.${name}`, options),
    date: (iso) => formatDate(iso, language),
  };
  const sections = model.sections.flatMap((section) => [
    heading1(t(`handover.sections.${section.section}`)),
    basisNote(t, section),
    ...sectionBody(context, section),
  ]);
  const omitted: FileChild[] = [
    heading1(t('handover.omittedHeading')),
    ...(model.omitted.length === 0
      ? [paragraph(t('handover.nothingOmitted'))]
      : [
          paragraph(t('handover.omittedIntro')),
          ...model.omitted.map((entry) =>
            bullet(
              t('handover.omittedLine', {
                section: t(`handover.sections.${entry.section}`),
                reason: t(`handover.omittedReasons.${entry.reason}`),
              }),
            ),
          ),
        ]),
  ];
  const doc = createDocument({
    t,
    language,
    homeName: model.homeName,
    exportDate: model.exportDate,
    title: t('handover.title'),
    subtitle: t('common.childLine', { name: model.childName }),
    children: [
      ...(model.newInstitution ? [paragraph(t('handover.to', { institution: model.newInstitution }))] : []),
      ...(model.moveDate
        ? [paragraph(t('handover.moveOn', { date: formatDate(model.moveDate, language) }))]
        : []),
      paragraph(t('handover.intro')),
      ...sections,
      ...omitted,
    ],
  });
  return toBytes(doc);
}
