// `npm run bench`: timings on generated homes of several sizes, with ratios to the smallest (baseline).
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import Dexie from 'dexie';
import { createBackup, readBackupFile, restoreBackup, unlockBackup } from '../src/data/backup';
import { homeDbName } from '../src/data/db';
import { createDemoHome } from '../src/data/demo';
import { createRepositories } from '../src/data/repositories';
import { LockedHome } from '../src/data/session';
import { buildDashboard } from '../src/domain/dashboard';
import { continuityAlerts, homeContinuity, homeTrend } from '../src/domain/continuity';
import { buildHandover, handoverModel } from '../src/export';
import { HANDOVER_SECTIONS } from '../src/domain/types';
import { createExportT } from '../src/i18n/exportTranslator';
import { DEMO_PASSWORD, generateHome } from '../src/data/demo/generateHome';
import { benchRecordCipher } from './recordCipher';

const SIZES = [8, 50, 200];
const TODAY = '2026-11-24';

interface Row {
  task: string;
  size: number;
  ms: number;
}

async function time<T>(rows: Row[], task: string, size: number, run: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const result = await run();
  rows.push({ task, size, ms: performance.now() - start });
  return result;
}

async function benchSize(rows: Row[], size: number) {
  const data = await time(rows, 'generate home', size, () =>
    generateHome({ seed: 7, today: TODAY, children: size, staff: Math.max(12, Math.round(size / 2)) }),
  );
  // Key derivation is the same at every size; keep the staff small here so the write is what we measure.
  const staff = data.staff.slice(0, 3);
  const home = await time(rows, 'write encrypted', size, () => createDemoHome('Bench', { ...data, staff }));
  const locked = new LockedHome(home.id);
  const signIn = await locked.signIn(staff[0]!.id, DEMO_PASSWORD);
  if (!signIn.ok) throw new Error('bench sign-in failed');
  const repos = createRepositories(signIn.session);
  const all = await time(rows, 'read + decrypt all', size, async () => ({
    children: await repos.children.list(),
    contacts: await repos.contacts.list(),
    agreements: await repos.agreements.list(),
    evaluations: await repos.evaluations.list(),
    staff: await repos.staff.list(),
  }));
  await time(rows, 'dashboard rules', size, () => buildDashboard({ ...all, today: TODAY }));
  // Continuity is pure over the generated records: every figure per child, the home's trend, the alerts.
  const continuity = { ...data, assignments: data.roleAssignments, today: TODAY };
  await time(rows, 'continuity figures', size, () => homeContinuity(continuity));
  await time(rows, 'continuity trend (6 months)', size, () => homeTrend(continuity));
  await time(rows, 'continuity alerts', size, () => continuityAlerts(continuity));
  const t = await createExportT('nl');
  // The generator always gives the home an ended placement with a handover.
  const handover = data.handovers[0];
  const child = all.children.find((candidate) => candidate.id === handover?.childId);
  if (!handover || !child) throw new Error('generated home has no handover');
  await time(rows, 'handover docx', size, async () =>
    buildHandover(
      handoverModel({
        ...data,
        ...all,
        homeName: 'Bench',
        child,
        handover,
        sections: [...HANDOVER_SECTIONS],
        legalGroundConfirmed: {},
        today: TODAY,
        familyMembers: data.familyMembers,
        goals: data.goals,
      }),
      t,
      'nl',
    ),
  );
  signIn.session.lock();

  // Backup reads stored rows (no decryption) and encodes them; restore decodes, writes and opens every record.
  const backup = await time(rows, 'backup (make + verify)', size, async () => {
    const made = await createBackup({ home, createdBy: null, reason: 'manual', appVersion: 'bench' });
    await readBackupFile(made.bytes);
    return made;
  });
  await Dexie.delete(homeDbName(home.id));
  const contents = await time(rows, 'restore: read + check file', size, () => readBackupFile(backup.bytes));
  // Every password slot is tried (the file has no sign-in names): PBKDF2 at production strength.
  const unlocked = await time(rows, 'restore: unlock (PBKDF2)', size, () =>
    unlockBackup(contents, DEMO_PASSWORD),
  );
  await time(rows, 'restore: write + open all', size, () =>
    restoreBackup({ contents, unlocked, replaceExisting: false }),
  );
  process.stdout.write(`backup file for ${size} children: ${(backup.bytes.length / 1e6).toFixed(1)} MB\n`);
}

async function main() {
  process.stdout.write(`${benchRecordCipher()}\n`);
  const rows: Row[] = [];
  for (const size of SIZES) await benchSize(rows, size);
  const tasks = [...new Set(rows.map((row) => row.task))];
  const header = ['task', ...SIZES.map((size) => `${size} children`)];
  const lines = tasks.map((task) => {
    const base = rows.find((row) => row.task === task && row.size === SIZES[0])!.ms;
    return [
      task,
      ...SIZES.map((size) => {
        const ms = rows.find((row) => row.task === task && row.size === size)!.ms;
        return `${ms.toFixed(1)} ms (×${(ms / base).toFixed(1)})`;
      }),
    ];
  });
  const widths = header.map((_, i) => Math.max(...[header, ...lines].map((line) => line[i]!.length)));
  const format = (line: string[]) => line.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  process.stdout.write(
    `${format(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${lines.map(format).join('\n')}\n`,
  );
  process.stdout.write('Ratios are to the 8-children home measured in the same run.\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
