// Build config for the three Electron entries: main, sandboxed preload (CommonJS) and renderer.
// electron-vite leaves its output unminified by default; a release ships minified code.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.web.config';

export default defineConfig({
  main: {
    build: {
      lib: { entry: resolve(import.meta.dirname, 'electron/main/index.ts') },
      externalizeDeps: true,
      minify: true,
      // Vite keeps whitespace in ES library output; the main process is not a library.
      rolldownOptions: { output: { minify: true } },
    },
  },
  preload: {
    build: {
      lib: { entry: resolve(import.meta.dirname, 'electron/preload/index.ts') },
      minify: true,
      // A sandboxed preload cannot be an ES module: emit CommonJS as out/preload/index.cjs.
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      minify: true,
      cssMinify: true,
      rolldownOptions: { input: resolve(import.meta.dirname, 'src/index.html') },
    },
  },
});
