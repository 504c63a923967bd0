import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium, never a browser downloaded by Playwright. */
const chromiumPath = process.env['SHOWDESK_CHROMIUM'] ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/global-setup.ts',
  workers: 2,
  // Every test has its own browser host, data folder and sale server (fixtures.ts), so the tests
  // of one file run in parallel too: the long files no longer run their tests one after another.
  fullyParallel: true,
  // The longest scenarios run a show against a sale server with a crowd; on a loaded machine they
  // outlast Playwright's 30 s default. Every wait inside them is on what the app shows.
  timeout: 90_000,
  // One retry under CI only, so that a test that passes only on its retry is reported as
  // "flaky" in the output (to be fixed) instead of hiding the rest of the run's result.
  retries: process.env['CI'] === undefined ? 0 : 1,
  forbidOnly: process.env['CI'] !== undefined,
  reporter: [['list'], ['./tests/e2e/support/skip-reasons-reporter.ts']],
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
});
