// One printable page with the home's recovery key and plain instructions for keeping it safe.
import { AlignmentType, Paragraph, TabStopType, TextRun } from 'docx';
import { fillInLines } from './fillIn';
import { createDocument, formatDate, heading1, intro, paragraph, toBytes } from './styles';
import { box } from './tables';
import { unescaped, type ExportLanguage, type ExportT } from './translate';
import type { RecoverySheetModel } from './viewModels';

const KEY_BORDER = '1F4E79';
const STEPS = ['print', 'deleteFile', 'store', 'noCopies', 'whoKnows'] as const;

export async function buildRecoverySheet(
  model: RecoverySheetModel,
  translate: ExportT,
  language: ExportLanguage,
): Promise<Uint8Array> {
  const t = unescaped(translate);
  const centered = (text: string, run: { bold?: boolean; size?: number; color?: string; font?: string }) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 60, after: 60 },
      children: [new TextRun({ text, ...run })],
    });
  const doc = createDocument({
    t,
    language,
    homeName: model.homeName,
    exportDate: model.createdOn,
    title: t('recoverySheet.title'),
    kind: t('recoverySheet.kind'),
    subtitle: model.homeName,
    children: [
      intro(t('recoverySheet.intro', { home: model.homeName })),
      // A one-cell table keeps the box inside the margins, unlike a paragraph border.
      box(
        [
          centered(t('recoverySheet.keyLabel'), { bold: true, size: 24 }),
          centered(model.recoveryKey, { font: 'Consolas', size: 36, bold: true }),
          centered(t('recoverySheet.createdOn', { date: formatDate(model.createdOn, language) }), {
            size: 20,
            color: '595959',
          }),
        ],
        { borderColor: KEY_BORDER },
      ),
      heading1(t('recoverySheet.instructionsHeading')),
      ...STEPS.map(
        (step, index) =>
          new Paragraph({
            keepNext: index < STEPS.length - 1,
            indent: { left: 425, hanging: 425 },
            children: [
              new TextRun({ text: `${index + 1}.\t`, bold: true }),
              new TextRun({ text: t(`recoverySheet.steps.${step}`), bold: step === 'deleteFile' }),
            ],
            tabStops: [{ type: TabStopType.LEFT, position: 425 }],
          }),
      ),
      heading1(t('recoverySheet.whereHeading')),
      intro(t('recoverySheet.whereIntro')),
      ...fillInLines(
        ['kept', 'whoKnows', 'date', 'initials'].map((line) => t(`recoverySheet.where.${line}`)),
      ),
      paragraph(''),
      paragraph(t('recoverySheet.warning'), { bold: true }),
    ],
  });
  return toBytes(doc);
}
