import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** CHROMIUM_PATH, Debian's Chromium, else the one inside @sparticuz/chromium (scripts/chromium-path.mjs). */
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const found = execFileSync(process.execPath, ['scripts/chromium-path.mjs'], { encoding: 'utf8' }).trim();
  // Worker processes read this config again: they find the unpacked browser at once.
  process.env.CHROMIUM_PATH = found;
  return found;
}

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
// The server mails over SMTP to this port, where e2e/embargo.spec.ts listens to read what journalists
// receive; while no spec listens, messages wait and are retried as with any unreachable mail server.
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? PORT + 1000);
process.env.E2E_SMTP_PORT = String(SMTP_PORT);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // The longest stories (two people, axe, screenshots) took 25 s alone and up to 55 s on a
  // 2-core CI machine running two workers beside the server.
  timeout: 120_000,
  expect: { timeout: 7_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ? [['list'], ['json']] : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Browsers cannot be downloaded here: Debian's Chromium, or the one an npm package ships.
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    },
  },
  projects: [
    // Signs each demo persona in once through the login form; the specs reuse the saved sessions.
    // Its teardown, the cache checks, runs once every other spec has finished (passed or not), alone:
    // they assert HIT and MISS, which specs changing menus or pages on other workers would disturb.
    { name: 'setup', testMatch: /auth\.setup\.ts/, teardown: 'cache' },
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], channel: undefined },
      dependencies: ['setup'],
      testIgnore: /cache\.spec\.ts/,
    },
    { name: 'cache', use: { ...devices['Desktop Chrome'], channel: undefined }, testMatch: /cache\.spec\.ts/ },
  ],
  webServer: {
    // A production build on a throwaway embedded database, seeded with the demo newsroom.
    command: `node scripts/e2e-server.mjs ${PORT}`,
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    env: { SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}` },
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
