// `npm start`: the Electron app via electron-vite, or, where the Electron binary is missing, the browser UI.
import { spawn } from 'node:child_process';
import { electronAvailable } from './electronAvailable.mjs';

const run = (command, args) => {
  const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 0));
};

process.stdout.write('Gedeeld: Electron zoeken… (de eerste keer wordt Electron gedownload)\n');
if (electronAvailable()) {
  run('npx', ['electron-vite', 'dev']);
} else {
  process.stdout.write(
    'Electron is niet geïnstalleerd op deze machine; Gedeeld draait nu in de browser op http://127.0.0.1:5173 ' +
      '(Electron binary not installed: serving the same UI for a local browser).\n',
  );
  run('npx', ['vite', '--config', 'vite.web.config.ts']);
}
