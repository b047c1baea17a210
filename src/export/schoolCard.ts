// "Schoolkaart": for the school, who reports sick, whom to copy on every mail, how to reach the parents
// (only with their consent) and the home, what the school may share, signed by the parents with
// authority; and a one-page version for the group's staff room.
import type { FileChild } from 'docx';
import type { SchoolRuleTopic } from '../domain/schoolTypes';
import { signatureBlock } from './fillIn';
import { firstName, list, partyLabel } from './labels';
import type { ResolvedParty } from './modelParts';
import type { SchoolCardModel, SchoolRuleItem, SchoolSummary } from './schoolModel';
import { createDocument, heading1, intro, note, paragraph, toBytes } from './styles';
import { dataTable, labelValueTable } from './tables';
import { joined, typed, type CellContent } from './textRuns';
import { unescaped, type ExportLanguage, type ExportT } from './translate';

export type SchoolCardVariant = 'full' | 'staffRoom';

const parties = (t: ExportT, list_: readonly ResolvedParty[]) =>
  list(
    t,
    list_.map((party) => partyLabel(t, party)),
  );

/** "Vóór 08:15, bellen naar de administratie" / "binnen een week". */
export function howAndWhen(
  t: ExportT,
  rule: Pick<SchoolRuleItem, 'how' | 'deadline' | 'byWhen'>,
): CellContent {
  const parts: CellContent[] = [];
  if (rule.deadline) parts.push(t('schoolCard.before', { time: rule.deadline }));
  if (rule.byWhen) parts.push(typed(rule.byWhen));
  if (rule.how) parts.push(typed(rule.how));
  return parts.flat();
}

function whoCell(t: ExportT, rule: SchoolRuleItem): CellContent {
  const who = rule.responsible.length > 0 ? parties(t, rule.responsible) : t('schoolCard.nobody');
  return rule.byVideo.length > 0 ? [who, t('schoolCard.byVideo', { names: parties(t, rule.byVideo) })] : who;
}

/** The school's facts: name, class, phone, absence address, contacts, days and transport. */
export function schoolFacts(t: ExportT, school: SchoolSummary): FileChild[] {
  const or = (value: string | undefined) => (value?.trim() ? typed(value) : t('common.notRecorded'));
  const days =
    school.schoolDays.length > 0
      ? list(
          t,
          school.schoolDays.map((day) => t(`schoolCard.weekdays.${day}`)),
        )
      : t('common.notRecorded');
  return [
    labelValueTable([
      [
        t('schoolCard.fields.school'),
        joined(typed(school.name), school.location ? `, ${school.location}` : ''),
      ],
      [t('schoolCard.fields.classYear'), or(school.classYear)],
      [t('schoolCard.fields.mainPhone'), or(school.mainPhone)],
      [t('schoolCard.fields.attendanceEmail'), or(school.attendanceEmail)],
      ...school.contacts.map(
        (contact) =>
          [
            t(`schoolCard.roles.${contact.role}`),
            [typed(contact.name), ...[contact.email, contact.phone].filter((v): v is string => !!v)],
          ] as const,
      ),
      [t('schoolCard.fields.schoolDays'), days],
      [t('schoolCard.fields.transport'), or(school.transport)],
    ]),
  ];
}

function sickPart(t: ExportT, model: SchoolCardModel): FileChild[] {
  const sick = model.sickReport;
  if (!sick) return [paragraph(t('schoolCard.notAgreed'), { italics: true })];
  return [
    labelValueTable([
      [t('schoolCard.sick.who'), whoCell(t, sick)],
      ...(sick.backup ? [[t('schoolCard.sick.backup'), partyLabel(t, sick.backup)] as const] : []),
      [t('schoolCard.sick.howWhen'), howAndWhen(t, sick)],
      [t('schoolCard.sick.tell'), sick.cc.length > 0 ? parties(t, sick.cc) : t('common.none')],
    ]),
  ];
}

function ccPart(t: ExportT, model: SchoolCardModel): FileChild[] {
  const name = firstName(model.child.name);
  if (model.ccOnEveryMail.length === 0)
    return [paragraph(t('schoolCard.cc.nobody', { name }), { italics: true })];
  return [
    intro(t('schoolCard.cc.intro', { name })),
    dataTable(
      [t('common.name'), t('schoolCard.fields.email')],
      model.ccOnEveryMail.map((recipient) => [typed(recipient.name), recipient.email]),
      [3, 4],
    ),
  ];
}

/** The rules in force as one table (topic, who, backup, how and when, CC), with a warning for removed people. */
export function schoolRulesTable(t: ExportT, rules: readonly SchoolRuleItem[]): FileChild[] {
  if (rules.length === 0) return [paragraph(t('schoolCard.notAgreed'), { italics: true })];
  const removed = rules.reduce((sum, rule) => sum + rule.removedCount, 0);
  return [
    ...(removed > 0 ? [note(t('schoolCard.removedPeople', { count: removed }))] : []),
    dataTable(
      ['topic', 'who', 'backup', 'howWhen', 'cc'].map((column) => t(`schoolCard.columns.${column}`)),
      rules.map((rule) => [
        t(`schoolTopics.${rule.topic}`),
        whoCell(t, rule),
        rule.backup ? partyLabel(t, rule.backup) : '',
        [howAndWhen(t, rule), ...(rule.notes ? [typed(rule.notes)] : [])].flat(),
        parties(t, rule.cc),
      ]),
      [3.4, 3, 2.2, 2.8, 2.6],
    ),
  ];
}

function parentsPart(t: ExportT, model: SchoolCardModel): FileChild[] {
  if (model.parents.length === 0) return [paragraph(t('common.none'))];
  return [
    dataTable(
      ['name', 'authority', 'contact'].map((column) => t(`schoolCard.parentColumns.${column}`)),
      model.parents.map((parent) => [
        [typed(parent.name), t(`relations.${parent.relation}`)],
        t(parent.hasAuthority ? 'common.yes' : 'common.no'),
        parent.detailsShared
          ? [parent.phone, parent.email, parent.address].filter((v): v is string => !!v).map(typed)
          : t('schoolCard.viaGroup'),
      ]),
      [4, 2, 5],
    ),
  ];
}

function homePart(t: ExportT, model: SchoolCardModel): FileChild[] {
  const orOpen = (name: string | undefined) => name ?? t('agreementsSheet.notAssigned');
  return [
    labelValueTable([
      [t('agreementsSheet.contact.contactPerson'), orOpen(model.home.contactPersonName)],
      ...(model.home.backupContactPersonName
        ? [[t('agreementsSheet.contact.backup'), model.home.backupContactPersonName] as const]
        : []),
      [t('agreementsSheet.contact.mentor'), orOpen(model.home.mentorName)],
    ]),
  ];
}

function sharingPart(t: ExportT, model: SchoolCardModel): FileChild[] {
  return [
    labelValueTable([
      [
        t('schoolCard.sharing.reports'),
        model.reportsTo.length > 0 ? parties(t, model.reportsTo) : t('common.none'),
      ],
      [
        t('schoolCard.sharing.mail'),
        list(
          t,
          model.ccOnEveryMail.map((r) => r.name),
        ) || t('common.none'),
      ],
      [
        t('schoolCard.sharing.other'),
        model.school?.sharingNotes ? typed(model.school.sharingNotes) : t('common.notRecorded'),
      ],
    ]),
  ];
}

function earlierNotes(t: ExportT, school: SchoolSummary | undefined): FileChild[] {
  if (!school?.notes && !school?.contactNote) return [];
  return [
    heading1(t('schoolCard.notesHeading')),
    ...(school.contactNote ? [paragraph(typed(school.contactNote))] : []),
    ...(school.notes ? [paragraph(typed(school.notes))] : []),
  ];
}

function fullCard(t: ExportT, model: SchoolCardModel): FileChild[] {
  const name = firstName(model.child.name);
  return [
    paragraph(t('schoolCard.intro', { name })),
    heading1(t('schoolCard.schoolHeading')),
    ...(model.school
      ? schoolFacts(t, model.school)
      : [paragraph(t('schoolCard.noSchool'), { italics: true })]),
    heading1(t('schoolCard.sickHeading')),
    ...sickPart(t, model),
    heading1(t('schoolCard.ccHeading')),
    ...ccPart(t, model),
    heading1(t('schoolCard.rulesHeading')),
    ...schoolRulesTable(t, model.rules),
    heading1(t('schoolCard.parentsHeading')),
    ...parentsPart(t, model),
    heading1(t('schoolCard.homeHeading')),
    ...homePart(t, model),
    heading1(t('schoolCard.sharingHeading')),
    ...sharingPart(t, model),
    ...earlierNotes(t, model.school),
    heading1(t('schoolCard.signaturesHeading')),
    intro(t('schoolCard.signaturesIntro')),
    ...signatureBlock(
      t,
      model.signatures.map((signer) => ({ name: signer.name, role: t(`relations.${signer.relation}`) })),
    ),
  ];
}

const STAFF_ROOM_TOPICS: readonly SchoolRuleTopic[] = ['recoveryReport', 'parentMeeting', 'leaveRequest'];

function staffRoomCard(t: ExportT, model: SchoolCardModel): FileChild[] {
  const school = model.school;
  const short = model.rules.filter((rule) => STAFF_ROOM_TOPICS.includes(rule.topic));
  return [
    ...(school
      ? [
          labelValueTable([
            [
              t('schoolCard.fields.school'),
              joined(typed(school.name), school.classYear ? ` (${school.classYear})` : ''),
            ],
            [t('schoolCard.fields.mainPhone'), school.mainPhone ?? t('common.notRecorded')],
            [t('schoolCard.fields.attendanceEmail'), school.attendanceEmail ?? t('common.notRecorded')],
            [
              t('schoolCard.fields.transport'),
              school.transport ? typed(school.transport) : t('common.notRecorded'),
            ],
          ]),
        ]
      : [paragraph(t('schoolCard.noSchool'), { italics: true })]),
    heading1(t('schoolCard.sickHeading')),
    ...sickPart(t, model),
    heading1(t('schoolCard.ccHeading')),
    ...ccPart(t, model),
    ...(short.length > 0
      ? [
          heading1(t('schoolCard.alsoHeading')),
          dataTable(
            ['topic', 'who', 'howWhen'].map((column) => t(`schoolCard.columns.${column}`)),
            short.map((rule) => [t(`schoolTopics.${rule.topic}`), whoCell(t, rule), howAndWhen(t, rule)]),
            [3, 4, 4],
          ),
        ]
      : []),
  ];
}

export async function buildSchoolCard(
  model: SchoolCardModel,
  translate: ExportT,
  language: ExportLanguage,
  variant: SchoolCardVariant = 'full',
): Promise<Uint8Array> {
  const t = unescaped(translate);
  const doc = createDocument({
    t,
    language,
    homeName: model.homeName,
    exportDate: model.exportDate,
    title: t(variant === 'full' ? 'schoolCard.title' : 'schoolCard.staffRoomTitle'),
    kind: t('schoolCard.kind'),
    subtitle: t('common.childLine', { name: model.child.name }),
    child: model.child,
    children: variant === 'full' ? fullCard(t, model) : staffRoomCard(t, model),
  });
  return toBytes(doc);
}
