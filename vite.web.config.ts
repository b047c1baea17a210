// Plain Vite config for the renderer: used by `npm run start:web`, Playwright and electron-vite.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, normalizePath, type UserConfig } from 'vite';
import { contentSecurityPolicy, STYLE_NONCE_PLACEHOLDER } from './electron/main/contentSecurityPolicy.ts';

/**
 * Writes the policy of electron/main/contentSecurityPolicy.ts into index.html's <meta>. A build also
 * gets the `csp-nonce` <meta> Mantine's <style> elements take their nonce from; the app:// handler
 * replaces the placeholder with a fresh nonce for every page it serves.
 */
export function withCsp(html: string, dev: boolean): string {
  const meta = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/;
  if (!meta.test(html)) throw new Error('index.html has no Content-Security-Policy <meta>');
  const styleNonce = dev ? undefined : STYLE_NONCE_PLACEHOLDER;
  const withPolicy = html.replace(meta, `$1${contentSecurityPolicy({ dev, meta: true, styleNonce })}$2`);
  return styleNonce
    ? withPolicy.replace('</head>', `  <meta property="csp-nonce" nonce="${styleNonce}" />\n  </head>`)
    : withPolicy;
}

export const rendererConfig: UserConfig = {
  root: resolve(import.meta.dirname, 'src'),
  base: './',
  plugins: [
    react(),
    // One policy module for the <meta> and the Electron headers: the dev server needs its websocket
    // and inline <style>s, a built app gets the strict release policy.
    {
      name: 'gedeeld-csp',
      transformIndexHtml: (html: string, context: { server?: unknown }) =>
        withCsp(html, Boolean(context.server)),
    },
    // The app icon lives in resources/, outside the renderer root: the build bundles it, the dev server
    // serves it from the file system.
    {
      name: 'gedeeld-dev-icon',
      apply: 'serve',
      transformIndexHtml: (html: string) =>
        html.replace(
          'href="../resources/icon.svg"',
          `href="/@fs/${normalizePath(resolve(import.meta.dirname, 'resources/icon.svg')).replace(/^\//, '')}"`,
        ),
    },
  ],
  // The demo home imports the fixture generator from tests/fixtures, outside the renderer root.
  server: { host: '127.0.0.1', port: 5173, strictPort: true, fs: { allow: [import.meta.dirname] } },
  build: { outDir: resolve(import.meta.dirname, 'dist-web'), emptyOutDir: true },
};

export default defineConfig(rendererConfig);
