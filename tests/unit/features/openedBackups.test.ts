// A backup file the app is opened with: the browser's inbox (the tests' stand-in for the shell), the
// welcome screen's subscription, and the restore screen taking the file as if it had been chosen.
import { describe, expect, it, vi } from 'vitest';
import { createBackup } from '../../../src/data/backup';
import type { HomeEntry } from '../../../src/domain/types';
import { checkBackupFile } from '../../../src/features/backup/useRestore';
import { followOpenedBackups, type OpenedBackup } from '../../../src/features/homes/openedBackups';
import { createBrowserBackupInbox } from '../../../src/platform/browser';
import type { OpenedFile } from '../../../src/platform/Platform';
import { newTestHome } from '../data/testSession';

const NAME = 'gedeeld-gde-2026-11-29.gedeeld-backup';
const bytes = new Uint8Array([1, 2, 3]);

function platformWith(inbox = createBrowserBackupInbox()) {
  return {
    inbox,
    platform: { onBackupOpened: inbox.subscribe, readOpenedBackup: inbox.read },
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('backup files opened with the app', () => {
  it('hands a file that arrived before the welcome screen listened to it, read and named', async () => {
    const { inbox, platform } = platformWith();
    expect(inbox.receive({ name: NAME, bytes })).toBe(true);
    const opened = vi.fn<(backup: OpenedBackup) => void>();
    followOpenedBackups(platform, opened);
    await vi.waitFor(() => expect(opened).toHaveBeenCalledTimes(1));
    expect(opened).toHaveBeenCalledWith({ fileName: NAME, file: { name: NAME, bytes } });
  });

  it('hands later files on as they arrive, and none after unsubscribing', async () => {
    const { inbox, platform } = platformWith();
    const opened = vi.fn<(backup: OpenedBackup) => void>();
    const stop = followOpenedBackups(platform, opened);
    inbox.receive({ name: 'eerste.gedeeld-backup', bytes });
    await vi.waitFor(() => expect(opened).toHaveBeenCalledTimes(1));
    inbox.receive({ name: 'tweede.gedeeld-backup', bytes: new Uint8Array([9]) });
    await vi.waitFor(() => expect(opened).toHaveBeenCalledTimes(2));
    expect(opened.mock.calls[1]![0]).toEqual({
      fileName: 'tweede.gedeeld-backup',
      file: { name: 'tweede.gedeeld-backup', bytes: new Uint8Array([9]) },
    });
    stop();
    inbox.receive({ name: 'derde.gedeeld-backup', bytes });
    await flush();
    expect(opened).toHaveBeenCalledTimes(2);
  });

  it('keeps an early file for the next listener when the first one left at once (React mounts twice)', async () => {
    const { inbox, platform } = platformWith();
    inbox.receive({ name: NAME, bytes });
    const first = vi.fn();
    followOpenedBackups(platform, first)();
    const second = vi.fn<(backup: OpenedBackup) => void>();
    followOpenedBackups(platform, second);
    await vi.waitFor(() => expect(second).toHaveBeenCalledTimes(1));
    await flush();
    expect(first).not.toHaveBeenCalled();
  });

  it('refuses names that are no backup file, and reads only the last file by its own name', async () => {
    const { inbox } = platformWith();
    expect(inbox.receive({ name: 'notities.txt', bytes })).toBe(false);
    expect(inbox.receive({ name: '../x.gedeeld-backup', bytes })).toBe(false);
    inbox.receive({ name: NAME, bytes });
    expect(await inbox.read({ kind: 'restore', fileName: 'ander.gedeeld-backup' })).toBeNull();
    expect(await inbox.read({ kind: 'restore', fileName: NAME })).toEqual({ name: NAME, bytes });
  });

  it('reports a file the platform could not read as unreadable (file null), not as nothing', async () => {
    const intent = { kind: 'restore' as const, fileName: NAME };
    const platform = {
      onBackupOpened: (listener: (value: typeof intent) => void) => {
        queueMicrotask(() => listener(intent));
        return () => {};
      },
      readOpenedBackup: vi.fn(async (): Promise<OpenedFile | null> => Promise.reject(new Error('gone'))),
    };
    const opened = vi.fn();
    followOpenedBackups(platform, opened);
    await vi.waitFor(() => expect(opened).toHaveBeenCalledWith({ fileName: NAME, file: null }));
  });
});

describe('the restore screen takes an opened file as if chosen', () => {
  it('shows the manifest of a real backup, ready for its password, with the file name', async () => {
    const { homeId } = await newTestHome();
    const home: HomeEntry = {
      id: homeId,
      name: 'Gezinshuis De Eik',
      kind: 'familyHome',
      createdAt: '2026-01-01',
    };
    const backup = await createBackup({ home, createdBy: null, reason: 'manual', appVersion: 'test' });
    const state = await checkBackupFile({ name: NAME, bytes: backup.bytes }, []);
    expect(state.step).toBe('confirm');
    if (state.step !== 'confirm') return;
    expect(state.fileName).toBe(NAME);
    expect(state.contents.manifest.home.name).toBe('Gezinshuis De Eik');
    expect(state.existing).toBeNull();
    expect((await checkBackupFile({ name: NAME, bytes: backup.bytes }, [home])).step).toBe('confirm');
  });

  it('refuses a file that is no backup with the reason', async () => {
    expect(
      await checkBackupFile({ name: NAME, bytes: new TextEncoder().encode('PK dit is Word') }, []),
    ).toEqual({
      step: 'refused',
      problem: 'notBackup',
    });
  });
});
