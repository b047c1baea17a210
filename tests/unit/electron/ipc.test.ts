// IPC handlers: untrusted senders and malformed arguments are refused before anything runs.
import { describe, expect, it, vi } from 'vitest';
import {
  createIpcHandlers,
  MAX_BACKUP_BYTES,
  MAX_FILE_BYTES,
  sanitizeFileName,
} from '../../../electron/main/ipc';
import { IPC } from '../../../src/platform/ipcContract';

vi.mock('electron', () => ({}));

function setup() {
  const deps = {
    settings: {
      getSettings: vi.fn(async () => ({ language: 'nl' as const, autoLockMinutes: 10, autoLockCaps: {} })),
      setSettings: vi.fn(async () => ({ language: 'en' as const, autoLockMinutes: 10, autoLockCaps: {} })),
      listHomes: vi.fn(async () => []),
      saveHome: vi.fn(async () => undefined),
      removeHome: vi.fn(async () => undefined),
    },
    saveFile: vi.fn(async (name: string) => ({ saved: true as const, fileName: name })),
    openFile: vi.fn(async () => null),
    saveBackup: vi.fn(async () => ({ saved: false as const })),
    saveSafetyBackup: vi.fn(async () => ({ saved: false as const })),
    openExternal: vi.fn(async () => undefined),
    appVersion: () => '0.1.0',
    takePendingBackup: vi.fn(() => ({ kind: 'restore' as const, fileName: 'De Eik.gedeeld-backup' })),
    readOpenedBackup: vi.fn(async () => ({ name: 'De Eik.gedeeld-backup', bytes: new Uint8Array([1, 2]) })),
    isTrustedSender: (url: string) => url === 'app://gedeeld/index.html',
  };
  const handlers = createIpcHandlers(deps);
  const trusted = { senderFrame: { url: 'app://gedeeld/index.html' } } as never;
  const stranger = { senderFrame: { url: 'https://example.org/' } } as never;
  return { deps, handlers, trusted, stranger };
}

describe('IPC handlers', () => {
  it('has a handler for every channel of the contract', () => {
    expect(Object.keys(setup().handlers).sort()).toEqual(Object.values(IPC).sort());
  });

  it('refuses calls from a frame that is not the app', async () => {
    const { handlers, stranger, deps } = setup();
    await expect(handlers[IPC.settingsGet](stranger)).rejects.toThrow('untrusted sender');
    expect(deps.settings.getSettings).not.toHaveBeenCalled();
  });

  it('saves files under a bare, sanitized name and refuses non-bytes or huge files', async () => {
    const { handlers, trusted, deps } = setup();
    const filters = [{ name: 'Word', extensions: ['docx'] }];
    await handlers[IPC.fileSave](trusted, '../../etc/overdracht-SdV.docx', new Uint8Array([1]), filters);
    expect(deps.saveFile).toHaveBeenCalledWith('overdracht-SdV.docx', new Uint8Array([1]), filters);
    await expect(handlers[IPC.fileSave](trusted, 'x.docx', 'not bytes', filters)).rejects.toThrow(
      'file bytes',
    );
    await expect(
      handlers[IPC.fileSave](trusted, 'x.docx', new Uint8Array(MAX_FILE_BYTES + 1), filters),
    ).rejects.toThrow();
    await expect(
      handlers[IPC.fileSave](trusted, 'x.docx', new Uint8Array([1]), [{ name: 'x', extensions: ['../'] }]),
    ).rejects.toThrow('filters');
  });

  it('saves safety backups only for a well-formed home id, under a bare name, within the size limit', async () => {
    const { handlers, trusted, deps } = setup();
    const bytes = new Uint8Array([1, 2]);
    await handlers[IPC.backupSaveSafety](trusted, 'abc-123', '../x.gedeeld-backup', bytes);
    expect(deps.saveSafetyBackup).toHaveBeenCalledWith('abc-123', 'x.gedeeld-backup', bytes);
    await expect(handlers[IPC.backupSaveSafety](trusted, '../other', 'x', bytes)).rejects.toThrow('home id');
    await expect(handlers[IPC.backupSave](trusted, 'x', 'not bytes')).rejects.toThrow('backup bytes');
    await expect(
      handlers[IPC.backupSave](trusted, 'x', { byteLength: MAX_BACKUP_BYTES + 1 }),
    ).rejects.toThrow('backup bytes');
    expect(deps.saveBackup).not.toHaveBeenCalled();
  });

  it('opens only mailto: links externally', async () => {
    const { handlers, trusted, deps } = setup();
    await handlers[IPC.externalOpen](trusted, 'mailto:ouder@example.nl');
    await expect(handlers[IPC.externalOpen](trusted, 'https://example.org')).rejects.toThrow('external url');
    expect(deps.openExternal).toHaveBeenCalledTimes(1);
  });

  it('hands out the backup file the app was opened with only to the app itself', async () => {
    const { handlers, trusted, stranger, deps } = setup();
    await expect(handlers[IPC.backupTakePending](stranger)).rejects.toThrow('untrusted sender');
    expect(deps.takePendingBackup).not.toHaveBeenCalled();
    await expect(handlers[IPC.backupTakePending](trusted)).resolves.toEqual({
      kind: 'restore',
      fileName: 'De Eik.gedeeld-backup',
    });
  });

  it('reads the opened backup only for the app itself and only for a well-formed intent', async () => {
    const { handlers, trusted, stranger, deps } = setup();
    const intent = { kind: 'restore', fileName: 'De Eik.gedeeld-backup' };
    await expect(handlers[IPC.backupReadOpened](stranger, intent)).rejects.toThrow('untrusted sender');
    await expect(
      handlers[IPC.backupReadOpened](trusted, {
        kind: 'restore',
        fileName: '../../etc/passwd.gedeeld-backup',
      }),
    ).rejects.toThrow('backup intent');
    await expect(handlers[IPC.backupReadOpened](trusted, 'junk')).rejects.toThrow('backup intent');
    expect(deps.readOpenedBackup).not.toHaveBeenCalled();
    await expect(handlers[IPC.backupReadOpened](trusted, intent)).resolves.toEqual({
      name: 'De Eik.gedeeld-backup',
      bytes: new Uint8Array([1, 2]),
    });
    expect(deps.readOpenedBackup).toHaveBeenCalledWith(intent);
  });

  it('sanitizes file names', () => {
    expect(sanitizeFileName('C:\\Users\\x\\afspraken.docx')).toBe('afspraken.docx');
    expect(sanitizeFileName('..')).toBe('document');
    expect(sanitizeFileName('a<b>:c?.docx')).toBe('a_b__c_.docx');
    expect(() => sanitizeFileName(42)).toThrow();
  });
});
