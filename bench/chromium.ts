// `npm run bench`: the screens' reads in real Chromium on a production build, each figure the median of
// RUNS runs beside its physical baseline measured in the same page and run. Writes bench/results.json.
import react from '@vitejs/plugin-react';
import { chromium, type Page } from '@playwright/test';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { chromiumArgs } from '../playwright.config';

const ROOT = join(import.meta.dirname, '..');
const RUNS = 7;
const PORT = Number(process.env.BENCH_PORT ?? 4391);
const ALL_HOMES = [
  { label: '1×', scale: 1, years: 1 },
  { label: '10×', scale: 10, years: 1 },
  { label: '100×', scale: 100, years: 1 },
  { label: '100× 2y', scale: 100, years: 2 },
];
// BENCH_QUICK=1: only the 1× and 10× homes, for trying the bench itself.
const HOMES = process.env.BENCH_QUICK ? ALL_HOMES.slice(0, 2) : ALL_HOMES;
const CHROMIUM_ARGS = [...chromiumArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'];

interface Figure {
  median: number;
  min: number;
  max: number;
}

const figure = (samples: number[]): Figure => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted.at(-1)! };
};

/** Times a bench-page function in the page itself (one warm-up run, then RUNS runs). */
async function measure(page: Page, name: string): Promise<Figure> {
  const samples = await page.evaluate(
    async ({ name, runs }) => {
      const bench = (window as unknown as { gedeeldBench: Record<string, () => Promise<unknown>> })
        .gedeeldBench;
      await bench[name]!();
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await bench[name]!();
        times.push(performance.now() - start);
      }
      return times;
    },
    { name, runs: RUNS },
  );
  return figure(samples);
}

/** Time from navigation until `selector` is visible, over fresh pages (no cache shared). */
async function timeToVisible(
  browserUrl: string,
  selector: string,
  open: () => Promise<Page>,
): Promise<Figure> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await open();
    const start = Date.now();
    await page.goto(browserUrl);
    await page.locator(selector).first().waitFor();
    samples.push(Date.now() - start);
    await page.context().close();
  }
  return figure(samples);
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** What dominates a figure: the functions with the most self time over a few runs (CPU profiler). */
async function profileSummary(page: Page, name: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.evaluate(async (fn) => {
    const bench = (window as unknown as { gedeeldBench: Record<string, () => Promise<unknown>> })
      .gedeeldBench;
    for (let i = 0; i < 3; i++) await bench[fn]!();
  }, name);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[] } };
  await cdp.detach();
  const self = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    total += hits;
    const file = node.callFrame.url.split('/').pop() || '(native)';
    const key = `${node.callFrame.functionName || '(anonymous)'} ${file}`;
    self.set(key, (self.get(key) ?? 0) + hits);
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([key, hits]) => `${((hits / Math.max(1, total)) * 100).toFixed(0)}% ${key}`)
    .join('; ');
}

const fmt = (f: Figure) => `${f.median.toFixed(1)} ms (${f.min.toFixed(1)}–${f.max.toFixed(1)})`;

async function main() {
  process.stdout.write('Building the bench page and the app (production)…\n');
  const outBench = join(ROOT, 'out/bench');
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(ROOT, 'bench/browser'),
    plugins: [react()],
    build: {
      outDir: outBench,
      emptyOutDir: true,
      rollupOptions: {
        input: {
          index: join(ROOT, 'bench/browser/index.html'),
          blank: join(ROOT, 'bench/browser/blank.html'),
        },
      },
    },
  });
  const outApp = join(ROOT, 'out/bench-app');
  await build({
    configFile: join(ROOT, 'vite.web.config.ts'),
    logLevel: 'warn',
    build: { outDir: outApp, emptyOutDir: true },
  });
  const benchServer = await preview({
    configFile: false,
    root: outBench,
    build: { outDir: outBench },
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
  });
  const appServer = await preview({
    configFile: false,
    root: outApp,
    build: { outDir: outApp },
    preview: { port: PORT + 1, strictPort: true, host: '127.0.0.1' },
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const results: Record<string, unknown> = { date: new Date().toISOString(), runs: RUNS, homes: {} };
  const lines: string[] = [];
  try {
    const fresh = async () => (await browser.newContext()).newPage();
    const shell = await timeToVisible(`http://127.0.0.1:${PORT + 1}/`, 'h1', fresh);
    const blank = await timeToVisible(`http://127.0.0.1:${PORT}/blank.html`, 'h1', fresh);
    results.shell = { app: shell, blank, ratio: shell.median / blank.median, goal: 1.5 };
    lines.push(
      `welcome screen interactive  ${fmt(shell)}  vs blank React page ${fmt(blank)}  ratio ${(shell.median / blank.median).toFixed(2)} (goal ≤ 1.5)`,
    );

    const html = readFileSync(join(outApp, 'index.html'), 'utf8');
    const entryName = html.match(/assets\/(index-[^"]+\.js)/)?.[1];
    const chunks = readdirSync(join(outApp, 'assets')).filter((name) => name.endsWith('.js'));
    if (entryName) {
      const entry = readFileSync(join(outApp, 'assets', entryName));
      results.initialChunk = { raw: entry.length, gzip: gzipSync(entry).length, chunks: chunks.length };
      lines.push(
        `start-up chunk ${(entry.length / 1000).toFixed(0)} kB (gzip ${(gzipSync(entry).length / 1000).toFixed(0)} kB); ${chunks.length} chunks in all`,
      );
    }
    const page = await (await browser.newContext()).newPage();
    await page.goto(`http://127.0.0.1:${PORT}/index.html`);
    await page.getByText('ready').waitFor();
    const kdf = await measure(page, 'signInKdf');
    results.signInKdf = kdf;
    lines.push(`sign-in key derivation (PBKDF2-SHA256, 600 000)  ${fmt(kdf)}`);
    const heap: Record<string, number> = {};
    for (const home of HOMES) {
      const size = await page.evaluate(
        (options) =>
          (
            window as unknown as { gedeeldBench: { setup(o: unknown): Promise<Record<string, number>> } }
          ).gedeeldBench.setup(options),
        home,
      );
      const figures = {
        dashboard: await measure(page, 'dashboard'),
        dashboardRaw: await measure(page, 'dashboardRaw'),
        dashboardReads: await measure(page, 'dashboardReads'),
        dashboardPlain: await measure(page, 'dashboardPlain'),
        childOverview: await measure(page, 'childOverview'),
        childOverviewRaw: await measure(page, 'childOverviewRaw'),
        childOverviewPlain: await measure(page, 'childOverviewPlain'),
        handoverDocx: await measure(page, 'handoverDocx'),
        handoverPack: await measure(page, 'handoverPack'),
      };
      heap[home.label] = await page.evaluate(() =>
        (window as unknown as { gedeeldBench: { heapBytes(): number } }).gedeeldBench.heapBytes(),
      );
      // After the heap: the backup keeps its file in memory for the restore measured last.
      const backups = { backup: await measure(page, 'backup'), backupRaw: await measure(page, 'backupRaw') };
      (results.homes as Record<string, unknown>)[home.label] = {
        size,
        ...figures,
        ...backups,
        heapBytes: heap[home.label],
      };
      const ratio = (a: Figure, b: Figure) => (a.median / b.median).toFixed(2);
      const unmet: [string, string, number, number][] = [
        ['dashboard', 'dashboard', figures.dashboard.median / figures.dashboardRaw.median, 2],
        [
          'child overview',
          'childOverview',
          figures.childOverview.median / figures.childOverviewRaw.median,
          2,
        ],
        ['handover .docx', 'handoverDocx', figures.handoverDocx.median / figures.handoverPack.median, 3],
      ];
      const profiles: string[] = [];
      for (const [label, fn, value, goal] of unmet) {
        if (value > goal)
          profiles.push(`  ${label} over its goal; self time: ${await profileSummary(page, fn)}`);
      }
      // Last: restoring locks the session every other figure (and profile) uses.
      const restore = await measure(page, 'restore');
      (results.homes as Record<string, Record<string, unknown>>)[home.label]!.restore = restore;
      lines.push(
        `\n${home.label} home: ${size.children} children, ${size.contacts} contacts, ${size.agreements} agreements`,
        `  dashboard        ${fmt(figures.dashboard)}  vs raw read ${fmt(figures.dashboardRaw)}  ratio ${ratio(figures.dashboard, figures.dashboardRaw)} (goal ≤ 2)`,
        `  child overview   ${fmt(figures.childOverview)}  vs raw read ${fmt(figures.childOverviewRaw)}  ratio ${ratio(figures.childOverview, figures.childOverviewRaw)} (goal ≤ 2)`,
        `  handover .docx   ${fmt(figures.handoverDocx)}  vs Packer alone ${fmt(figures.handoverPack)}  ratio ${ratio(figures.handoverDocx, figures.handoverPack)} (goal ≤ 3)`,
        `  encrypted reads  dashboard ${ratio(figures.dashboardReads, figures.dashboardPlain)}× plain Dexie, child overview ${ratio(figures.childOverview, figures.childOverviewPlain)}× (goal ≤ 1.5)`,
        `  backup           ${fmt(backups.backup)}  vs raw read of every store ${fmt(backups.backupRaw)}  ratio ${ratio(backups.backup, backups.backupRaw)}`,
        `  restore          ${fmt(restore)}  (read and check the file, unlock, write, open every record)`,
        ...profiles,
      );
    }
    const largest = HOMES.length > 2 ? '100×' : HOMES.at(-1)!.label;
    // Flat: the dashboard's cost over its physical baseline does not grow with the home's history.
    const overhead = (label: string) => {
      const home = (results.homes as Record<string, { dashboard: Figure; dashboardRaw: Figure }>)[label]!;
      return home.dashboard.median / home.dashboardRaw.median;
    };
    const flat = overhead(largest) / overhead('1×');
    const heapRatio = heap[largest]! / heap['1×']!;
    results.dashboardGrowth = { ratio100to1: flat, goal: 1.5 };
    results.heapGrowth = { ratio100to1: heapRatio, goal: 2 };
    lines.push(
      `\ndashboard/raw at ${largest} over dashboard/raw at 1×: ${flat.toFixed(2)} (goal ≤ 1.5)`,
      `JS heap after the ${largest} dashboard / 1×: ${heapRatio.toFixed(2)} (goal ≤ 2)`,
    );
  } finally {
    await browser.close();
    benchServer.httpServer.close();
    appServer.httpServer.close();
  }
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(
    `${lines.join('\n')}\n\nEach figure: median (min–max) of ${RUNS} runs in Chromium, production build.\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
