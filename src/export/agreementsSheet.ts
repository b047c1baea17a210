// "Afsprakenoverzicht gedeeld opvoederschap": the agreements in force in one table, who gets what, signatures.
import type { FileChild } from 'docx';
import { firstName, list, partyLabel, topicLabel } from './labels';
import { signatureBlock } from './fillIn';
import { createDocument, formatDate, heading1, intro, label, note, paragraph, toBytes } from './styles';
import { dataTable, groupedTable, labelValueTable } from './tables';
import { typed, type CellContent } from './textRuns';
import { unescaped, type ExportLanguage, type ExportT } from './translate';
import type { AgreementItem, AgreementsSheetModel, InformationReceiver, SignatureParty } from './viewModels';

interface Context {
  t: ExportT;
  language: ExportLanguage;
  date: (iso: string | undefined) => string;
}

function agreedCell({ t, date }: Context, item: AgreementItem): string {
  const on = date(item.agreedOn);
  if (item.agreedWith.length === 0) return on;
  return t('agreementsSheet.agreedOnWith', { date: on, names: list(t, item.agreedWith) }).trim();
}

function signerRole(t: ExportT, party: SignatureParty): string {
  if (party.role === 'mentor') return t('responsible.mentor');
  if (party.role === 'youth') return t('responsible.child');
  return t(`relations.${party.relation}`);
}

function agreementRow(context: Context, item: AgreementItem): CellContent[] {
  const { t, date } = context;
  return [
    typed(item.text),
    list(
      t,
      item.responsible.map((party) => partyLabel(t, party)),
    ),
    agreedCell(context, item),
    item.parentsView ? typed(item.parentsView) : '',
    item.reviewOn ? date(item.reviewOn) : t('agreementsSheet.noReviewDate'),
  ];
}

function agreementsPart(context: Context, model: AgreementsSheetModel): FileChild[] {
  const { t } = context;
  if (model.topics.length === 0) return [paragraph(t('agreementsSheet.noAgreements'), { italics: true })];
  const columns = ['what', 'who', 'agreed', 'parentsView', 'review'].map((column) =>
    t(`agreementsSheet.columns.${column}`),
  );
  return [
    intro(t('agreementsSheet.tableIntro')),
    ...(model.withoutReviewCount > 0
      ? [note(t('agreementsSheet.withoutReview', { count: model.withoutReviewCount }))]
      : []),
    groupedTable(
      columns,
      model.topics.map((group) => ({
        label: topicLabel(t, group),
        rows: group.agreements.map((item) => agreementRow(context, item)),
      })),
      [5, 3, 3, 3, 2.4],
    ),
  ];
}

function preferenceOf({ t }: Context, receiver: InformationReceiver): CellContent {
  return [
    receiver.preferredChannel ? t(`channels.${receiver.preferredChannel}`) : '',
    receiver.preferredMoments ? typed(receiver.preferredMoments) : '',
    receiver.interpreterNeeded ? t('agreementsSheet.interpreter') : '',
  ];
}

function informationPart(context: Context, model: AgreementsSheetModel): FileChild[] {
  const { t } = context;
  return [
    heading1(t('agreementsSheet.informationHeading')),
    intro(t('agreementsSheet.informationIntro')),
    dataTable(
      ['name', 'relation', 'reports', 'preference'].map((column) =>
        t(`agreementsSheet.informationColumns.${column}`),
      ),
      model.receivers.map((receiver) => [
        receiver.name,
        t(`relations.${receiver.relation}`),
        t(receiver.receivesReports ? 'common.yes' : 'common.no'),
        preferenceOf(context, receiver),
      ]),
      [3.6, 3, 2.8, 4],
    ),
    ...(model.schoolContactRules
      ? [label(t('agreementsSheet.schoolMail')), paragraph(typed(model.schoolContactRules))]
      : []),
  ];
}

function contactPart(context: Context, model: AgreementsSheetModel): FileChild[] {
  const { t, date } = context;
  const { contacts } = model;
  const orOpen = (name: string | undefined) => name ?? t('agreementsSheet.notAssigned');
  return [
    heading1(t('agreementsSheet.contactHeading')),
    intro(t('agreementsSheet.contactIntro')),
    labelValueTable([
      [t('agreementsSheet.contact.mentor'), orOpen(contacts.mentorName)],
      [t('agreementsSheet.contact.contactPerson'), orOpen(contacts.contactPersonName)],
      ...(contacts.backupContactPersonName
        ? [[t('agreementsSheet.contact.backup'), contacts.backupContactPersonName] as const]
        : []),
      [t('agreementsSheet.contact.reach'), ''],
      [
        t('agreementsSheet.contact.norm'),
        t('agreementsSheet.contact.normValue', { count: model.contactNormDays }),
      ],
      [
        t('agreementsSheet.contact.moments'),
        model.contactMomentTopics.length > 0
          ? t('agreementsSheet.contact.momentsValue', {
              topics: list(
                t,
                model.contactMomentTopics.map((topic) => t(`topics.${topic}`)),
              ),
            })
          : t('agreementsSheet.contact.momentsNone'),
      ],
      [t('agreementsSheet.contact.nextEvaluation'), date(model.nextEvaluationOn)],
    ]),
  ];
}

export async function buildAgreementsSheet(
  model: AgreementsSheetModel,
  translate: ExportT,
  language: ExportLanguage,
): Promise<Uint8Array> {
  const t = unescaped(translate);
  const context: Context = { t, language, date: (iso) => formatDate(iso, language) };
  const doc = createDocument({
    t,
    language,
    homeName: model.homeName,
    exportDate: model.exportDate,
    title: t('agreementsSheet.title'),
    kind: t('agreementsSheet.kind'),
    subtitle: t('common.childLine', { name: model.child.name }),
    child: model.child,
    children: [
      paragraph(t('agreementsSheet.intro', { name: firstName(model.child.name) })),
      heading1(t('agreementsSheet.agreementsHeading')),
      ...agreementsPart(context, model),
      ...informationPart(context, model),
      ...contactPart(context, model),
      heading1(t('agreementsSheet.signaturesHeading')),
      intro(t('agreementsSheet.signaturesIntro')),
      ...signatureBlock(
        t,
        model.signatures.map((party) => ({ name: party.name, role: signerRole(t, party) })),
      ),
    ],
  });
  return toBytes(doc);
}
