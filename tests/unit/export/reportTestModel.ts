// The report of the report tests: a shared version 2 for two parents, what a returned copy must carry,
// the bookmark name of each box, and words with everything that must come back exactly. The frozen
// files in tests/fixtures/returned were made from this model: changing it means remaking them.
import { canonicalReportText } from '../../../src/domain/reports';
import type { ReportDocumentModel } from '../../../src/export/report';
import { boxBookmarkName, sha256Hex } from '../../../src/export/reportMarkers';
import type { ExpectedReport } from '../../../src/export/reportReaction';

export const REPORT_ID = '3f2a9c1e-7b4d-4e8a-9f10-2c3d4e5f6a7b';
export const MOTHER = 'a1b2c3d4-0000-4000-8000-000000000001';
export const FATHER = 'b2c3d4e5-0000-4000-8000-000000000002';
export const YOUTH = 'c3d4e5f6-0000-4000-8000-000000000003';

export function model(overrides: Partial<ReportDocumentModel> = {}): ReportDocumentModel {
  return {
    reportId: REPORT_ID,
    version: 2,
    status: 'shared',
    content: {
      kind: 'progress',
      periodFrom: '2026-01-01',
      periodTo: '2026-03-31',
      facts: 'Zoë ging elke dag naar school.\nIn maart was ze twee dagen ziek.',
      youthView: 'Ik wil vaker naar huis.',
      parentsViews: [{ familyMemberId: MOTHER, text: 'Ik wil meebeslissen over school.' }],
      interpretation: 'Het gaat beter met "structuur".',
      nextSteps: 'Oudergesprek in april.',
      goals: [
        {
          goalId: 'g1',
          title: 'Naar school',
          status: 'active',
          progress: [{ on: '2026-02-01', text: 'Elke dag.' }],
        },
      ],
      authorId: 'staff-1',
    },
    child: { name: 'Zoë de Vries', birthDate: '2012-05-03' },
    authorName: 'Anouk de Groot',
    checkerName: 'Pieter Jansen',
    checkedOn: '2026-04-01',
    names: {
      [MOTHER]: 'Fatima de Vries',
      [FATHER]: 'Johan de Vries',
      [YOUTH]: 'Zoë de Vries',
      'staff-1': 'Anouk de Groot',
    },
    shares: [
      {
        personId: MOTHER,
        personKind: 'parent',
        sharedOn: '2026-04-02',
        channel: 'email',
        sharedBy: 'staff-1',
        reactionDueOn: '2026-04-30',
      },
      {
        personId: FATHER,
        personKind: 'parent',
        sharedOn: '2026-04-02',
        channel: 'post',
        sharedBy: 'staff-1',
        reactionDueOn: '2026-04-30',
      },
    ],
    reactions: [],
    reactionParts: [
      { personId: MOTHER, name: 'Fatima de Vries', kind: 'parent' },
      { personId: FATHER, name: 'Johan de Vries', kind: 'parent' },
    ],
    homeName: 'Huize Eik',
    exportDate: '2026-04-02',
    ...overrides,
  };
}

export const expected = (overrides: Partial<ExpectedReport> = {}): ExpectedReport => ({
  reportId: REPORT_ID,
  version: 2,
  contentHash: sha256Hex(canonicalReportText(model().content)),
  personIds: [MOTHER, FATHER],
  ...overrides,
});

export const box = (
  personId: string,
  section: Parameters<typeof boxBookmarkName>[0]['section'],
  part: 'text' | 'choice' = 'text',
) => boxBookmarkName({ reportId: REPORT_ID, version: 2, personId, section, part });

export const TRICKY =
  'Ik ben het NIET eens.\n\tMijn zoon is „geen” probleem & <nooit> geweest — echt niet! ü ß € 😀\n\nLaatste regel   met spaties  ';
