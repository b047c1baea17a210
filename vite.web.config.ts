// Plain Vite config for the renderer: used by `npm run start:web`, Playwright and electron-vite.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

export const rendererConfig: UserConfig = {
  root: resolve(import.meta.dirname, 'src'),
  base: './',
  plugins: [
    react(),
    // The dev server's live reload needs a websocket; a built app gets the strict policy only.
    {
      name: 'gedeeld-strict-csp',
      apply: 'build',
      transformIndexHtml: (html: string) => html.replace(' ws://127.0.0.1:*', ''),
    },
  ],
  // The demo home imports the fixture generator from tests/fixtures, outside the renderer root.
  server: { host: '127.0.0.1', port: 5173, strictPort: true, fs: { allow: [import.meta.dirname] } },
  build: { outDir: resolve(import.meta.dirname, 'dist-web'), emptyOutDir: true },
};

export default defineConfig(rendererConfig);
