// Safety backups in the app's own folder: written whole, read back, the newest five per home kept.
import { mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ dialog: {} }));

const { saveSafetyBackup, SAFETY_BACKUPS_KEPT } = await import('../../../electron/main/backups');

describe('safety backups', () => {
  it('writes into the home folder and returns the bytes read back from disk', async () => {
    const root = await mkdtemp(join(tmpdir(), 'gedeeld-backups-'));
    const bytes = new Uint8Array([0x89, 1, 2, 3]);
    const result = await saveSafetyBackup(root, 'home-1', 'gedeeld-gde-2026-11-29.gedeeld-backup', bytes);
    expect(result).toEqual({
      saved: true,
      fileName: 'gedeeld-gde-2026-11-29.gedeeld-backup',
      readBack: bytes,
    });
    expect(new Uint8Array(await readFile(join(root, 'home-1', result.saved ? result.fileName : '')))).toEqual(
      bytes,
    );
  });

  it('keeps the newest five backups of a home and leaves other files and homes alone', async () => {
    const root = await mkdtemp(join(tmpdir(), 'gedeeld-backups-'));
    const folder = join(root, 'home-1');
    await saveSafetyBackup(root, 'home-2', 'other.gedeeld-backup', new Uint8Array([1]));
    await saveSafetyBackup(root, 'home-1', 'b0.gedeeld-backup', new Uint8Array([1]));
    await writeFile(join(folder, 'notes.txt'), 'not a backup');
    for (let i = 1; i <= 6; i += 1) {
      await saveSafetyBackup(root, 'home-1', `b${i}.gedeeld-backup`, new Uint8Array([i]));
      // Distinct modification times, oldest first, whatever the file system's resolution.
      const at = new Date(Date.UTC(2026, 0, 1, 0, i));
      await utimes(join(folder, `b${i}.gedeeld-backup`), at, at);
    }
    await utimes(join(folder, 'b0.gedeeld-backup'), new Date(2025, 0, 1), new Date(2025, 0, 1));
    await saveSafetyBackup(root, 'home-1', 'b7.gedeeld-backup', new Uint8Array([7]));
    const kept = (await readdir(folder)).sort();
    expect(kept).toEqual(
      [
        'b4.gedeeld-backup',
        'b5.gedeeld-backup',
        'b6.gedeeld-backup',
        'b7.gedeeld-backup',
        'b3.gedeeld-backup',
        'notes.txt',
      ].sort(),
    );
    expect(kept.filter((name) => name.endsWith('.gedeeld-backup'))).toHaveLength(SAFETY_BACKUPS_KEPT);
    expect(await readdir(join(root, 'home-2'))).toEqual(['other.gedeeld-backup']);
  });
});
