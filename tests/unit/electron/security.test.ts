// Electron hardening as plain functions: window options, CSP, navigation, windows, permissions, senders.
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ BrowserWindow: class {}, dialog: {} }));

const { windowOptions } = await import('../../../electron/main/window');
const security = await import('../../../electron/main/security');

const RENDERER = '/opt/Gedeeld/resources/app.asar/out/renderer';
const APP_URL = `file://${RENDERER}/index.html`;

describe('window options', () => {
  it('isolates, sandboxes and never integrates Node', () => {
    const options = windowOptions('/app/out/preload/index.cjs');
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
});

describe('content security policy', () => {
  it('allows only our own scripts and no remote content', () => {
    const csp = security.CONTENT_SECURITY_POLICY;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    expect(csp).not.toContain('unsafe-eval');
  });
});

describe('navigation guard', () => {
  it('allows the app page and nothing else when served from file://', () => {
    expect(security.isAllowedNavigation(APP_URL, 'file://', RENDERER)).toBe(true);
    expect(security.isAllowedNavigation(`${APP_URL}#/children`, 'file://', RENDERER)).toBe(true);
    expect(security.isAllowedNavigation('https://example.org/', 'file://', RENDERER)).toBe(false);
    expect(security.isAllowedNavigation('file:///etc/passwd', 'file://', RENDERER)).toBe(false);
    expect(security.isAllowedNavigation('javascript:alert(1)', 'file://', RENDERER)).toBe(false);
    expect(security.isAllowedNavigation('not a url', 'file://', RENDERER)).toBe(false);
  });

  it('allows only the dev server origin in development', () => {
    const origin = security.appOrigin('http://127.0.0.1:5173/');
    expect(security.isAllowedNavigation('http://127.0.0.1:5173/#/staff', origin)).toBe(true);
    expect(security.isAllowedNavigation('http://127.0.0.1:9999/', origin)).toBe(false);
    expect(security.isAllowedNavigation('https://evil.example/', origin)).toBe(false);
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

  it('trusts IPC only from the app page', () => {
    expect(security.isTrustedSender(APP_URL, 'file://', RENDERER)).toBe(true);
    expect(security.isTrustedSender('https://example.org/', 'file://', RENDERER)).toBe(false);
    expect(security.isTrustedSender('', 'file://', RENDERER)).toBe(false);
  });
});
