// Whether the Electron binary is installed. Requiring 'electron' fetches it lazily the first time; that
// happens in a child process so its download output stays out of the user's terminal.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

function probeElectron() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 10 * 60_000,
    });
    let path = '';
    child.stdout.on('data', (chunk) => (path += chunk));
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(path) : reject(new Error('Electron is not installed')),
    );
  });
}

export async function electronAvailable(probe = probeElectron) {
  try {
    const path = await probe();
    return typeof path === 'string' && existsSync(path);
  } catch {
    return false;
  }
}
