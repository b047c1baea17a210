// The preload bridge: only the Platform API is exposed, and shell events reach the page validated.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC, IPC_EVENTS } from '../../../src/platform/ipcContract';
import type { Platform } from '../../../src/platform/Platform';

const bridge = vi.hoisted(() => ({ exposed: new Map<string, unknown>(), pending: null as unknown }));
const ipc = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  return Object.assign(new EventEmitter(), { invoke: vi.fn() });
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => bridge.exposed.set(key, api) },
  ipcRenderer: ipc,
}));

await import('../../../electron/preload/index');
const platform = bridge.exposed.get('gedeeld') as Platform;

beforeEach(() => {
  ipc.removeAllListeners();
  ipc.invoke.mockReset();
  ipc.invoke.mockImplementation(async (channel: string) =>
    channel === IPC.backupTakePending ? bridge.pending : undefined,
  );
});

describe('preload bridge', () => {
  it('exposes exactly one object, the Platform API, and no ipcRenderer', () => {
    expect([...bridge.exposed.keys()]).toEqual(['gedeeld']);
    expect(platform.kind).toBe('electron');
    expect(Object.values(platform)).not.toContain(ipc);
    expect(Object.keys(platform)).not.toContain('ipcRenderer');
  });

  it('passes suspend and lock-screen to lock listeners until they unsubscribe', () => {
    const listener = vi.fn();
    const unsubscribe = platform.onLockRequest(listener);
    ipc.emit(IPC_EVENTS.lockRequested, {}, 'suspend');
    ipc.emit(IPC_EVENTS.lockRequested, {}, 'lock-screen');
    ipc.emit(IPC_EVENTS.lockRequested, {}, 'something else');
    unsubscribe();
    ipc.emit(IPC_EVENTS.lockRequested, {}, 'suspend');
    expect(listener.mock.calls).toEqual([['suspend'], ['lock-screen']]);
    expect(ipc.listenerCount(IPC_EVENTS.lockRequested)).toBe(0);
  });

  it('delivers a backup file that arrived before the page listened, then later ones', async () => {
    bridge.pending = { kind: 'restore', fileName: 'De Eik.gedeeld-backup' };
    const listener = vi.fn();
    const stop = platform.onBackupOpened(listener);
    expect(ipc.invoke).toHaveBeenCalledWith(IPC.backupTakePending);
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    ipc.emit(IPC_EVENTS.backupOpened, {}, { kind: 'restore', fileName: 'tweede.gedeeld-backup' });
    ipc.emit(IPC_EVENTS.backupOpened, {}, { kind: 'restore', fileName: '../x.gedeeld-backup' });
    ipc.emit(IPC_EVENTS.backupOpened, {}, { kind: 'restore', fileName: 'notes.txt' });
    ipc.emit(IPC_EVENTS.backupOpened, {}, 'junk');
    expect(listener.mock.calls).toEqual([
      [{ kind: 'restore', fileName: 'De Eik.gedeeld-backup' }],
      [{ kind: 'restore', fileName: 'tweede.gedeeld-backup' }],
    ]);
    stop();
  });

  it('keeps a pending file taken by a listener that left for the next listener', async () => {
    bridge.pending = { kind: 'restore', fileName: 'De Eik.gedeeld-backup' };
    const first = vi.fn();
    platform.onBackupOpened(first)();
    bridge.pending = null;
    // The main process's answer arrives after the first listener left.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const second = vi.fn();
    platform.onBackupOpened(second);
    await vi.waitFor(() => expect(second).toHaveBeenCalledTimes(1));
    expect(second).toHaveBeenCalledWith({ kind: 'restore', fileName: 'De Eik.gedeeld-backup' });
    expect(first).not.toHaveBeenCalled();
  });

  it('gives a pending file to a listener that came while the first one asked for it', async () => {
    bridge.pending = { kind: 'restore', fileName: 'De Eik.gedeeld-backup' };
    const first = vi.fn();
    platform.onBackupOpened(first)();
    bridge.pending = null;
    const second = vi.fn();
    const stop = platform.onBackupOpened(second);
    await vi.waitFor(() => expect(second).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
    stop();
  });

  it('invokes the typed channels for the request/response calls', async () => {
    await platform.appVersion();
    await platform.removeHome('h1');
    await platform.readOpenedBackup({ kind: 'restore', fileName: 'De Eik.gedeeld-backup' });
    expect(ipc.invoke.mock.calls).toEqual([
      [IPC.appVersion],
      [IPC.homesRemove, 'h1'],
      [IPC.backupReadOpened, { kind: 'restore', fileName: 'De Eik.gedeeld-backup' }],
    ]);
  });
});
