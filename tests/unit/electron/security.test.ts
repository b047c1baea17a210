// Electron hardening as plain functions: window options, CSP, navigation, windows, permissions, senders.
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ BrowserWindow: class {}, dialog: {} }));

const { entryUrl, windowOptions } = await import('../../../electron/main/window');
const security = await import('../../../electron/main/security');
const { contentSecurityPolicy, RELEASE_CSP } = await import('../../../electron/main/contentSecurityPolicy');

const APP = 'app://gedeeld';

describe('window options', () => {
  it('isolates, sandboxes and never integrates Node', () => {
    const options = windowOptions('/app/out/preload/index.cjs', { devTools: false });
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(options.webPreferences?.preload).toMatch(/index\.cjs$/);
    expect(options.show).toBe(false);
  });

  it('allows DevTools only when the policy says so', () => {
    expect(windowOptions('/p.cjs', { devTools: false }).webPreferences?.devTools).toBe(false);
    expect(windowOptions('/p.cjs', { devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('loads the renderer from app://gedeeld, or the dev server in development', () => {
    expect(entryUrl(undefined)).toBe('app://gedeeld/index.html');
    expect(entryUrl('http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173/');
  });
});

describe('shell policy', () => {
  it('ignores ELECTRON_RENDERER_URL in a packaged app: a release never loads a page from the environment', () => {
    const policy = security.shellPolicy(true, { ELECTRON_RENDERER_URL: 'https://evil.example/' });
    expect(policy).toEqual({
      devServerUrl: undefined,
      origin: APP,
      devTools: false,
      contentSecurityPolicy: RELEASE_CSP,
    });
  });

  it('uses the dev server and allows DevTools when not packaged', () => {
    const policy = security.shellPolicy(false, { ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' });
    expect(policy.devServerUrl).toBe('http://127.0.0.1:5173/');
    expect(policy.origin).toBe('http://127.0.0.1:5173');
    expect(policy.devTools).toBe(true);
    expect(policy.contentSecurityPolicy).toContain('ws://127.0.0.1:*');
  });

  it('serves app://gedeeld with DevTools but the release CSP when unpackaged without a dev server', () => {
    const policy = security.shellPolicy(false, {});
    expect(policy.origin).toBe(APP);
    expect(policy.devTools).toBe(true);
    expect(policy.contentSecurityPolicy).toBe(RELEASE_CSP);
    expect(security.shellPolicy(false, { ELECTRON_RENDERER_URL: 'not a url' }).origin).toBe(APP);
  });
});

describe('command-line switches', () => {
  it('names a debugging or V8 switch a release must refuse, and passes ordinary starts', () => {
    const given =
      (...names: string[]) =>
      (name: string) =>
        names.includes(name);
    expect(security.refusedSwitch(given('remote-debugging-port'))).toBe('remote-debugging-port');
    expect(security.refusedSwitch(given('lang', 'inspect-brk'))).toBe('inspect-brk');
    expect(security.refusedSwitch(given('js-flags'))).toBe('js-flags');
    expect(security.refusedSwitch(given('lang', 'no-sandbox-typo'))).toBeNull();
    expect(security.refusedSwitch(given())).toBeNull();
  });
});

describe('content security policy', () => {
  it('allows only our own scripts and styles in a release, and no remote content', () => {
    expect(RELEASE_CSP).toContain("default-src 'self'");
    expect(RELEASE_CSP).toContain("script-src 'self'");
    expect(RELEASE_CSP).toContain("style-src 'self'");
    expect(RELEASE_CSP).toContain("connect-src 'self';");
    expect(RELEASE_CSP).toContain("object-src 'none'");
    expect(RELEASE_CSP).toContain("frame-ancestors 'none'");
    expect(RELEASE_CSP).not.toContain('unsafe');
    expect(RELEASE_CSP).not.toMatch(/https?:|wss?:/);
  });

  it('loosens only styles and the local websocket for the dev server', () => {
    const dev = contentSecurityPolicy({ dev: true });
    expect(dev).toContain("style-src 'self' 'unsafe-inline'");
    expect(dev).toContain('ws://127.0.0.1:*');
    expect(dev).not.toContain('unsafe-eval');
    expect(dev).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
  });

  it('leaves frame-ancestors out of the <meta> version, where browsers ignore it', () => {
    expect(contentSecurityPolicy({ dev: false, meta: true })).toBe(
      RELEASE_CSP.replace("; frame-ancestors 'none'", ''),
    );
  });
});

describe('navigation guard', () => {
  it('allows exactly the app:// origin and nothing that only looks like it', () => {
    expect(security.isAllowedNavigation(`${APP}/index.html`, APP)).toBe(true);
    expect(security.isAllowedNavigation(`${APP}/index.html#/children`, APP)).toBe(true);
    for (const url of [
      'app://gedeeld.evil/index.html',
      'app://evil/gedeeld/index.html',
      'app://user@gedeeld/index.html',
      'app://gedeeld:8080/index.html',
      'file:///opt/Gedeeld/resources/app.asar/out/renderer/index.html',
      'https://gedeeld/index.html',
      'https://example.org/',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect(security.isAllowedNavigation(url, APP), url).toBe(false);
    }
  });

  it('allows only the dev server origin in development', () => {
    const origin = 'http://127.0.0.1:5173';
    expect(security.isAllowedNavigation('http://127.0.0.1:5173/#/staff', origin)).toBe(true);
    expect(security.isAllowedNavigation('http://127.0.0.1:9999/', origin)).toBe(false);
    expect(security.isAllowedNavigation('http://127.0.0.1:5173.evil.example/', origin)).toBe(false);
    expect(security.isAllowedNavigation(`${APP}/index.html`, origin)).toBe(false);
  });
});

describe('new windows, external links, permissions and IPC senders', () => {
  it('denies every new window and hands only mailto: to the mail program', () => {
    const openExternal = vi.fn();
    const handler = security.windowOpenHandler(openExternal);
    expect(handler({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'mailto:school@example.nl' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('mailto:school@example.nl');
    expect(security.isAllowedExternalUrl('file:///C:/Windows/system32/calc.exe')).toBe(false);
  });

  it('denies every permission request and check', () => {
    let requestHandler: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
    };
    security.denyAllPermissions(session as never);
    const callback = vi.fn();
    requestHandler?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(checkHandler?.()).toBe(false);
  });

  it('trusts IPC only from a frame of the exact app origin', () => {
    expect(security.isTrustedSender(`${APP}/index.html`, APP)).toBe(true);
    expect(security.isTrustedSender('app://gedeeld.evil/index.html', APP)).toBe(false);
    expect(security.isTrustedSender('file:///x/out/renderer/index.html', APP)).toBe(false);
    expect(security.isTrustedSender('https://example.org/', APP)).toBe(false);
    expect(security.isTrustedSender('', APP)).toBe(false);
  });
});

describe('guards on a web contents', () => {
  function fakeContents() {
    const listeners = new Map<string, (event: { preventDefault: () => void }, url?: string) => void>();
    let headers: ((details: unknown, callback: (response: unknown) => void) => void) | undefined;
    const contents = {
      on: (name: string, listener: (event: { preventDefault: () => void }, url?: string) => void) =>
        listeners.set(name, listener),
      setWindowOpenHandler: vi.fn(),
      session: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onHeadersReceived: (h: typeof headers) => (headers = h) },
      },
    };
    security.applyGuards(contents as never, {
      origin: APP,
      contentSecurityPolicy: RELEASE_CSP,
      openExternal: vi.fn(),
    });
    const fire = (name: string, url?: string) => {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)?.(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    return { fire, headers: () => headers, contents };
  }

  it('denies every webview and navigation or redirect away from the app', () => {
    const { fire, contents } = fakeContents();
    expect(fire('will-attach-webview')).toBe(true);
    expect(fire('will-navigate', 'https://example.org/')).toBe(true);
    expect(fire('will-redirect', 'app://gedeeld.evil/')).toBe(true);
    expect(fire('will-navigate', `${APP}/index.html#/settings`)).toBe(false);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.session.setPermissionRequestHandler).toHaveBeenCalled();
  });

  it('puts the policy CSP on every response', () => {
    const { headers } = fakeContents();
    const callback = vi.fn();
    headers()?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [RELEASE_CSP] },
    });
  });

  it("keeps the app:// handler's own policy (with the page's style nonce), and only for the exact origin", () => {
    const { headers } = fakeContents();
    const own = { 'content-security-policy': ["style-src 'self' 'nonce-abc'"] };
    const kept = vi.fn();
    headers()?.({ url: `${APP}/index.html`, responseHeaders: own }, kept);
    expect(kept).toHaveBeenCalledWith({ responseHeaders: own });
    const replaced = vi.fn();
    headers()?.({ url: 'app://gedeeld.evil/index.html', responseHeaders: own }, replaced);
    expect(replaced).toHaveBeenCalledWith({
      responseHeaders: { ...own, 'Content-Security-Policy': [RELEASE_CSP] },
    });
  });
});
