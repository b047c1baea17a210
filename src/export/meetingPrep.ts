// "Gespreksvoorbereiding": agenda and material for the periodic evaluation meeting with the parents.
import type { FileChild } from 'docx';
import { list, partyLabel, topicLabel } from './labels';
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
  writingLines,
} from './styles';
import { unescaped, type ExportLanguage, type ExportT } from './translate';
import type { MeetingPrepModel } from './viewModels';

const AGENDA = ['welcome', 'agreements', 'goals', 'contacts', 'collaboration', 'nextSteps'] as const;
const QUESTIONS = [
  'parentsExperience',
  'childExperience',
  'staffExperience',
  'goesWell',
  'shouldChange',
] as const;

type Part = (model: MeetingPrepModel, t: ExportT, language: ExportLanguage) => FileChild[];

const column = (t: ExportT, name: string) => t(`meetingPrep.columns.${name}`);

const agenda: Part = (model, t) => [
  heading1(t('meetingPrep.agendaHeading')),
  ...AGENDA.map((item) => bullet(t(`meetingPrep.agenda.${item}`, { name: model.childName }))),
];

const agreementsDue: Part = (model, t, language) => [
  heading1(t('meetingPrep.dueHeading')),
  model.agreementsDue.length === 0
    ? paragraph(t('meetingPrep.noneDue'), { italics: true })
    : dataTable(
        ['topic', 'agreement', 'who', 'review'].map((name) => column(t, name)),
        model.agreementsDue.map((item) => [
          topicLabel(t, item),
          item.text,
          list(
            t,
            item.responsible.map((party) => partyLabel(t, party)),
          ),
          formatDate(item.reviewOn, language),
        ]),
        [2, 5, 3, 2],
      ),
];

const goals: Part = (model, t, language) => [
  heading1(t('meetingPrep.goalsHeading')),
  ...(model.goals.length === 0 ? [paragraph(t('meetingPrep.noGoals'), { italics: true })] : []),
  ...model.goals.flatMap((goal) => [
    heading2(goal.title),
    note(
      [
        t('meetingPrep.goalMeta', { status: t(`goalStatus.${goal.status}`) }),
        ...(goal.targetDate
          ? [t('meetingPrep.goalTarget', { date: formatDate(goal.targetDate, language) })]
          : []),
      ].join(' · '),
    ),
    ...(goal.parentsWords ? [paragraph(t('meetingPrep.parentsWords')), quote(goal.parentsWords)] : []),
    ...(goal.childWords
      ? [paragraph(t('meetingPrep.childWords', { name: model.childName })), quote(goal.childWords)]
      : []),
    ...(goal.progressNotes.length === 0
      ? [paragraph(t('meetingPrep.noProgress'), { italics: true })]
      : goal.progressNotes.map((progress) =>
          bullet(
            `${formatDate(progress.on, language)}${progress.by ? ` (${progress.by})` : ''}: ${progress.text}`,
          ),
        )),
  ]),
];

const contacts: Part = (model, t, language) => [
  heading1(t('meetingPrep.contactsHeading')),
  paragraph(
    t('meetingPrep.contactsSince', {
      date: formatDate(model.contactsSince, language),
      count: model.contactTotal,
    }),
  ),
  ...(model.contactTotal > 0
    ? [
        dataTable(
          [column(t, 'channel'), column(t, 'count')],
          [
            ...model.contactCounts.map((entry) => [t(`channels.${entry.channel}`), String(entry.count)]),
            [t('meetingPrep.total'), String(model.contactTotal)],
          ],
          [3, 1],
        ),
      ]
    : []),
  heading2(t('meetingPrep.followUpsHeading')),
  model.openFollowUps.length === 0
    ? paragraph(t('meetingPrep.noFollowUps'), { italics: true })
    : dataTable(
        ['followUp', 'owner', 'due'].map((name) => column(t, name)),
        model.openFollowUps.map((followUp) => {
          const due = formatDate(followUp.dueOn, language);
          return [
            followUp.text,
            followUp.owner ?? '',
            followUp.overdue ? t('meetingPrep.overdue', { date: due }) : due,
          ];
        }),
        [5, 2, 2],
      ),
];

const previousEvaluation: Part = (model, t, language) => {
  const previous = model.previousEvaluation;
  if (!previous) return [];
  return [
    heading1(t('meetingPrep.previousHeading', { date: formatDate(previous.heldOn, language) })),
    labelValueTable(
      QUESTIONS.map((question) => [
        t(`meetingPrep.questions.${question}`, { name: model.childName }),
        previous[question],
      ]),
    ),
  ];
};

const questions: Part = (model, t) => [
  heading1(t('meetingPrep.questionsHeading')),
  ...(model.previousEvaluation ? [] : [paragraph(t('meetingPrep.noPrevious'), { italics: true })]),
  ...QUESTIONS.flatMap((question) => [
    heading2(t(`meetingPrep.questions.${question}`, { name: model.childName })),
    paragraph(t('meetingPrep.answerSpace'), { keepNext: true }),
    ...writingLines(3),
  ]),
];

export async function buildMeetingPrep(
  model: MeetingPrepModel,
  translate: ExportT,
  language: ExportLanguage,
): Promise<Uint8Array> {
  const t = unescaped(translate);
  const parts = [agenda, agreementsDue, goals, contacts, previousEvaluation, questions];
  const doc = createDocument({
    t,
    language,
    homeName: model.homeName,
    exportDate: model.exportDate,
    title: t('meetingPrep.title'),
    subtitle: `${t('common.childLine', { name: model.childName })} · ${t('meetingPrep.meetingOn', {
      date: formatDate(model.meetingDate, language),
    })}`,
    children: parts.flatMap((part) => part(model, t, language)),
  });
  return toBytes(doc);
}
