// Settings service over a plain store, and atomic file writes on a real temporary folder.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ dialog: {} }));

const { createSettingsService } = await import('../../../electron/main/settings');
const { writeFileAtomic } = await import('../../../electron/main/files');

function memoryStore(initial: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    get: (key: string) => data.get(key),
    set: (key: string, value: unknown) => data.set(key, value),
    data,
  };
}

describe('settings service', () => {
  it('returns defaults for an empty store and ignores junk', async () => {
    expect(await createSettingsService(memoryStore()).getSettings()).toEqual({
      language: 'nl',
      autoLockMinutes: 10,
      autoLockCaps: {},
    });
    const junk = memoryStore({ settings: { language: 'xx', autoLockMinutes: -3 }, homes: 'broken' });
    const service = createSettingsService(junk);
    expect(await service.getSettings()).toEqual({ language: 'nl', autoLockMinutes: 10, autoLockCaps: {} });
    expect(await service.listHomes()).toEqual([]);
  });

  it('stores validated settings and saves, replaces and removes homes', async () => {
    const store = memoryStore();
    const service = createSettingsService(store);
    expect(await service.setSettings({ language: 'en', autoLockMinutes: 999 })).toEqual({
      language: 'en',
      autoLockMinutes: 10,
      autoLockCaps: {},
    });
    const home = {
      id: 'h1',
      name: 'De Eik',
      kind: 'familyHome' as const,
      createdAt: '2026-11-24T10:00:00.000Z',
    };
    await service.saveHome(home);
    await service.saveHome({ ...home, name: 'De Eik 2' });
    expect(await service.listHomes()).toEqual([{ ...home, name: 'De Eik 2' }]);
    await expect(service.saveHome({ ...home, id: '../x' })).rejects.toThrow('invalid home');
    await service.removeHome('h1');
    expect(await service.listHomes()).toEqual([]);
  });
});

describe('writeFileAtomic', () => {
  it('writes the whole file and leaves no temporary file behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gedeeld-'));
    const path = join(dir, 'afspraken-SdV.docx');
    await writeFile(path, 'old');
    await writeFileAtomic(path, new TextEncoder().encode('nieuw document'));
    expect(await readFile(path, 'utf8')).toBe('nieuw document');
    expect(await readdir(dir)).toEqual(['afspraken-SdV.docx']);
  });

  it('fails cleanly when the folder does not exist', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gedeeld-'));
    await expect(writeFileAtomic(join(dir, 'missing', 'x.docx'), new Uint8Array([1]))).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
