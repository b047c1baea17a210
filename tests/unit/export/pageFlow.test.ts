// Page flow in every document: nothing that introduces a table is left at a page bottom, rows never split.
import { describe, expect, it } from 'vitest';
import { HANDOVER_SECTIONS } from '../../../src/domain/types';
import {
  agreementsSheetModel,
  buildAgreementsSheet,
  buildHandover,
  buildMeetingPrep,
  buildRecoverySheet,
  handoverModel,
  meetingPrepModel,
} from '../../../src/export';
import { exportT, unzipDocx } from './docxTestHelpers';
import { MEETING_DATE, TODAY, handover, records } from './sampleRecords';

async function documents() {
  const t = await exportT('nl');
  const afterMove = { ...handover, moveDate: '2025-03-01' };
  return {
    agreementsSheet: await buildAgreementsSheet(agreementsSheetModel({ ...records, today: TODAY }), t, 'nl'),
    meetingPrep: await buildMeetingPrep(
      meetingPrepModel({ ...records, today: TODAY, meetingDate: MEETING_DATE }),
      t,
      'nl',
    ),
    handover: await buildHandover(
      handoverModel({
        ...records,
        handover: afterMove,
        sections: [...HANDOVER_SECTIONS],
        legalGroundConfirmed: { familyAndNetwork: true },
        today: TODAY,
      }),
      t,
      'nl',
    ),
    recoverySheet: await buildRecoverySheet(
      { homeName: records.homeName, recoveryKey: 'K7QX-2M9D', createdOn: TODAY },
      t,
      'nl',
    ),
  };
}

/** The body's top-level blocks in order: paragraphs and whole tables. */
function blocks(document: string): string[] {
  const body = document.slice(document.indexOf('<w:body>') + 8, document.lastIndexOf('<w:sectPr'));
  return body.match(/<w:tbl>.*?<\/w:tbl>|<w:p[ >].*?<\/w:p>/g) ?? [];
}

const keepsWithNext = (paragraph: string) =>
  paragraph.includes('<w:keepNext/>') || /<w:pStyle w:val="(Heading\d|Title)"\/>/.test(paragraph);

describe('page flow of every document', () => {
  it('keeps every paragraph that comes right before a table with that table', async () => {
    for (const [name, bytes] of Object.entries(await documents())) {
      const parts = blocks((await unzipDocx(bytes)).document);
      parts.forEach((block, index) => {
        const previous = parts[index - 1];
        if (block.startsWith('<w:tbl>') && previous?.startsWith('<w:p'))
          expect(keepsWithNext(previous), `${name}: ${previous.replace(/<[^>]+>/g, '')}`).toBe(true);
      });
    }
  });

  it('never ends a document with a heading, and never lets a table row break across pages', async () => {
    for (const [name, bytes] of Object.entries(await documents())) {
      const { document } = await unzipDocx(bytes);
      const parts = blocks(document);
      expect(parts.at(-1), name).not.toMatch(/Heading\d/);
      const rows = document.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
      expect(rows.length, name).toBeGreaterThan(0);
      for (const row of rows) expect(row, name).toContain('<w:cantSplit/>');
    }
  });

  it('keeps short tables on one page: every row but the last keeps with the next', async () => {
    const { document } = await unzipDocx((await documents()).meetingPrep);
    const meeting = document.match(/<w:tbl>.*?<\/w:tbl>/g)![0]!;
    const rows = meeting.match(/<w:tr>.*?<\/w:tr>/g)!;
    expect(rows.length).toBeLessThanOrEqual(6);
    for (const row of rows.slice(0, -1)) expect(row).toContain('<w:keepNext/>');
  });
});
