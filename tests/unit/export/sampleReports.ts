// Shared reports of the sample child (Zoë, see sampleRecords.ts; `today` 2025-03-15, previous evaluation
// 2025-02-01) with the parents' and Zoë's reactions, for the evaluation, meeting preparation and handover.
import type {
  ReportContent,
  ReportReaction,
  ReportShare,
  ReportVersion,
  SectionReaction,
} from '../../../src/domain/reports';

const CHILD = 'child-zoe';
export const MOTHER = 'fm-mother';
export const FATHER = 'fm-father';

/** Words with everything that must survive: straight quotes, a line break, an ampersand, trailing spaces. */
export const MOTHER_WORDS =
  'Deels: de structuur helpt, maar ze is "soms te streng" & dat zeg ik ook.\nTweede regel.  ';
export const MOTHER_OLD_WORDS = 'Ze was niet lastig, ze was ziek.';
export const MOTHER_OTHER_WORDS = 'Bel mij eerder als er iets is.';
export const YOUTH_WORDS = 'Klopt wel.';
export const MOTHER_FIRST_REPORT_WORDS = 'Goed verslag, dank jullie.';

const content = (fields: Partial<ReportContent>): ReportContent => ({
  kind: 'progress',
  periodFrom: '2024-08-01',
  periodTo: '2024-12-31',
  facts: 'Zoë ging bijna elke dag naar school.',
  youthView: 'Ik wil vaker naar huis.',
  parentsViews: [],
  interpretation: 'Structuur helpt haar.',
  nextSteps: 'Oudergesprek in maart.',
  goals: [{ goalId: 'goal-school', title: 'Zoë gaat elke dag naar school', status: 'active', progress: [] }],
  authorId: 'staff-sanne',
  ...fields,
});

const share = (
  personId: string,
  sharedOn: string,
  reactionDueOn: string,
  fields: Partial<ReportShare> = {},
): ReportShare => ({
  personId,
  personKind: personId === CHILD ? 'youth' : 'parent',
  sharedOn,
  channel: 'email',
  sharedBy: 'staff-sanne',
  reactionDueOn,
  ...fields,
});

const version = (
  id: string,
  reportId: string,
  number: number,
  body: ReportContent,
  shares: ReportShare[],
  supersededAt?: string,
): ReportVersion => ({
  id,
  reportId,
  childId: CHILD,
  version: number,
  content: body,
  frozenAt: `${shares[0]!.sharedOn}T09:00:00.000Z`,
  frozenBy: 'staff-sanne',
  shares,
  ...(supersededAt ? { supersededAt } : {}),
});

export const reportVersions: ReportVersion[] = [
  // Corrected after sharing: version 1 stays with its reactions, version 2 was shared again.
  version(
    'rv-a1',
    'report-a',
    1,
    content({}),
    [
      share(MOTHER, '2025-01-10', '2025-02-07'),
      share(FATHER, '2025-01-10', '2025-02-07', { channel: 'post' }),
      share(CHILD, '2025-01-10', '2025-02-07', { channel: 'handedOver' }),
    ],
    '2025-02-20T10:00:00.000Z',
  ),
  version(
    'rv-a2',
    'report-a',
    2,
    content({ facts: 'Zoë ging elke dag naar school, op twee ziektedagen na.' }),
    [share(MOTHER, '2025-02-21', '2025-03-21'), share(FATHER, '2025-02-21', '2025-03-21')],
  ),
  version(
    'rv-b1',
    'report-b',
    1,
    content({ kind: 'evaluation', periodFrom: '2024-01-15', periodTo: '2024-06-30' }),
    [share(MOTHER, '2024-07-05', '2024-08-02', { channel: 'meeting' })],
  ),
  // Speaks of health: in the handover only with consent for health.
  version(
    'rv-c1',
    'report-c',
    1,
    content({
      kind: 'custom',
      customKind: 'Tussenverslag',
      periodFrom: '2025-01-01',
      periodTo: '2025-02-28',
      facts: 'De medicatie is aangepast door de kinderarts.',
    }),
    [share(MOTHER, '2025-03-05', '2025-04-02')],
  ),
];

const reaction = (
  id: string,
  reportId: string,
  versionNumber: number,
  personId: string,
  receivedOn: string,
  fields: Partial<ReportReaction>,
): ReportReaction => ({
  id,
  createdAt: `${receivedOn}T12:00:00.000Z`,
  updatedAt: `${receivedOn}T12:00:00.000Z`,
  createdBy: 'staff-sanne',
  updatedBy: 'staff-sanne',
  reportId,
  childId: CHILD,
  version: versionNumber,
  personId,
  personKind: personId === CHILD ? 'youth' : 'parent',
  outcome: 'reacted',
  sections: {},
  receivedOn,
  ...fields,
});

const said = (choice: SectionReaction['choice'], text: string): SectionReaction => ({
  ...(choice ? { choice } : {}),
  text,
});

export const reportReactions: ReportReaction[] = [
  reaction('rr-b-mother', 'report-b', 1, MOTHER, '2024-07-20', {
    source: 'meeting',
    sections: { other: said(undefined, MOTHER_FIRST_REPORT_WORDS) },
  }),
  reaction('rr-a1-mother', 'report-a', 1, MOTHER, '2025-01-20', {
    source: 'phone',
    sections: {
      facts: said('disagrees', MOTHER_OLD_WORDS),
      other: said(undefined, MOTHER_OTHER_WORDS),
    },
    staffNote: 'Besproken met de mentor.',
  }),
  reaction('rr-a1-youth', 'report-a', 1, CHILD, '2025-01-15', {
    source: 'inWriting',
    sections: { youthView: said('agrees', YOUTH_WORDS) },
  }),
  reaction('rr-a1-father', 'report-a', 1, FATHER, '2025-02-10', { outcome: 'noReaction' }),
  reaction('rr-a2-mother', 'report-a', 2, MOTHER, '2025-03-01', {
    source: 'returnedDocument',
    sections: { interpretation: said('partly', MOTHER_WORDS), goals: said('agrees', '') },
  }),
];
