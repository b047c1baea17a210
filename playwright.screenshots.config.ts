// `npm run screenshots`: every main screen at 1366×768 (an office laptop) into screenshots/, ignored by
// git, so anyone can look at the whole app in a minute. Not part of npm test.
import { defineConfig } from '@playwright/test';
import { chromiumArgs } from './playwright.config';

const port = Number(process.env.SCREENSHOTS_PORT ?? 5179);

export default defineConfig({
  testDir: 'tests/screenshots',
  timeout: 180_000,
  workers: 1,
  reporter: 'line',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1366, height: 768 },
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
  },
  webServer: {
    command: `npx vite --config vite.web.config.ts --port ${port}`,
    env: { VITE_TEST_KDF_ITERATIONS: '1000' },
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
