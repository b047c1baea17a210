// The app:// handler: only files inside the renderer folder, with their MIME type and the strict CSP.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  rendererFilePath,
  serveRenderer,
  type RendererFiles,
} from '../../../electron/main/appProtocol';
import {
  contentSecurityPolicy,
  RELEASE_CSP,
  STYLE_NONCE_PLACEHOLDER,
} from '../../../electron/main/contentSecurityPolicy';

let files: RendererFiles;
let parent: string;

beforeAll(async () => {
  // A secret beside the renderer folder, and one whose name starts like it, to catch prefix checks.
  parent = await mkdtemp(join(tmpdir(), 'gedeeld-protocol-'));
  const root = join(parent, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(
    join(root, 'index.html'),
    `<!doctype html><meta property="csp-nonce" nonce="${STYLE_NONCE_PLACEHOLDER}" /><title>Gedeeld</title>`,
  );
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(root, 'assets', 'icon.svg'), '<svg/>');
  await writeFile(join(root, 'assets', 'notes.exe'), 'MZ');
  await writeFile(join(parent, 'secret.json'), '{"secret":true}');
  await mkdir(join(parent, 'renderer-evil'));
  await writeFile(join(parent, 'renderer-evil', 'x.js'), 'evil()');
  files = { root, readFile: (path) => readFile(path) };
});

const get = (url: string, init?: RequestInit) => serveRenderer(new Request(url, init), files);

describe('app:// scheme', () => {
  it('is standard and secure, may fetch, and never bypasses the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: expect.objectContaining({
        standard: true,
        secure: true,
        supportFetchAPI: true,
        bypassCSP: false,
        allowServiceWorkers: false,
      }),
    });
  });
});

describe('serving the renderer', () => {
  it('serves index.html for the bare origin, with the strict CSP and nosniff', async () => {
    const response = await get('app://gedeeld/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Gedeeld</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('gives every page a fresh style nonce, the same in its policy and in its csp-nonce <meta>', async () => {
    const nonceOf = async () => {
      const response = await get('app://gedeeld/index.html');
      const html = await response.text();
      const nonce = /nonce="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
      expect(html).not.toContain(STYLE_NONCE_PLACEHOLDER);
      expect(response.headers.get('content-security-policy')).toBe(
        contentSecurityPolicy({ dev: false, styleNonce: nonce }),
      );
      expect(response.headers.get('content-length')).toBe(String(new TextEncoder().encode(html).length));
      return nonce;
    };
    expect(await nonceOf()).not.toBe(await nonceOf());
    // Other files carry the release policy as it is; it allows no inline style at all.
    const script = await get('app://gedeeld/assets/index-abc.js');
    expect(script.headers.get('content-security-policy')).toBe(RELEASE_CSP);
    expect(RELEASE_CSP).not.toContain('nonce-');
  });

  it('gives module scripts, styles and images their MIME types (Chromium refuses a module script without one)', async () => {
    expect((await get('app://gedeeld/assets/index-abc.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await get('app://gedeeld/assets/index-abc.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await get('app://gedeeld/assets/icon.svg')).headers.get('content-type')).toBe('image/svg+xml');
    expect((await get('app://gedeeld/index.html?x=1#/children')).status).toBe(200);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://gedeeld/index.html', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://gedeeld/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('answers 404 for missing files, folders and file types a build never emits', async () => {
    expect((await get('app://gedeeld/missing.js')).status).toBe(404);
    expect((await get('app://gedeeld/assets')).status).toBe(404);
    expect((await get('app://gedeeld/assets/')).status).toBe(404);
    expect((await get('app://gedeeld/assets/notes.exe')).status).toBe(404);
  });

  it('answers 500 without details when reading fails for another reason', async () => {
    const failing: RendererFiles = {
      root: files.root,
      readFile: () => Promise.reject(Object.assign(new Error('EACCES: /home/x'), { code: 'EACCES' })),
    };
    const response = await serveRenderer(new Request('app://gedeeld/index.html'), failing);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('/home');
  });
});

describe('path traversal', () => {
  const attempts = [
    'app://gedeeld/../secret.json',
    'app://gedeeld/assets/../../secret.json',
    'app://gedeeld/%2e%2e/secret.json',
    'app://gedeeld/%2E%2E/secret.json',
    'app://gedeeld/.%2e/secret.json',
    'app://gedeeld/..%2fsecret.json',
    'app://gedeeld/..%2Fsecret.json',
    'app://gedeeld/..%5csecret.json',
    'app://gedeeld/assets%2f..%2f..%2fsecret.json',
    'app://gedeeld/%252e%252e/secret.json',
    'app://gedeeld/..\\secret.json',
    'app://gedeeld//etc/passwd',
    'app://gedeeld/%2fetc%2fpasswd',
    'app://gedeeld/C:/Windows/win.ini',
    'app://gedeeld/C%3A%5CWindows%5Cwin.ini',
    'app://gedeeld/%5c%5cserver%5cshare%5cx.js',
    'app://gedeeld/index.html%00.js',
    'app://gedeeld/%E0%A4%A',
    'app://gedeeld/../renderer-evil/x.js',
    'app://gedeeld/%2e%2e/renderer-evil/x.js',
  ];

  it.each(attempts)('refuses %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).not.toContain('secret');
    expect(body).not.toContain('evil');
  });

  it('never names a path outside the renderer folder, whatever the URL', () => {
    for (const url of attempts) {
      const path = rendererFilePath(url, files.root);
      if (path !== null) expect(path.startsWith(join(files.root, '/')), url).toBe(true);
    }
  });

  it('refuses other schemes and hosts, credentials and ports', () => {
    for (const url of [
      'file:///etc/passwd',
      'https://gedeeld/index.html',
      'app://evil/index.html',
      'app://gedeeld.evil/index.html',
      'app://user:pw@gedeeld/index.html',
      'app://gedeeld:81/index.html',
      'not a url',
    ]) {
      expect(rendererFilePath(url, files.root), url).toBeNull();
    }
  });

  it('does not even try to read a refused path', async () => {
    const readSpy = vi.fn(files.readFile);
    await serveRenderer(new Request('app://gedeeld/..%2fsecret.json'), { ...files, readFile: readSpy });
    expect(readSpy).not.toHaveBeenCalled();
  });
});
