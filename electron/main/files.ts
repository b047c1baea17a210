// Saving and opening files: atomic writes (temp file, fsync, rename) behind the system dialogs.
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { FileFilter, OpenedFile, SaveResult } from '../../src/platform/Platform';

/** Writes all bytes or nothing: a crash mid-write never leaves a half document under the real name. */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export async function saveWithDialog(
  window: BrowserWindow,
  suggestedName: string,
  bytes: Uint8Array,
  filters: FileFilter[],
): Promise<SaveResult> {
  const result = await dialog.showSaveDialog(window, { defaultPath: suggestedName, filters });
  if (result.canceled || !result.filePath) return { saved: false };
  await writeFileAtomic(result.filePath, bytes);
  return { saved: true, fileName: basename(result.filePath) };
}

export async function openWithDialog(
  window: BrowserWindow,
  filters: FileFilter[],
): Promise<OpenedFile | null> {
  const result = await dialog.showOpenDialog(window, { properties: ['openFile'], filters });
  const path = result.filePaths[0];
  if (result.canceled || !path) return null;
  return { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
}
