// Whether the Electron binary is installed. Requiring 'electron' fetches it lazily the first time; that
// happens in a child process so its download output stays out of the user's terminal.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function probeElectron() {
  const result = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 10 * 60_000,
  });
  if (result.status !== 0) throw new Error('Electron is not installed');
  return result.stdout;
}

export function electronAvailable(probe = probeElectron) {
  try {
    const path = probe();
    return typeof path === 'string' && existsSync(path);
  } catch {
    return false;
  }
}
