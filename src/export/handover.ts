// "Overdrachtsdocument": the handover to the next place; only what may be shared, the rest said in place.
import type { Document, FileChild } from 'docx';
import { HANDOVER_SECTIONS, type HandoverSection } from '../domain/types';
import { list, orNotRecorded } from './labels';
import type { ConsentLine, HandoverSectionModel } from './handoverModel';
import { signatureBlock, writingLines } from './fillIn';
import {
  bullet,
  createDocument,
  formatDate,
  heading1,
  heading2,
  intro,
  note,
  paragraph,
  toBytes,
} from './styles';
import { box, dataTable, labelValueTable } from './tables';
import { typed } from './textRuns';
import { unescaped, type ExportLanguage, type ExportT } from './translate';
import type { HandoverModel } from './viewModels';
import { sectionBody, type Context } from './handoverSections';

function basisNote(t: ExportT, model: HandoverSectionModel): FileChild {
  return note(
    model.basis.kind === 'consent'
      ? t('handover.basis.consent')
      : t('handover.basis.legalGround', { ground: model.basis.legalGround }),
  );
}

function senderPart(context: Context, model: HandoverModel): FileChild[] {
  const { t, f, date } = context;
  const { sender } = model;
  return [
    heading1(t('handover.senderHeading')),
    labelValueTable([
      [f('from'), sender.homeName],
      [f('mentor'), sender.mentorName ?? f('noMentor')],
      [f('contactPerson'), sender.contactPersonName ?? f('noContactPerson')],
      ...(sender.backupContactPersonName
        ? [[f('backupContactPerson'), sender.backupContactPersonName] as const]
        : []),
      [f('directReach'), ''],
      [f('handoverMeetingOn'), sender.meetingOn ? date(sender.meetingOn) : ''],
      [f('handoverMeetingAttendees'), sender.meetingAttendees ? typed(sender.meetingAttendees) : ''],
    ]),
  ];
}

function consentStatus(t: ExportT, line: ConsentLine): string {
  if (!line.basis) return t('handover.consentStatus.none');
  if (line.basis.kind === 'consent') return t('handover.consentStatus.consent');
  return t('handover.consentStatus.legalGround', { ground: line.basis.legalGround });
}

function consentPart(context: Context, model: HandoverModel): FileChild[] {
  const { t, date } = context;
  const sectionName = (section: HandoverSection) => t(`handover.sections.${section}`);
  const notShared = model.consent.filter((line) => !line.basis);
  const otherOmitted = model.omitted.filter((entry) => entry.reason !== 'noConsent');
  const summary: FileChild[] =
    notShared.length === 0 && otherOmitted.length === 0
      ? [paragraph(t('handover.nothingOmitted'))]
      : [
          intro(t('handover.omittedIntro')),
          ...notShared.map((line) =>
            bullet(
              [
                t('handover.notSharedLine', { section: sectionName(line.category) }),
                ...(line.withheldIn.length > 0
                  ? [t('handover.alsoLeftOutIn', { sections: list(t, line.withheldIn.map(sectionName)) })]
                  : []),
              ].join(' '),
            ),
          ),
          ...otherOmitted.map((entry) =>
            bullet(
              t('handover.omittedLine', {
                section: sectionName(entry.section),
                reason: t(`handover.omittedReasons.${entry.reason}`),
              }),
            ),
          ),
        ];
  return [
    heading1(t('handover.consentHeading')),
    ...summary,
    heading2(t('handover.consentTableHeading')),
    dataTable(
      ['section', 'shared', 'givenBy', 'givenOn', 'method'].map((column) =>
        t(`handover.consentColumns.${column}`),
      ),
      model.consent.map((line) => [
        sectionName(line.category),
        consentStatus(t, line),
        line.basis?.kind === 'consent' ? orNotRecorded(t, list(t, line.givenBy)) : '',
        line.basis?.kind === 'consent' ? orNotRecorded(t, date(line.givenOn)) : '',
        line.basis?.kind === 'consent'
          ? line.method
            ? t(`handover.consentMethods.${line.method}`)
            : t('common.notRecorded')
          : '',
      ]),
      [4, 3.5, 3, 2.4, 2.4],
    ),
  ];
}

function sectionsPart(context: Context, model: HandoverModel): FileChild[] {
  const { t } = context;
  return HANDOVER_SECTIONS.flatMap((section) => {
    const shared = model.sections.find((candidate) => candidate.section === section);
    if (shared) {
      return [
        heading1(t(`handover.sections.${section}`)),
        basisNote(t, shared),
        ...sectionBody(context, shared, model.child.name),
      ];
    }
    const withoutConsent = model.omitted.some(
      (entry) => entry.section === section && entry.reason === 'noConsent',
    );
    return withoutConsent
      ? [heading1(t(`handover.sections.${section}`)), paragraph(t('handover.notShared'), { italics: true })]
      : [];
  });
}

function parentsPart(context: Context, model: HandoverModel): FileChild[] {
  const { t } = context;
  return [
    heading1(t('handover.parentsAdditionsHeading')),
    intro(t('handover.parentsAdditionsIntro')),
    // The lines stay with the first signature, so nobody signs on a page without the text above it.
    ...writingLines(6, { keepWithNext: true }),
    ...signatureBlock(
      t,
      model.authorityHolders.map((person) => ({
        name: person.name,
        role: t(`relations.${person.relation}`),
      })),
    ),
  ];
}

export async function buildHandover(
  model: HandoverModel,
  translate: ExportT,
  language: ExportLanguage,
): Promise<Uint8Array> {
  return toBytes(handoverDocument(model, translate, language));
}

/** The handover as a docx Document, before packing (the bench packs it alone as its baseline). */
export function handoverDocument(
  model: HandoverModel,
  translate: ExportT,
  language: ExportLanguage,
): Document {
  const t = unescaped(translate);
  const context: Context = {
    t,
    language,
    f: (name, options) => t(`handover.fields.${name}`, options),
    date: (iso) => formatDate(iso, language),
  };
  const afterMove = model.exportedAfterMove
    ? [
        box([
          paragraph(
            t('handover.afterMove', {
              date: context.date(model.exportDate),
              move: context.date(model.moveDate),
            }),
            { bold: true },
          ),
        ]),
      ]
    : [];
  const doc = createDocument({
    t,
    language,
    homeName: model.homeName,
    exportDate: model.exportDate,
    title: t('handover.title'),
    kind: t('handover.kind'),
    subtitle: t('common.childLine', { name: model.child.name }),
    child: model.child,
    children: [
      ...(model.newInstitution ? [paragraph(t('handover.to', { institution: model.newInstitution }))] : []),
      ...(model.moveDate ? [intro(t('handover.moveOn', { date: context.date(model.moveDate) }))] : []),
      ...afterMove,
      paragraph(t('handover.intro'), { before: 200 }),
      ...senderPart(context, model),
      ...consentPart(context, model),
      ...sectionsPart(context, model),
      ...parentsPart(context, model),
    ],
  });
  return doc;
}
