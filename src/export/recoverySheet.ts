// One printable page with the home's recovery key and plain instructions for keeping it safe.
import { AlignmentType, BorderStyle, Paragraph, TextRun } from 'docx';
import { bullet, createDocument, formatDate, heading1, paragraph, toBytes } from './styles';
import { unescaped, type ExportLanguage, type ExportT } from './translate';
import type { RecoverySheetModel } from './viewModels';

const keyBorder = { style: BorderStyle.SINGLE, size: 12, color: '1F4E79', space: 12 } as const;

export async function buildRecoverySheet(
  model: RecoverySheetModel,
  translate: ExportT,
  language: ExportLanguage,
): Promise<Uint8Array> {
  const t = unescaped(translate);
  const steps = ['print', 'store', 'noCopies', 'whoKnows'] as const;
  const doc = createDocument({
    t,
    language,
    homeName: model.homeName,
    exportDate: model.createdOn,
    title: t('recoverySheet.title'),
    subtitle: model.homeName,
    children: [
      paragraph(t('recoverySheet.intro', { home: model.homeName })),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 360, after: 120 },
        children: [new TextRun({ text: t('recoverySheet.keyLabel'), bold: true, size: 24 })],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepLines: true,
        border: { top: keyBorder, bottom: keyBorder, left: keyBorder, right: keyBorder },
        spacing: { before: 120, after: 120, line: 480 },
        children: [new TextRun({ text: model.recoveryKey, font: 'Consolas', size: 36, bold: true })],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 480 },
        children: [
          new TextRun({
            text: t('recoverySheet.createdOn', { date: formatDate(model.createdOn, language) }),
            size: 20,
            color: '595959',
          }),
        ],
      }),
      heading1(t('recoverySheet.instructionsHeading')),
      ...steps.map((step) => bullet(t(`recoverySheet.steps.${step}`))),
      paragraph(t('recoverySheet.warning'), { bold: true }),
    ],
  });
  return toBytes(doc);
}
