// A short letter to the parents introducing their new vaste contactpersoon: who, how to reach them,
// from when, and the fixed contact moment. Plain language (B1), in the language chosen at export.
import { createDocument, formatDate, heading1, paragraph, toBytes } from './styles';
import { labelValueTable } from './tables';
import { unescaped, type ExportLanguage, type ExportT } from './translate';

export interface ContactPersonLetterModel {
  homeName: string;
  /** The day of the letter, `YYYY-MM-DD`. */
  date: string;
  /** How the parents are addressed, e.g. "Fatima en Karim" (no surnames needed). */
  parentsAddressed: string;
  childFirstName: string;
  newContactPerson: { name: string; phone?: string; email?: string; reachable?: string };
  from: string;
  previousContactPersonName?: string;
  /** Said in the letter only for leaving and the parents' own wish. */
  reason?: 'leaving' | 'caseload' | 'parentsWish' | 'other';
  backupName?: string;
  /** The fixed moment, already in words ("elke dinsdag om 19:00, beeldbellen"). */
  fixedMoment?: string;
  signedBy: string;
}

export async function buildContactPersonLetter(
  model: ContactPersonLetterModel,
  translate: ExportT,
  language: ExportLanguage,
): Promise<Uint8Array> {
  const t = unescaped(translate);
  const person = model.newContactPerson;
  const from = formatDate(model.from, language);
  const reasonLine =
    model.previousContactPersonName && (model.reason === 'leaving' || model.reason === 'parentsWish')
      ? t(`contactPersonLetter.reason.${model.reason}`, { previous: model.previousContactPersonName })
      : model.previousContactPersonName
        ? t('contactPersonLetter.reason.general', { previous: model.previousContactPersonName })
        : undefined;
  const reach: [string, string][] = [
    [t('contactPersonLetter.table.name'), person.name],
    [t('contactPersonLetter.table.from'), from],
    ...(person.phone ? [[t('contactPersonLetter.table.phone'), person.phone] as [string, string]] : []),
    ...(person.email ? [[t('contactPersonLetter.table.email'), person.email] as [string, string]] : []),
    ...(person.reachable
      ? [[t('contactPersonLetter.table.reachable'), person.reachable] as [string, string]]
      : []),
    ...(model.backupName
      ? [[t('contactPersonLetter.table.backup', { name: person.name }), model.backupName] as [string, string]]
      : []),
    [
      t('contactPersonLetter.table.fixedMoment'),
      model.fixedMoment ?? t('contactPersonLetter.table.noFixedMoment'),
    ],
  ];
  const doc = createDocument({
    t,
    language,
    homeName: model.homeName,
    exportDate: model.date,
    title: t('contactPersonLetter.title'),
    kind: t('contactPersonLetter.kind'),
    subtitle: formatDate(model.date, language),
    children: [
      paragraph(t('contactPersonLetter.greeting', { parents: model.parentsAddressed })),
      paragraph(t('contactPersonLetter.intro', { name: person.name, child: model.childFirstName, from })),
      ...(reasonLine ? [paragraph(reasonLine)] : []),
      paragraph(t('contactPersonLetter.role', { child: model.childFirstName })),
      heading1(t('contactPersonLetter.reachHeading', { name: person.name })),
      labelValueTable(reach),
      paragraph(
        model.fixedMoment
          ? t('contactPersonLetter.fixedMomentLine', { moment: model.fixedMoment, name: person.name })
          : t('contactPersonLetter.noFixedMomentLine', { name: person.name }),
        { before: 240 },
      ),
      paragraph(t('contactPersonLetter.questions')),
      paragraph(t('contactPersonLetter.closing'), { before: 240 }),
      paragraph(model.signedBy),
      paragraph(model.homeName),
    ],
  });
  return toBytes(doc);
}
