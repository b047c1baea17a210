// "Gespreksvoorbereiding": agenda and material for the periodic evaluation meeting with the parents.
import type { FileChild } from 'docx';
import { firstName, list, partyLabel, topicLabel } from './labels';
import { fillInLines, writingLines } from './fillIn';
import {
  bullet,
  createDocument,
  formatDate,
  heading1,
  heading2,
  intro,
  note,
  paragraph,
  quote,
  toBytes,
} from './styles';
import { answerState, reactionParagraphs, reportTitle } from './reactionWords';
import { dataTable, labelValueTable } from './tables';
import { joined, quoted, typed } from './textRuns';
import { unescaped, type ExportLanguage, type ExportT } from './translate';
import type { AgreementItem, Attendee, MeetingPrepModel } from './viewModels';

const AGENDA = [
  'welcome',
  'parentsPoints',
  'agreements',
  'goals',
  'contacts',
  'collaboration',
  'nextSteps',
] as const;
const QUESTIONS = [
  'parentsExperience',
  'childExperience',
  'staffExperience',
  'goesWell',
  'shouldChange',
] as const;

interface Context {
  model: MeetingPrepModel;
  t: ExportT;
  language: ExportLanguage;
  date: (iso: string | undefined) => string;
  /** The child's first name: the family is addressed in this document. */
  name: string;
}

type Part = (context: Context) => FileChild[];

const column = (t: ExportT, name: string) => t(`meetingPrep.columns.${name}`);

/** Two non-breaking spaces on two lines: a cell tall enough to write in. */
const WRITE_IN = '\u00A0\n\u00A0';

function attendeeRole(t: ExportT, attendee: Attendee): string {
  if (attendee.kind === 'family') return t(`relations.${attendee.relation}`);
  if (attendee.kind === 'youth') return t('responsible.child');
  return t(`meetingPrep.roles.${attendee.role}`);
}

const meeting: Part = ({ model, t, date }) => [
  heading1(t('meetingPrep.meetingHeading')),
  labelValueTable([
    [t('common.date'), date(model.meetingDate)],
    [t('meetingPrep.time'), ''],
    [t('meetingPrep.place'), ''],
  ]),
  heading2(t('meetingPrep.attendeesHeading')),
  dataTable(
    [column(t, 'name'), column(t, 'role')],
    [...model.attendees.map((attendee) => [attendee.name, attendeeRole(t, attendee)]), ['', ''], ['', '']],
    [3, 2],
  ),
];

const agenda: Part = ({ t, name }) => [
  heading1(t('meetingPrep.agendaHeading')),
  ...AGENDA.map((item, index) =>
    bullet(t(`meetingPrep.agenda.${item}`, { name }), { keepNext: index < AGENDA.length - 1 }),
  ),
];

const parentsPoints: Part = ({ t }) => [
  heading1(t('meetingPrep.parentsPointsHeading')),
  intro(t('meetingPrep.parentsPointsIntro')),
  ...writingLines(4),
];

/** What each parent last said on a report shared since the previous evaluation, in their own words. */
const parentsReactions: Part = ({ model, t, date }) => {
  const since = date(model.contactsSince);
  if (model.parentReactions.length === 0)
    return [
      heading1(t('meetingPrep.reactionsHeading')),
      paragraph(t('meetingPrep.noReportsShared', { date: since }), { italics: true }),
    ];
  return [
    heading1(t('meetingPrep.reactionsHeading')),
    intro(t('meetingPrep.reactionsIntro', { date: since })),
    ...model.parentReactions.flatMap((item) => [
      heading2(item.relation ? `${item.name} (${t(`relations.${item.relation}`)})` : item.name),
      note(
        t('meetingPrep.reactionOn', {
          report: reportTitle(t, item.report, date),
          date: date(item.sharedOn),
        }),
      ),
      ...(item.reaction
        ? reactionParagraphs(t, item.reaction, model.child.name, date)
        : answerState(t, item.state, date)),
    ]),
  ];
};

function agreementRows({ t, date }: Context, items: readonly AgreementItem[]) {
  return items.map((item) => [
    topicLabel(t, item),
    typed(item.text),
    list(
      t,
      item.responsible.map((party) => partyLabel(t, party)),
    ),
    item.reviewOn ? date(item.reviewOn) : t('agreementsSheet.noReviewDate'),
  ]);
}

const agreementsDue: Part = (context) => {
  const { model, t, date } = context;
  const headers = ['topic', 'agreement', 'who', 'review'].map((name) => column(t, name));
  return [
    heading1(t('meetingPrep.dueHeading')),
    ...(model.agreementsDue.length === 0
      ? [paragraph(t('meetingPrep.noneDue', { date: date(model.reviewBy) }), { italics: true })]
      : [
          intro(t('meetingPrep.dueIntro', { date: date(model.reviewBy) })),
          dataTable(headers, agreementRows(context, model.agreementsDue), [2, 5, 3, 2]),
        ]),
    ...(model.withoutReview.length === 0
      ? []
      : [
          heading2(t('meetingPrep.withoutReviewHeading')),
          intro(t('meetingPrep.withoutReviewIntro')),
          dataTable(headers, agreementRows(context, model.withoutReview), [2, 5, 3, 2]),
        ]),
  ];
};

const goals: Part = ({ model, t, date, language, name }) => [
  heading1(t('meetingPrep.goalsHeading')),
  ...(model.goals.length === 0 ? [paragraph(t('meetingPrep.noGoals'), { italics: true })] : []),
  ...model.goals.flatMap((goal) => [
    heading2(typed(goal.title)),
    note(
      [
        t('meetingPrep.goalMeta', { status: t(`goalStatus.${goal.status}`) }),
        ...(goal.targetDate ? [t('meetingPrep.goalTarget', { date: date(goal.targetDate) })] : []),
        ...(goal.pastTarget ? [t('meetingPrep.pastTarget')] : []),
      ].join(' · '),
    ),
    ...(goal.parentsWords
      ? [intro(t('meetingPrep.parentsWords')), quote(typed(quoted(goal.parentsWords, language)))]
      : []),
    ...(goal.childWords
      ? [intro(t('meetingPrep.childWords', { name })), quote(typed(quoted(goal.childWords, language)))]
      : []),
    ...(goal.progressNotes.length === 0
      ? [paragraph(t('meetingPrep.noProgress'), { italics: true })]
      : goal.progressNotes.map((progress) =>
          bullet(
            joined(`${date(progress.on)}${progress.by ? ` (${progress.by})` : ''}: `, typed(progress.text)),
          ),
        )),
  ]),
];

const contacts: Part = ({ model, t, date }) => [
  heading1(t('meetingPrep.contactsHeading')),
  intro(t('meetingPrep.contactsSince', { date: date(model.contactsSince), count: model.contactTotal })),
  paragraph(
    model.norm.normDays === 7
      ? t('meetingPrep.normWeeks', { kept: model.norm.kept, count: model.norm.periods })
      : t('meetingPrep.normPeriods', {
          kept: model.norm.kept,
          count: model.norm.periods,
          days: model.norm.normDays,
        }),
    { keepNext: model.agreedRhythm.length > 0 || model.contactTotal > 0 },
  ),
  ...model.agreedRhythm.map((item) =>
    paragraph(joined(`${t('meetingPrep.agreedRhythm')} `, typed(item.text)), {
      keepNext: model.contactTotal > 0,
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
          const due = date(followUp.dueOn);
          return [
            typed(followUp.text),
            followUp.owner ?? '',
            followUp.overdue ? t('meetingPrep.overdue', { date: due }) : due,
          ];
        }),
        [5, 2, 2],
      ),
];

const previousEvaluation: Part = ({ model, t, date, name }) => {
  const previous = model.previousEvaluation;
  if (!previous) return [];
  return [
    heading1(t('meetingPrep.previousHeading', { date: date(previous.heldOn) })),
    labelValueTable(
      QUESTIONS.map((question) => [
        t(`meetingPrep.questions.${question}`, { name }),
        previous[question] ? typed(previous[question]) : t('common.notRecorded'),
      ]),
    ),
  ];
};

const questions: Part = ({ model, t, name }) => [
  heading1(t('meetingPrep.questionsHeading')),
  ...(model.previousEvaluation ? [] : [paragraph(t('meetingPrep.noPrevious'), { italics: true })]),
  ...QUESTIONS.flatMap((question) => [
    heading2(t(`meetingPrep.questions.${question}`, { name })),
    ...writingLines(3),
  ]),
];

const closing: Part = ({ model, t, date }) => [
  heading1(t('meetingPrep.closingHeading')),
  heading2(t('meetingPrep.newAgreementsHeading')),
  ...writingLines(4),
  heading2(t('meetingPrep.actionsHeading')),
  dataTable(
    ['who', 'what', 'when'].map((name) => column(t, name)),
    // Empty rows two lines high, to write in by hand.
    Array.from({ length: 4 }, () => ['', WRITE_IN, '']),
    [2, 5, 2],
  ),
  heading2(t('meetingPrep.nextMeetingHeading')),
  intro(t('meetingPrep.nextMeetingIntro', { date: date(model.nextMeetingBy) })),
  ...fillInLines([t('common.date'), t('meetingPrep.time'), t('meetingPrep.place')]),
];

export async function buildMeetingPrep(
  model: MeetingPrepModel,
  translate: ExportT,
  language: ExportLanguage,
): Promise<Uint8Array> {
  const t = unescaped(translate);
  const context: Context = {
    model,
    t,
    language,
    date: (iso) => formatDate(iso, language),
    name: firstName(model.child.name),
  };
  const parts = [
    meeting,
    agenda,
    parentsPoints,
    parentsReactions,
    agreementsDue,
    goals,
    contacts,
    previousEvaluation,
    questions,
    closing,
  ];
  const doc = createDocument({
    t,
    language,
    homeName: model.homeName,
    exportDate: model.exportDate,
    title: t('meetingPrep.title'),
    kind: t('meetingPrep.kind'),
    subtitle: `${t('common.childLine', { name: model.child.name })} · ${t('meetingPrep.meetingOn', {
      date: formatDate(model.meetingDate, language),
    })}`,
    child: model.child,
    children: parts.flatMap((part) => part(context)),
  });
  return toBytes(doc);
}
