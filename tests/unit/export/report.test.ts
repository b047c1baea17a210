// The report .docx and reading a returned one: content controls inside bookmarks, the identity of the
// report and its text, and reading the parents' words back exactly from Word, LibreOffice and .odt shapes.
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { canonicalReportText, type ReportReaction } from '../../../src/domain/reports';
import { buildReport, type ReportDocumentModel } from '../../../src/export/report';
import { sha256Hex } from '../../../src/export/reportMarkers';
import { readReturnedReport } from '../../../src/export/reportReaction';
import { deleteBox, editDocumentXml, fillReturnedReport } from '../../fixtures/fillReturnedReport';
import { exportT, unzipDocx } from './docxTestHelpers';
import { FATHER, MOTHER, REPORT_ID, TRICKY, box, expected, model } from './reportTestModel';

async function exported(language: 'nl' | 'en' = 'nl', overrides: Partial<ReportDocumentModel> = {}) {
  return buildReport(model(overrides), await exportT(language), language);
}

describe('report document', () => {
  it('puts each reaction box in a content control with alias and tag, between the ends of a short bookmark', async () => {
    const { document } = await unzipDocx(await exported());
    const names = [...document.matchAll(/<w:bookmarkStart w:id="\d+" w:name="([^"]+)"/g)].map((m) => m[1]!);
    // Two parents × (7 text boxes + 6 choices), plus the body and the reference line.
    expect(names).toHaveLength(2 * 13 + 2);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(40);
      expect(name).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
    }
    const facts = box(MOTHER, 'facts');
    expect(names).toContain(facts);
    const control = new RegExp(
      `<w:bookmarkStart w:id="(\\d+)" w:name="${facts}"/><w:sdt><w:sdtPr><w:alias w:val="Uw reactie: Wat er gebeurde \\[${facts}\\]"/><w:tag w:val="${facts}"/>.*?</w:sdt><w:bookmarkEnd w:id="\\1"/>`,
    );
    expect(document).toMatch(control);
    expect(document).toContain('<w:dropDownList><w:listItem w:displayText="Eens" w:value="agrees"/>');
    expect(document).not.toContain('GDMARK');
  });

  it('identifies report, version and text in properties and in a visible reference line', async () => {
    const bytes = await exported();
    const zip = await JSZip.loadAsync(bytes);
    const custom = await zip.file('docProps/custom.xml')!.async('string');
    expect(custom).toContain(`name="GedeeldReportId"><vt:lpwstr>${REPORT_ID}</vt:lpwstr>`);
    expect(custom).toContain('name="GedeeldReportVersion"><vt:lpwstr>2</vt:lpwstr>');
    expect(custom).toContain(`<vt:lpwstr>${sha256Hex(canonicalReportText(model().content))}</vt:lpwstr>`);
    const { text } = await unzipDocx(bytes);
    expect(text).toMatch(new RegExp(`Kenmerk \\(niet veranderen\\): GD-${REPORT_ID}-v2-[0-9a-f]{16}`));
  });

  it('writes plain-language instructions and the UI strings in the reader’s language, typed text as typed', async () => {
    const nl = (await unzipDocx(await exported('nl'))).text;
    expect(nl).toContain('Uw reactie, Fatima de Vries');
    expect(nl).toContain('Kies bij elk deel: eens, deels eens of niet eens.');
    expect(nl).toContain('Wat Zoë zegt');
    const en = await unzipDocx(await exported('en'));
    expect(en.text).toContain('Your reaction, Fatima de Vries');
    expect(en.text).toContain('What happened');
    expect(en.text).toContain('Zoë ging elke dag naar school.');
    expect(en.text).not.toContain('Wat er gebeurde');
    expect(en.document).toContain('<w:listItem w:displayText="Partly agree" w:value="partly"/>');
  });

  it('carries every reaction verbatim, and the recorded absence of one, in the final report', async () => {
    const reactions: ReportReaction[] = [
      {
        id: 'r1',
        createdAt: '2026-04-10T09:00:00Z',
        updatedAt: '2026-04-10T09:00:00Z',
        createdBy: 'staff-1',
        updatedBy: 'staff-1',
        reportId: REPORT_ID,
        childId: 'c',
        version: 2,
        personId: MOTHER,
        personKind: 'parent',
        outcome: 'reacted',
        sections: {
          facts: { choice: 'disagrees', text: 'Het klopt niet.\nZe was drie dagen "ziek", niet "lastig".' },
        },
        receivedOn: '2026-04-10',
        source: 'returnedDocument',
        staffNote: 'Besproken met mentor.',
      },
      {
        id: 'r2',
        createdAt: '2026-05-02T09:00:00Z',
        updatedAt: '2026-05-02T09:00:00Z',
        createdBy: 'staff-1',
        updatedBy: 'staff-1',
        reportId: REPORT_ID,
        childId: 'c',
        version: 2,
        personId: FATHER,
        personKind: 'parent',
        outcome: 'noReaction',
        sections: {},
        receivedOn: '2026-05-02',
      },
    ];
    const { text } = await unzipDocx(
      await exported('nl', { status: 'final', reactions, reactionParts: [], exportDate: '2026-05-03' }),
    );
    expect(text).toContain('Reactie ontvangen op 10-04-2026, in het teruggestuurde document.');
    expect(text).toContain('Niet eens');
    // Verbatim: the straight quotes the parent typed stay straight (typed staff text gets „…”).
    expect(text).toContain('Het klopt niet.\nZe was drie dagen "ziek", niet "lastig".');
    expect(text).not.toContain('\u201Eziek\u201D');
    expect(text).toContain('Notitie van de medewerker (niet de woorden van Fatima de Vries):');
    expect(text).toContain('Geen reactie ontvangen (vastgelegd op 02-05-2026).');
    expect(text).not.toContain('Uw reactie,');
  });

  it('says where the clock stands for someone who has not reacted yet', async () => {
    const { text } = await unzipDocx(await exported('nl', { reactionParts: [], exportDate: '2026-04-10' }));
    expect(text).toContain('Nog geen reactie. Reageren kan tot en met 30-04-2026.');
    const late = await unzipDocx(await exported('nl', { reactionParts: [], exportDate: '2026-05-10' }));
    expect(late.text).toContain('De reactietermijn liep tot en met 30-04-2026.');
  });
});

describe('reading a returned report', () => {
  const fill = {
    [box(MOTHER, 'facts', 'choice')]: 'Niet eens',
    [box(MOTHER, 'facts')]: TRICKY,
    [box(MOTHER, 'interpretation', 'choice')]: 'Deels eens',
    [box(MOTHER, 'other')]: 'Bedankt.',
    [box(FATHER, 'nextSteps', 'choice')]: 'Eens',
  };

  it('reads an untouched copy as empty reactions with the report text unchanged', async () => {
    const result = await readReturnedReport(await exported(), expected());
    expect(result).toEqual({
      ok: true,
      version: 2,
      textChanged: false,
      warnings: [],
      persons: [
        { personId: MOTHER, sections: {}, empty: true },
        { personId: FATHER, sections: {}, empty: true },
      ],
    });
  });

  for (const shape of ['word', 'libreoffice', 'odt'] as const) {
    it(`reads the words exactly from a file saved by ${shape}`, async () => {
      const returned = await fillReturnedReport(await exported(), fill, shape);
      const result = await readReturnedReport(returned, expected());
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.textChanged).toBe(false);
      expect(result.warnings).toEqual([]);
      expect(result.persons).toEqual([
        {
          personId: MOTHER,
          empty: false,
          sections: {
            facts: { choice: 'disagrees', text: TRICKY },
            interpretation: { choice: 'partly', text: '' },
            other: { text: 'Bedankt.' },
          },
        },
        { personId: FATHER, empty: false, sections: { nextSteps: { choice: 'agrees', text: '' } } },
      ]);
    });
  }

  for (const file of ['libreoffice-7.4-resaved.docx', 'libreoffice-7.4-via-odt.docx'])
    it(`reads the words exactly from a file really saved by LibreOffice 7.4: ${file}`, async () => {
      const bytes = new Uint8Array(
        await readFile(new URL(`../../fixtures/returned/${file}`, import.meta.url)),
      );
      const result = await readReturnedReport(bytes, expected());
      expect(result).toEqual({
        ok: true,
        version: 2,
        textChanged: false,
        warnings: [],
        persons: [
          {
            personId: MOTHER,
            empty: false,
            sections: {
              facts: { choice: 'disagrees', text: TRICKY },
              interpretation: { choice: 'partly', text: '' },
              other: { text: 'Bedankt.' },
            },
          },
          { personId: FATHER, empty: false, sections: { nextSteps: { choice: 'agrees', text: '' } } },
        ],
      });
    });

  it('reads a reaction of 20 000 characters whole, and the final report carries it whole', async () => {
    const long = `${Array.from(
      { length: 400 },
      (_, i) => `Regel ${String(i).padStart(3, '0')}: ${'x'.repeat(38)}`,
    ).join('\n')}.`;
    expect(long).toHaveLength(20_000);
    const returned = await fillReturnedReport(await exported(), { [box(FATHER, 'goals')]: long });
    const result = await readReturnedReport(returned, expected());
    expect(result.ok && result.persons[1]!.sections.goals?.text).toBe(long);
    const stored: ReportReaction = {
      id: 'r-long',
      createdAt: '2026-04-10T09:00:00Z',
      updatedAt: '2026-04-10T09:00:00Z',
      createdBy: 'staff-1',
      updatedBy: 'staff-1',
      reportId: REPORT_ID,
      childId: 'c',
      version: 2,
      personId: FATHER,
      personKind: 'parent',
      outcome: 'reacted',
      sections: { goals: { text: long } },
      receivedOn: '2026-04-10',
      source: 'returnedDocument',
    };
    const final = await unzipDocx(
      await exported('nl', { status: 'final', reactions: [stored], reactionParts: [] }),
    );
    expect(final.text).toContain(long);
  });

  it("marks a parent's reaction with that parent's language (English), others' and staff notes as Dutch", async () => {
    const reaction = (id: string, personId: string, text: string): ReportReaction => ({
      id,
      createdAt: '2026-04-10T09:00:00Z',
      updatedAt: '2026-04-10T09:00:00Z',
      createdBy: 'staff-1',
      updatedBy: 'staff-1',
      reportId: REPORT_ID,
      childId: 'c',
      version: 2,
      personId,
      personKind: 'parent',
      outcome: 'reacted',
      sections: { facts: { choice: 'partly', text } },
      receivedOn: '2026-04-10',
      source: 'inWriting',
      staffNote: 'Besproken met mentor.',
    });
    const reactions = [
      reaction('r1', MOTHER, 'She was ill, not difficult.'),
      reaction('r2', FATHER, 'Ze was ziek.'),
    ];
    const runLanguage = (document: string, text: string) =>
      new RegExp(`<w:lang w:val="([^"]+)"/></w:rPr><w:t xml:space="preserve">${text}</w:t>`).exec(
        document,
      )?.[1];
    for (const language of ['nl', 'en'] as const) {
      const { document } = await unzipDocx(
        await exported(language, {
          status: 'final',
          reactions,
          reactionParts: [],
          wordLanguages: { [MOTHER]: 'en-GB' },
        }),
      );
      expect(runLanguage(document, 'She was ill, not difficult.'), language).toBe('en-GB');
      expect(runLanguage(document, 'Ze was ziek.'), language).toBe('nl-NL');
      expect(runLanguage(document, 'Besproken met mentor.'), language).toBe('nl-NL');
    }
  });

  it('leaves out our placeholder when someone typed after it, and keeps their words exactly', async () => {
    const returned = await fillReturnedReport(await exported(), {
      [box(MOTHER, 'youthView')]: 'Klik hier en typ uw reactie. Dat klopt wel.',
    });
    const result = await readReturnedReport(returned, expected());
    expect(result.ok && result.persons[0]!.sections.youthView).toEqual({ text: ' Dat klopt wel.' });
  });

  it('refuses a Word file whose document part is not well-formed', async () => {
    const zip = await JSZip.loadAsync(await exported());
    zip.file('word/document.xml', '<w:document><w:body><w:p>');
    expect(await readReturnedReport(await zip.generateAsync({ type: 'uint8array' }), expected())).toEqual({
      ok: false,
      refusal: 'notWord',
    });
  });

  it('reports a deleted box as missing and still reads the others', async () => {
    const filled = await fillReturnedReport(await exported(), fill);
    const returned = await deleteBox(filled, box(MOTHER, 'facts'));
    const result = await readReturnedReport(returned, expected());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([
      { kind: 'missingBox', personId: MOTHER, section: 'facts', part: 'text' },
    ]);
    expect(result.persons[0]!.sections.facts).toEqual({ choice: 'disagrees', text: '' });
    expect(result.persons[0]!.sections.other).toEqual({ text: 'Bedankt.' });
  });

  it('finds a box by its control’s alias when the bookmark is gone', async () => {
    const filled = await fillReturnedReport(await exported(), fill);
    const name = box(MOTHER, 'facts');
    const returned = await editDocumentXml(filled, (doc) => {
      const starts = doc.getElementsByTagName('w:bookmarkStart');
      for (let i = 0; i < starts.length; i++)
        if (starts.item(i)!.getAttribute('w:name') === name)
          starts.item(i)!.setAttribute('w:name', 'renamedByAnEditor');
    });
    const result = await readReturnedReport(returned, expected());
    expect(result.ok && result.persons[0]!.sections.facts).toEqual({ choice: 'disagrees', text: TRICKY });
  });

  it('warns when the report’s own text was changed in the file, and still reads the reactions', async () => {
    const filled = await fillReturnedReport(await exported(), fill);
    const returned = await editDocumentXml(filled, (doc) => {
      const texts = doc.getElementsByTagName('w:t');
      for (let i = 0; i < texts.length; i++)
        if (texts.item(i)!.textContent === 'Oudergesprek in april.')
          texts.item(i)!.textContent = 'Geen oudergesprek.';
    });
    const result = await readReturnedReport(returned, expected());
    expect(result.ok && result.textChanged).toBe(true);
    expect(result.ok && result.warnings).toContainEqual({ kind: 'textChanged' });
    expect(result.ok && result.persons[0]!.sections.other).toEqual({ text: 'Bedankt.' });
  });

  it('identifies the report by its reference line when the document properties were lost', async () => {
    const zip = await JSZip.loadAsync(await fillReturnedReport(await exported(), fill, 'odt'));
    zip.remove('docProps/custom.xml');
    const result = await readReturnedReport(await zip.generateAsync({ type: 'uint8array' }), expected());
    expect(result.ok && result.textChanged).toBe(false);
    expect(result.ok && result.persons[1]!.sections.nextSteps).toEqual({ choice: 'agrees', text: '' });
  });

  it('refuses a file of another report, an older version, and one whose frozen text differs', async () => {
    const bytes = await exported();
    expect(
      await readReturnedReport(bytes, expected({ reportId: '99999999-7b4d-4e8a-9f10-2c3d4e5f6a7b' })),
    ).toEqual({
      ok: false,
      refusal: 'otherReport',
    });
    expect(await readReturnedReport(bytes, expected({ version: 3 }))).toEqual({
      ok: false,
      refusal: 'olderVersion',
    });
    expect(await readReturnedReport(bytes, expected({ version: 1 }))).toEqual({
      ok: false,
      refusal: 'newerVersion',
    });
    expect(await readReturnedReport(bytes, expected({ contentHash: sha256Hex('other') }))).toEqual({
      ok: false,
      refusal: 'otherReport',
    });
  });

  it('refuses what is not a zip, not a Word document, or not a report', async () => {
    const notZip = new TextEncoder().encode('%PDF-1.7 this is not a docx');
    expect(await readReturnedReport(notZip, expected())).toEqual({ ok: false, refusal: 'notZip' });
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    expect(await readReturnedReport(await zip.generateAsync({ type: 'uint8array' }), expected())).toEqual({
      ok: false,
      refusal: 'notWord',
    });
    const other = await JSZip.loadAsync(await exported());
    other.remove('docProps/custom.xml');
    const xml = (await other.file('word/document.xml')!.async('string')).replace(
      /GD-[0-9a-f-]{36}-v2-[0-9a-f]{16}/,
      'weg',
    );
    other.file('word/document.xml', xml);
    expect(await readReturnedReport(await other.generateAsync({ type: 'uint8array' }), expected())).toEqual({
      ok: false,
      refusal: 'notAReport',
    });
  });

  it('refuses a macro-enabled document renamed to .docx', async () => {
    const withVba = await JSZip.loadAsync(await exported());
    withVba.file('word/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
    expect(await readReturnedReport(await withVba.generateAsync({ type: 'uint8array' }), expected())).toEqual(
      {
        ok: false,
        refusal: 'macroEnabled',
      },
    );
    const docm = await JSZip.loadAsync(await exported());
    const types = await docm.file('[Content_Types].xml')!.async('string');
    docm.file(
      '[Content_Types].xml',
      types.replace(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
        'application/vnd.ms-word.document.macroEnabled.main+xml',
      ),
    );
    expect(await readReturnedReport(await docm.generateAsync({ type: 'uint8array' }), expected())).toEqual({
      ok: false,
      refusal: 'macroEnabled',
    });
  });

  it('reads only the boxes of the people in this copy, and an empty reaction as empty', async () => {
    const single = await exported('nl', {
      reactionParts: [{ personId: FATHER, name: 'Johan de Vries', kind: 'parent' }],
    });
    const result = await readReturnedReport(single, expected());
    expect(result.ok && result.persons).toEqual([{ personId: FATHER, sections: {}, empty: true }]);
  });
});
