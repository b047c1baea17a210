// `npm start`: the Electron app via electron-vite, or, where the Electron binary is missing, the browser UI.
// Checks Node first (one line and stop when too old), prints one line of its own, and passes Ctrl+C and
// SIGTERM on to the server it started, so no Vite server is left running on the port.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronAvailable } from './electronAvailable.mjs';
import { enginesRange, nodeVersionProblem } from './nodeVersion.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const problem = nodeVersionProblem(process.version, enginesRange());
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}

/** Runs a package's CLI under this Node (no npx in between to swallow signals) and follows its fate. */
function run(bin, args) {
  const child = spawn(process.execPath, [resolve(root, 'node_modules', bin), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

// Only when the lazy Electron download takes a while does the user need to know what is happening; a
// missing binary is found in well under a second, even on a busy machine.
const notice = setTimeout(
  () => process.stdout.write('Gedeeld: Electron wordt gedownload… (downloading Electron…)\n'),
  5000,
);
const hasElectron = await electronAvailable();
clearTimeout(notice);

if (hasElectron) {
  run('electron-vite/bin/electron-vite.js', ['dev']);
} else {
  const port = process.env.GEDEELD_WEB_PORT || '5173';
  process.stdout.write(
    `Electron is niet geïnstalleerd op deze machine; Gedeeld draait nu in de browser op http://127.0.0.1:${port} ` +
      '(Electron binary not installed: serving the same UI for a local browser).\n',
  );
  run('vite/bin/vite.js', ['--config', 'vite.web.config.ts', '--port', port, '--strictPort']);
}
