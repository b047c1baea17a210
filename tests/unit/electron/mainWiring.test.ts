// electron/main/index.ts against a mocked `electron`: scheme before ready, app:// handler, window
// policy, menu, IPC handlers, powerMonitor and refused debugging switches, packaged and not.
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IPC, IPC_EVENTS } from '../../../src/platform/ipcContract';
import type { MenuItemConstructorOptions } from 'electron';

interface FakeWindow {
  options: { webPreferences: { devTools: boolean } };
  loadURL: ReturnType<typeof vi.fn>;
  webContents: { send: ReturnType<typeof vi.fn>; isDestroyed: () => boolean };
}

const fake = vi.hoisted(() => ({
  env: {} as { isPackaged: boolean; switches: string[] },
  calls: [] as string[],
  windows: [] as unknown[],
  handlers: new Map<string, unknown>(),
  protocolHandler: null as null | ((request: Request) => Promise<Response>),
  menu: null as unknown,
  power: null as unknown,
  exit: null as unknown,
}));

vi.mock('electron-store', () => ({
  default: class {
    get() {
      return undefined;
    }
    set() {}
  },
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const power = new Emitter();
  fake.power = power;
  fake.exit = vi.fn();
  const app = Object.assign(new Emitter(), {
    commandLine: { hasSwitch: (name: string) => fake.env.switches.includes(name) },
    exit: fake.exit,
    quit: vi.fn(),
    requestSingleInstanceLock: () => true,
    getVersion: () => '0.1.0',
    whenReady: () => {
      fake.calls.push('whenReady');
      return Promise.resolve();
    },
  });
  // A getter, not a value: each test imports main anew with its own packaging.
  Object.defineProperty(app, 'isPackaged', { get: () => fake.env.isPackaged });
  class BrowserWindow {
    static getAllWindows = () => fake.windows;
    loadURL = vi.fn(async () => undefined);
    webContents = { send: vi.fn(), isDestroyed: () => false };
    constructor(readonly options: unknown) {
      fake.windows.push(this);
    }
    once() {}
    on() {}
  }
  return {
    app,
    BrowserWindow,
    powerMonitor: power,
    dialog: {},
    shell: { openExternal: vi.fn() },
    ipcMain: { handle: (channel: string, handler: unknown) => fake.handlers.set(channel, handler) },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => (fake.menu = menu),
    },
    protocol: {
      registerSchemesAsPrivileged: () => fake.calls.push('registerSchemes'),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        fake.calls.push(`handle:${scheme}`);
        fake.protocolHandler = handler;
      },
    },
  };
});

async function startMain(env: { isPackaged: boolean; switches?: string[]; rendererUrl?: string }) {
  fake.env = { isPackaged: env.isPackaged, switches: env.switches ?? [] };
  fake.calls.length = 0;
  fake.windows.length = 0;
  fake.handlers.clear();
  fake.menu = null;
  (fake.power as EventEmitter | null)?.removeAllListeners();
  vi.stubEnv('ELECTRON_RENDERER_URL', env.rendererUrl ?? '');
  vi.resetModules();
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(fake.windows).toHaveLength(env.switches?.length ? 0 : 1));
  return fake.windows[0] as FakeWindow | undefined;
}

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

afterEach(() => vi.unstubAllEnvs());

describe('Electron main process, packaged', () => {
  it('registers the app scheme before ready and serves the renderer through the pure handler', async () => {
    await startMain({ isPackaged: true });
    expect(fake.calls.indexOf('registerSchemes')).toBeLessThan(fake.calls.indexOf('whenReady'));
    expect(fake.calls).toContain('handle:app');
    const refused = await fake.protocolHandler!(new Request('app://gedeeld/..%2f..%2fpackage.json'));
    expect(refused.status).toBe(404);
  });

  it('loads app://gedeeld without DevTools, even when ELECTRON_RENDERER_URL names another page', async () => {
    const window = await startMain({ isPackaged: true, rendererUrl: 'https://evil.example/' });
    expect(window?.loadURL).toHaveBeenCalledWith('app://gedeeld/index.html');
    expect(window?.options.webPreferences.devTools).toBe(false);
    expect(roles(fake.menu as MenuItemConstructorOptions[])).not.toContain('toggleDevTools');
  });

  it('answers every IPC channel, and only for the exact app origin', async () => {
    await startMain({ isPackaged: true });
    expect([...fake.handlers.keys()].sort()).toEqual(Object.values(IPC).sort());
    const version = fake.handlers.get(IPC.appVersion) as (event: unknown) => Promise<string>;
    await expect(version({ senderFrame: { url: 'app://gedeeld/index.html' } })).resolves.toBe('0.1.0');
    await expect(version({ senderFrame: { url: 'app://gedeeld.evil/index.html' } })).rejects.toThrow();
  });

  it('asks the window to lock on suspend and on screen lock', async () => {
    const window = await startMain({ isPackaged: true });
    (fake.power as EventEmitter).emit('suspend');
    (fake.power as EventEmitter).emit('lock-screen');
    expect(window?.webContents.send.mock.calls).toEqual([
      [IPC_EVENTS.lockRequested, 'suspend'],
      [IPC_EVENTS.lockRequested, 'lock-screen'],
    ]);
  });

  it('refuses to start with a remote debugging switch', async () => {
    await startMain({ isPackaged: true, switches: ['remote-debugging-port'] });
    expect(fake.exit).toHaveBeenCalledWith(1);
    expect(fake.calls).not.toContain('whenReady');
  });
});

describe('Electron main process, unpackaged', () => {
  it('loads the dev server with DevTools and a developer menu', async () => {
    const window = await startMain({ isPackaged: false, rendererUrl: 'http://127.0.0.1:5173/' });
    expect(window?.loadURL).toHaveBeenCalledWith('http://127.0.0.1:5173/');
    expect(window?.options.webPreferences.devTools).toBe(true);
    expect(roles(fake.menu as MenuItemConstructorOptions[])).toContain('toggleDevTools');
  });
});
