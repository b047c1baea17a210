// The Electron build: a CommonJS preload for the sandbox, the main entry, the strict renderer, minified.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, STYLE_NONCE_PLACEHOLDER } from '../../../electron/main/contentSecurityPolicy';
import { electronAvailable } from '../../../scripts/electronAvailable.mjs';

const root = join(import.meta.dirname, '../../..');

describe('electron-vite build', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: root,
      stdio: 'pipe',
    });
  }, 120_000);

  it('emits the sandboxed preload as CommonJS without import or export statements', () => {
    const preload = readFileSync(join(root, 'out/preload/index.cjs'), 'utf8');
    expect(preload).toContain('require(');
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    expect(preload).toContain('exposeInMainWorld');
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });

  it('emits the main process and the renderer, whose <meta> policy is the strict release one', () => {
    expect(existsSync(join(root, 'out/main/index.js'))).toBe(true);
    const html = readFileSync(join(root, 'out/renderer/index.html'), 'utf8');
    expect(html).toContain(
      `content="${contentSecurityPolicy({ dev: false, meta: true, styleNonce: STYLE_NONCE_PLACEHOLDER })}"`,
    );
    expect(html).toContain(`<meta property="csp-nonce" nonce="${STYLE_NONCE_PLACEHOLDER}"`);
    expect(html).not.toContain('ws://');
    expect(html).not.toContain('unsafe-inline');
  });

  it('minifies main, preload, scripts and styles', () => {
    const assets = readdirSync(join(root, 'out/renderer/assets'));
    const outputs = [
      'out/main/index.js',
      'out/preload/index.cjs',
      ...assets.filter((name) => /\.(js|css)$/.test(name)).map((name) => `out/renderer/assets/${name}`),
    ];
    expect(outputs.length).toBeGreaterThanOrEqual(4);
    for (const file of outputs) {
      const text = readFileSync(join(root, file), 'utf8');
      // Minified output is a few very long lines (libraries keep some multi-line template strings,
      // e.g. CSS); unminified code averages well under a hundred characters a line. A small chunk
      // (a lazily loaded dialog of a few hundred characters) is one line, shorter than 500.
      const lines = text.split('\n').length;
      expect(lines, file).toBeLessThan(Math.max(10, text.length / 1000));
      expect(text.length / lines, file).toBeGreaterThan(Math.min(500, text.length / 2));
    }
  });
});

describe('npm start', () => {
  it('detects that the Electron binary is missing (as on our CI) without throwing', async () => {
    const failing = () => {
      throw new Error(
        'Electron failed to install correctly, please delete node_modules/electron and try installing again',
      );
    };
    expect(await electronAvailable(failing)).toBe(false);
    expect(await electronAvailable(() => Promise.reject(new Error('no electron')))).toBe(false);
    expect(await electronAvailable(() => '/definitely/not/here/electron')).toBe(false);
    expect(await electronAvailable(() => Promise.resolve(process.execPath))).toBe(true);
  });

  it('keeps docx, the Word builders and the demo generator out of the start-up chunk', () => {
    const html = readFileSync(join(root, 'out/renderer/index.html'), 'utf8');
    const entry = html.match(/src="\.?\/?(assets\/index-[^"]+\.js)"/)?.[1];
    expect(entry).toBeDefined();
    const text = readFileSync(join(root, 'out/renderer', entry!), 'utf8');
    // Markers that only docx and the generator contain: the WordprocessingML namespace, the name lists.
    expect(text).not.toContain('schemas.openxmlformats.org/wordprocessingml');
    expect(text).not.toContain('Priya');
    const assets = readdirSync(join(root, 'out/renderer/assets'));
    expect(assets.some((name) => /^export-.*\.js$/.test(name))).toBe(true);
    expect(assets.some((name) => /^demo-.*\.js$/.test(name))).toBe(true);
  });
});
