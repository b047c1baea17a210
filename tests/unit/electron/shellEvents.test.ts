// Menu and DevTools policy, lock on suspend and screen lock, and a backup file the app is opened with.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { backupPathFromArgv, createBackupInbox, readReceivedBackup } from '../../../electron/main/backupFile';
import { menuTemplate } from '../../../electron/main/menu';
import { broadcast, lockOnPowerEvents, type RendererTarget } from '../../../electron/main/powerLock';
import { IPC_EVENTS } from '../../../src/platform/ipcContract';

vi.mock('electron', () => ({}));

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.label ? [item.label] : []),
    ...(Array.isArray(item.submenu) ? labels(item.submenu) : []),
  ]);
}

describe('application menu', () => {
  it('has no reload and no DevTools in a release', () => {
    const release = roles(menuTemplate({ language: 'nl', packaged: true }));
    expect(release).not.toContain('toggleDevTools');
    expect(release).not.toContain('reload');
    expect(release).not.toContain('forceReload');
    expect(release).toEqual(
      expect.arrayContaining(['quit', 'undo', 'copy', 'paste', 'selectAll', 'zoomIn', 'minimize']),
    );
  });

  it('offers reload and DevTools to a developer', () => {
    expect(roles(menuTemplate({ language: 'nl', packaged: false }))).toEqual(
      expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']),
    );
  });

  it('labels every item in Dutch or English, none left to Electron', () => {
    const nl = menuTemplate({ language: 'nl', packaged: false });
    const en = menuTemplate({ language: 'en', packaged: false });
    expect(labels(nl)).toEqual(expect.arrayContaining(['Bestand', 'Afsluiten', 'Kopiëren', 'Beeld']));
    expect(labels(en)).toEqual(expect.arrayContaining(['File', 'Quit', 'Copy', 'View']));
    const items = (menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
    for (const item of items(nl)) if (item.type !== 'separator') expect(item.label, item.role).toBeTruthy();
  });
});

describe('lock on sleep and screen lock', () => {
  function windows() {
    const live = { send: vi.fn(), isDestroyed: () => false };
    const closed = { send: vi.fn(), isDestroyed: () => true };
    return { live, closed, all: () => [live, closed] };
  }

  it('asks every live window to lock on suspend and on lock-screen', () => {
    const power = new EventEmitter();
    const { live, closed, all } = windows();
    lockOnPowerEvents(power as never, all);
    power.emit('suspend');
    power.emit('lock-screen');
    expect(live.send.mock.calls).toEqual([
      [IPC_EVENTS.lockRequested, 'suspend'],
      [IPC_EVENTS.lockRequested, 'lock-screen'],
    ]);
    expect(closed.send).not.toHaveBeenCalled();
  });

  it('does not lock on other power events', () => {
    const power = new EventEmitter();
    const { live, all } = windows();
    lockOnPowerEvents(power as never, all);
    power.emit('resume');
    power.emit('unlock-screen');
    power.emit('on-ac');
    expect(live.send).not.toHaveBeenCalled();
  });

  it('broadcasts to the windows that exist at the time of the event', () => {
    const power = new EventEmitter();
    const targets: RendererTarget[] = [];
    lockOnPowerEvents(power as never, () => targets);
    const later = { send: vi.fn(), isDestroyed: () => false };
    targets.push(later);
    power.emit('suspend');
    expect(later.send).toHaveBeenCalledWith(IPC_EVENTS.lockRequested, 'suspend');
    broadcast([later], 'x', 1);
    expect(later.send).toHaveBeenLastCalledWith('x', 1);
  });
});

describe('opening a .gedeeld-backup file', () => {
  it('finds the backup on the command line, ignoring switches and other files', () => {
    // node:path follows the platform it runs on, so Windows paths are right on Windows; tested here on POSIX.
    expect(backupPathFromArgv(['/opt/Gedeeld/gedeeld', '/media/usb/De Eik.gedeeld-backup'], '/home/x')).toBe(
      '/media/usb/De Eik.gedeeld-backup',
    );
    expect(backupPathFromArgv(['/opt/gedeeld', '--flag', 'notes.txt'], '/home/x')).toBeNull();
    expect(backupPathFromArgv(['/opt/gedeeld', '--x=a.gedeeld-backup'], '/home/x')).toBeNull();
    expect(backupPathFromArgv(['/opt/gedeeld', 'backups/eik.GEDEELD-BACKUP'], '/home/x')).toBe(
      '/home/x/backups/eik.GEDEELD-BACKUP',
    );
    expect(backupPathFromArgv(['/opt/gedeeld.gedeeld-backup'], '/')).toBeNull();
  });

  it('keeps a file that arrives before the renderer listens, and hands it out once', () => {
    const announce = vi.fn();
    const inbox = createBackupInbox(announce);
    inbox.receive(null);
    inbox.receive('/home/x/De Eik 2026-11-29.gedeeld-backup');
    expect(announce).not.toHaveBeenCalled();
    expect(inbox.takePending()).toEqual({ kind: 'restore', fileName: 'De Eik 2026-11-29.gedeeld-backup' });
    expect(inbox.takePending()).toBeNull();
    expect(inbox.lastPath()).toBe('/home/x/De Eik 2026-11-29.gedeeld-backup');
  });

  it('announces a file that arrives once the renderer listens, with the bare file name only', () => {
    const announce = vi.fn();
    const inbox = createBackupInbox(announce);
    expect(inbox.takePending()).toBeNull();
    inbox.receive('/home/x/backups/eik.gedeeld-backup');
    expect(announce).toHaveBeenCalledWith({ kind: 'restore', fileName: 'eik.gedeeld-backup' });
    expect(inbox.takePending()).toBeNull();
  });
});

describe('reading the backup file the app was opened with', () => {
  const intent = { kind: 'restore' as const, fileName: 'eik.gedeeld-backup' };
  const files = (size: number) => ({
    size: vi.fn(async () => size),
    read: vi.fn(async () => new Uint8Array([7, 8, 9])),
  });

  it('reads the last received file when the intent names it', async () => {
    const fs = files(3);
    await expect(readReceivedBackup('/media/usb/eik.gedeeld-backup', intent, fs, 10)).resolves.toEqual({
      name: 'eik.gedeeld-backup',
      bytes: new Uint8Array([7, 8, 9]),
    });
    expect(fs.read).toHaveBeenCalledWith('/media/usb/eik.gedeeld-backup');
  });

  it('reads nothing for another name, no file, a file over the limit or one that is gone', async () => {
    const fs = files(11);
    expect(await readReceivedBackup('/media/usb/ander.gedeeld-backup', intent, fs, 100)).toBeNull();
    expect(await readReceivedBackup(null, intent, fs, 100)).toBeNull();
    expect(await readReceivedBackup('/media/usb/eik.gedeeld-backup', intent, fs, 10)).toBeNull();
    expect(fs.read).not.toHaveBeenCalled();
    const gone = { size: vi.fn(async () => Promise.reject(new Error('ENOENT'))), read: vi.fn() };
    expect(await readReceivedBackup('/media/usb/eik.gedeeld-backup', intent, gone, 10)).toBeNull();
  });
});
