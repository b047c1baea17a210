// `npm run export:sample`: writes one of each Word document from generated demo data into export-sample/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  agreementsSheetModel,
  buildAgreementsSheet,
  buildHandover,
  buildMeetingPrep,
  buildRecoverySheet,
  buildSchoolCard,
  handoverModel,
  meetingPrepModel,
  schoolCardModel,
} from '../src/export';
import { documentFileName } from '../src/export/fileNames';
import { HANDOVER_SECTIONS } from '../src/domain/types';
import { createExportT } from '../src/i18n/exportTranslator';
import { generateHome } from '../src/data/demo/generateHome';

const today = new Date().toISOString().slice(0, 10);
const outDir = join(import.meta.dirname, '..', 'export-sample');
const home = generateHome({ seed: 2026, today });
const homeName = 'Demohuis De Linde';

async function main() {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const write = (name: string, bytes: Uint8Array) => {
    writeFileSync(join(outDir, name), bytes);
    written.push(name);
  };
  for (const language of ['nl', 'en'] as const) {
    const t = await createExportT(language);
    // The child with the most agreements makes the fullest sample; the ended placement has a handover.
    const child = [...home.children].sort(
      (a, b) =>
        home.agreements.filter((x) => x.childId === b.id).length -
        home.agreements.filter((x) => x.childId === a.id).length,
    )[0]!;
    const records = { ...home, homeName, child, today };
    write(
      documentFileName('agreementsSheet', child.name, today, language),
      await buildAgreementsSheet(agreementsSheetModel(records), t, language),
    );
    write(
      documentFileName('meetingPrep', child.name, today, language),
      await buildMeetingPrep(meetingPrepModel({ ...records, meetingDate: today }), t, language),
    );
    const schoolCard = schoolCardModel(records);
    write(
      documentFileName('schoolCard', child.name, today, language),
      await buildSchoolCard(schoolCard, t, language, 'full'),
    );
    write(
      documentFileName('schoolCardStaffRoom', child.name, today, language),
      await buildSchoolCard(schoolCard, t, language, 'staffRoom'),
    );
    const handover = home.handovers[0];
    const leaving = home.children.find((candidate) => candidate.id === handover?.childId);
    if (handover && leaving) {
      const model = handoverModel({
        ...home,
        homeName,
        child: leaving,
        handover,
        sections: [...HANDOVER_SECTIONS],
        legalGroundConfirmed: {},
        today,
      });
      write(
        documentFileName('handover', leaving.name, today, language),
        await buildHandover(model, t, language),
      );
    }
    write(
      `herstelsleutel-voorbeeld-${language}.docx`,
      await buildRecoverySheet(
        { homeName, recoveryKey: 'VOOR-BEEL-D000-0000-0000-0000-0000-0000', createdOn: today },
        t,
        language,
      ),
    );
  }
  process.stdout.write(
    `${written.length} documents written to ${outDir}:\n${written.map((name) => `  ${name}`).join('\n')}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`export:sample failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
