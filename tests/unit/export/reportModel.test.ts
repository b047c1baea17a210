// The report's view model from stored records: the frozen text, names, the reactions of this version,
// and a copy exported for parents reads back against what the app expects.
import { describe, expect, it } from 'vitest';
import { generateHome } from '../../../src/data/demo/generateHome';
import { buildReport } from '../../../src/export/report';
import {
  documentLanguageFor,
  expectedReport,
  languageTagFor,
  reportDocumentModel,
} from '../../../src/export/reportModel';
import { readReturnedReport } from '../../../src/export/reportReaction';
import { exportT, unzipDocx } from './docxTestHelpers';

const home = generateHome();
function recordsOf(status: 'final' | 'shared') {
  const report = home.reports.find((candidate) => candidate.status === status)!;
  return {
    report,
    versions: home.reportVersions.filter((version) => version.reportId === report.id),
    reactions: home.reportReactions.filter((reaction) => reaction.reportId === report.id),
    child: home.children.find((child) => child.id === report.childId)!,
    familyMembers: home.familyMembers.filter((member) => member.childId === report.childId),
    staff: home.staff,
  };
}

describe('report view model', () => {
  it('exports a final demo report with every reaction or recorded absence', async () => {
    const records = recordsOf('final');
    const model = reportDocumentModel(records, {
      homeName: 'Huize Eik',
      exportDate: '2026-11-24',
      reactionPartsFor: [],
    });
    expect(model.authorName).toBe(home.staff.find((s) => s.id === records.report.authorId)!.name);
    const { text } = await unzipDocx(await buildReport(model, await exportT('nl'), 'nl'));
    for (const reaction of records.reactions) {
      if (reaction.outcome === 'noReaction') expect(text).toContain('Geen reactie ontvangen (vastgelegd op');
      for (const section of Object.values(reaction.sections))
        if (section.text) expect(text).toContain(section.text);
    }
  });

  it('exports a shared report for its recipients that reads back against the stored version', async () => {
    const records = recordsOf('shared');
    const ids = records.report.shares.map((share) => share.personId);
    const model = reportDocumentModel(records, {
      homeName: 'Huize Eik',
      exportDate: '2026-11-24',
      reactionPartsFor: ids,
    });
    const bytes = await buildReport(model, await exportT('nl'), 'nl');
    const result = await readReturnedReport(bytes, expectedReport(records));
    expect(result.ok && result.persons.map((person) => person.personId)).toEqual(ids);
    expect(result.ok && result.textChanged).toBe(false);
  });

  it('picks English for a parent whose preferred language is English, Dutch otherwise', () => {
    expect(documentLanguageFor('Engels')).toBe('en');
    expect(documentLanguageFor('English')).toBe('en');
    expect(documentLanguageFor('Arabisch')).toBe('nl');
    expect(documentLanguageFor(undefined)).toBe('nl');
  });

  it("takes each family member's language for their own words, from how people write it", () => {
    expect(languageTagFor('Engels')).toBe('en-GB');
    expect(languageTagFor(' english ')).toBe('en-GB');
    expect(languageTagFor('Nederlands')).toBe('nl-NL');
    expect(languageTagFor('Pools')).toBe('pl-PL');
    expect(languageTagFor('Arabisch (tolk nodig)')).toBe('ar-SA');
    expect(languageTagFor('Tigrinya')).toBeUndefined();
    expect(languageTagFor(undefined)).toBeUndefined();
    const records = recordsOf('final');
    const [english, unknown] = records.familyMembers;
    const model = reportDocumentModel(
      {
        ...records,
        familyMembers: records.familyMembers.map((member) =>
          member.id === english!.id
            ? { ...member, preferredLanguage: 'Engels' }
            : { ...member, preferredLanguage: 'Tigrinya' },
        ),
      },
      { homeName: 'Huize Eik', exportDate: '2026-11-24', reactionPartsFor: [] },
    );
    expect(model.wordLanguages?.[english!.id]).toBe('en-GB');
    if (unknown) expect(model.wordLanguages?.[unknown.id]).toBeUndefined();
  });
});
