// Playwright on the BUILT renderer, served through the app:// protocol handler by a small Node server:
// as close to the packaged app's page as can be checked without the Electron binary.
import { defineConfig } from '@playwright/test';
import { chromiumArgs } from './playwright.config';

// An unusual default port, so it never meets a dev server; E2E_BUILT_PORT moves it.
const port = Number(process.env.E2E_BUILT_PORT ?? 5197);

export default defineConfig({
  testDir: 'tests/e2e/built',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
  },
  webServer: {
    command: `npx electron-vite build && npx tsx scripts/serveRenderer.ts`,
    env: { E2E_BUILT_PORT: String(port) },
    url: `http://127.0.0.1:${port}/index.html`,
    // Never a leftover server with an old build: the point is to test this build.
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
