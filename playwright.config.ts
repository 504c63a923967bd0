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
  // A ceiling for a test that hangs, not a speed limit (npm run bench measures speed): every wait
  // is on what the app shows, and with a CPU hog beside the suite on a shared machine the longest
  // scenarios (a show against a sale server with a crowd) took over 2 minutes. One ceiling for
  // all, so no test fails for a per-test limit tuned on an idle machine.
  timeout: 300_000,
  // A screen may take seconds to show the result of a click on such a machine (a go-live's probe,
  // a restock's round trip through the sale server).
  expect: { timeout: 20_000 },
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
