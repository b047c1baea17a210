// `npm start` honesty: too old a Node gets one line and a stop, the browser fallback says one line,
// Ctrl+C and SIGTERM stop the Vite server too, and `engines` is what the dependencies really need.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enginesRange, nodeVersionProblem, satisfies } from '../../../scripts/nodeVersion.mjs';

const root = join(import.meta.dirname, '../../..');
const startScript = join(root, 'scripts/start.mjs');
// An unusual port so the test never meets a developer's server.
const port = Number(process.env.START_TEST_PORT ?? 5193);

function installedEngines(): { name: string; range: string }[] {
  const lock = JSON.parse(readFileSync(join(root, 'node_modules/.package-lock.json'), 'utf8')) as {
    packages: Record<string, unknown>;
  };
  return Object.keys(lock.packages)
    .filter((path) => path && existsSync(join(root, path, 'package.json')))
    .flatMap((path) => {
      const pkg = JSON.parse(readFileSync(join(root, path, 'package.json'), 'utf8')) as {
        engines?: { node?: string };
      };
      return pkg.engines?.node
        ? [{ name: path.replace(/^.*node_modules\//, ''), range: pkg.engines.node }]
        : [];
    });
}

function portOpen(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function waitFor(condition: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

function startApp(extraArgs: string[] = []): { child: ChildProcess; output: () => string } {
  let output = '';
  // Its own process group, so the test can clean up start.mjs and Vite together whatever happens.
  const child = spawn(process.execPath, [...extraArgs, startScript], {
    cwd: root,
    detached: true,
    env: { ...process.env, GEDEELD_WEB_PORT: String(port), CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

describe('Node version check', () => {
  const range = '^22.22.0 || ^24.0.0 || >=26.0.0';

  it('reads npm-style ranges as npm does', () => {
    expect(satisfies('v22.22.0', range)).toBe(true);
    expect(satisfies('v24.0.0', range)).toBe(true);
    expect(satisfies('v26.3.1', range)).toBe(true);
    expect(satisfies('v22.21.9', range)).toBe(false);
    expect(satisfies('v23.11.0', range)).toBe(false);
    expect(satisfies('v25.0.0', range)).toBe(false);
    expect(satisfies('v20.20.0', range)).toBe(false);
    expect(satisfies('v14.18.0', '>=16 || 14 >=14.17')).toBe(true);
    expect(satisfies('v15.0.0', '>=16 || 14 >=14.17')).toBe(false);
    expect(satisfies('v9.0.0', '6.* || 8.* || >= 10.*')).toBe(false);
    expect(satisfies('v20.5.0', '^18.17.0 || >=20.5.0')).toBe(true);
    expect(satisfies('v21.0.0', '18 || 20 || >=22')).toBe(false);
    expect(satisfies('v1.0.0', '*')).toBe(true);
    expect(() => satisfies('v22.0.0', 'latest')).toThrow('unsupported');
  });

  it('says in one Dutch/English line what is needed and what the user has', () => {
    expect(nodeVersionProblem('v24.1.0', range)).toBeNull();
    const line = nodeVersionProblem('v20.20.0', range);
    expect(line).toContain('Gedeeld heeft Node 24 nodig; je hebt v20.20.0');
    expect(line).toContain('Gedeeld needs Node 24; you have v20.20.0');
    expect(line).not.toContain('\n');
  });
});

describe('engines', () => {
  const ours = enginesRange();
  const deps = installedEngines();

  it('lets in no Node that an installed package refuses', () => {
    expect(deps.length).toBeGreaterThan(50);
    for (const lowest of ['v22.22.0', 'v24.0.0', 'v26.0.0']) {
      expect(satisfies(lowest, ours), lowest).toBe(true);
      const refusing = deps.filter((dep) => !satisfies(lowest, dep.range));
      expect(refusing, lowest).toEqual([]);
    }
  });

  it('shuts out only Nodes that some package really refuses', () => {
    for (const outside of ['v22.21.0', 'v23.0.0', 'v25.0.0']) {
      expect(satisfies(outside, ours), outside).toBe(false);
      expect(
        deps.some((dep) => !satisfies(outside, dep.range)),
        outside,
      ).toBe(true);
    }
    expect(deps.find((dep) => dep.name === 'react-router')?.range).toBe('>=22.22.0');
  });
});

describe('npm start', () => {
  it('stops with one line on a Node older than engines', async () => {
    const { child, output } = startApp([
      '--import',
      'data:text/javascript,Object.defineProperty(process,"version",{value:"v20.20.0"})',
    ]);
    expect(await exited(child)).toBe(1);
    expect(output().trim().split('\n')).toEqual([nodeVersionProblem('v20.20.0', enginesRange())]);
    expect(await portOpen()).toBe(false);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'falls back to the browser UI with one line, and %s stops the Vite server too',
    async (signal) => {
      expect(await portOpen()).toBe(false);
      const { child, output } = startApp();
      try {
        expect(await waitFor(portOpen, 30_000)).toBe(true);
        const ours = output()
          .split('\n')
          .filter((line) => /Gedeeld|Electron/.test(line));
        expect(ours).toHaveLength(1);
        expect(ours[0]).toContain(`http://127.0.0.1:${port}`);
        child.kill(signal);
        await exited(child);
        expect(await waitFor(async () => !(await portOpen()), 10_000)).toBe(true);
      } finally {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // Already gone: the signal above stopped the whole group.
        }
      }
    },
    60_000,
  );
});
