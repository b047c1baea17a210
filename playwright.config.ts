import { defineConfig } from '@playwright/test';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// E2E_PORT lets a second run (e.g. a CI check) work beside a running dev server.
const port = Number(process.env.E2E_PORT ?? 5173);

export default defineConfig({
  testDir: 'tests/e2e',
  // The built renderer has its own config and server: playwright.built.config.ts.
  testIgnore: 'built/**',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  webServer: {
    command: `npx vite --config vite.web.config.ts --port ${port}`,
    url: `http://127.0.0.1:${port}`,
    // A cheap key derivation for the tests (dev server only; the production build ignores it).
    env: { VITE_TEST_KDF_ITERATIONS: '1000' },
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
