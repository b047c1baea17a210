// Build config for the three Electron entries: main, sandboxed preload (CommonJS) and renderer.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.web.config';

export default defineConfig({
  main: {
    build: {
      lib: { entry: resolve(import.meta.dirname, 'electron/main/index.ts') },
      externalizeDeps: true,
    },
  },
  preload: {
    build: {
      lib: { entry: resolve(import.meta.dirname, 'electron/preload/index.ts') },
      // A sandboxed preload cannot be an ES module: emit CommonJS as out/preload/index.cjs.
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      rolldownOptions: { input: resolve(import.meta.dirname, 'src/index.html') },
    },
  },
});
