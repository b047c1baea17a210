// Backups on disk: saved where the user chooses, or as safety backups in the app's own folder
// (userData/backups/<home id>, the newest 5 per home kept); every write is read back for verifying.
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { VerifiedSaveResult } from '../../src/platform/Platform';
import { writeFileAtomic } from './files';

export const SAFETY_BACKUPS_KEPT = 5;
const EXTENSION = '.gedeeld-backup';

export async function saveBackupWithDialog(
  window: BrowserWindow,
  suggestedName: string,
  bytes: Uint8Array,
): Promise<VerifiedSaveResult> {
  const result = await dialog.showSaveDialog(window, {
    defaultPath: suggestedName,
    filters: [{ name: 'Gedeeld back-up', extensions: ['gedeeld-backup'] }],
  });
  if (result.canceled || !result.filePath) return { saved: false };
  await writeFileAtomic(result.filePath, bytes);
  return {
    saved: true,
    fileName: basename(result.filePath),
    readBack: new Uint8Array(await readFile(result.filePath)),
  };
}

/** Writes a safety backup into `<root>/<homeId>/`, reads it back, and keeps only the newest ones. */
export async function saveSafetyBackup(
  root: string,
  homeId: string,
  fileName: string,
  bytes: Uint8Array,
  keep = SAFETY_BACKUPS_KEPT,
): Promise<VerifiedSaveResult> {
  const folder = join(root, homeId);
  await mkdir(folder, { recursive: true });
  const path = join(folder, fileName);
  await writeFileAtomic(path, bytes);
  const readBack = new Uint8Array(await readFile(path));
  await pruneSafetyBackups(folder, keep);
  return { saved: true, fileName, readBack };
}

/** Deletes all but the `keep` newest backups of one home (by modification time, then name). */
export async function pruneSafetyBackups(folder: string, keep: number): Promise<void> {
  const names = (await readdir(folder)).filter((name) => name.endsWith(EXTENSION));
  const files = await Promise.all(
    names.map(async (name) => ({ name, modified: (await stat(join(folder, name))).mtimeMs })),
  );
  files.sort((a, b) => b.modified - a.modified || b.name.localeCompare(a.name));
  for (const file of files.slice(keep)) await rm(join(folder, file.name), { force: true });
}
