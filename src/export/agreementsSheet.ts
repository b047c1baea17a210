// "Afsprakenoverzicht gedeeld opvoederschap": the agreements in force per topic, with signature lines.
import type { FileChild } from 'docx';
import { list, partyLabel, topicLabel } from './labels';
import {
  createDocument,
  dataTable,
  formatDate,
  heading1,
  heading2,
  paragraph,
  signatureBlock,
  toBytes,
} from './styles';
import { unescaped, type ExportLanguage, type ExportT } from './translate';
import type { AgreementItem, AgreementsSheetModel, SignatureParty } from './viewModels';

function agreedCell(t: ExportT, language: ExportLanguage, item: AgreementItem): string {
  const date = formatDate(item.agreedOn, language);
  if (item.agreedWith.length === 0) return date;
  return t('agreementsSheet.agreedOnWith', { date, names: list(t, item.agreedWith) }).trim();
}

function signerRole(t: ExportT, party: SignatureParty): string {
  return party.role === 'mentor' ? t('responsible.mentor') : t(`relations.${party.relation}`);
}

export async function buildAgreementsSheet(
  model: AgreementsSheetModel,
  translate: ExportT,
  language: ExportLanguage,
): Promise<Uint8Array> {
  const t = unescaped(translate);
  const columns = ['what', 'who', 'agreed', 'review'].map((column) => t(`agreementsSheet.columns.${column}`));
  const topics: FileChild[] = model.topics.flatMap((group) => [
    heading2(topicLabel(t, group)),
    dataTable(
      columns,
      group.agreements.map((item) => [
        item.text,
        list(
          t,
          item.responsible.map((party) => partyLabel(t, party)),
        ),
        agreedCell(t, language, item),
        formatDate(item.reviewOn, language),
      ]),
      [5, 3, 3, 2],
    ),
  ]);
  const doc = createDocument({
    t,
    language,
    homeName: model.homeName,
    exportDate: model.exportDate,
    title: t('agreementsSheet.title'),
    subtitle: t('common.childLine', { name: model.childName }),
    children: [
      paragraph(t('agreementsSheet.intro', { name: model.childName })),
      heading1(t('agreementsSheet.agreementsHeading')),
      ...(topics.length > 0 ? topics : [paragraph(t('agreementsSheet.noAgreements'), { italics: true })]),
      heading1(t('agreementsSheet.signaturesHeading')),
      paragraph(t('agreementsSheet.signaturesIntro'), { keepNext: true }),
      ...signatureBlock(
        t,
        model.signatures.map((party) => ({ name: party.name, role: signerRole(t, party) })),
      ),
    ],
  });
  return toBytes(doc);
}
