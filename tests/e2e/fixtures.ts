import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { BrowserHostProcess } from './support/browser-host-process';
import type { SalePing } from '../../src/sale-server/server';
import { startTestSaleServer, type TestSaleServer } from './support/sale-server';

export { expect } from '@playwright/test';
export { expectNoSeriousA11yViolations } from './support/a11y';

/** The browser host started for one test, on a data folder of its own. */
export interface ConsoleApp {
  /** The console's address, token included; a restart gives a new token. */
  readonly url: string;
  readonly dataDir: string;
  /**
   * Stops the host (cleanly, or with SIGKILL as a crash) and starts it again on the same data
   * folder and port. Open `url` again afterwards: the new run has a new token.
   */
  restart(options?: { crash?: boolean }): Promise<void>;
  stop(): Promise<void>;
}

export const test = base.extend<{
  app: ConsoleApp;
  saleServer: TestSaleServer;
  saleServerPing: SalePing | undefined;
}>({
  // Playwright reads a fixture's dependencies from its destructuring; this one has none.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'showdesk-e2e-'));
    const host = new BrowserHostProcess(dataDir);
    let url = await host.start();
    const app: ConsoleApp = {
      get url() {
        return url;
      },
      dataDir,
      restart: async (options) => {
        await host.stop(options?.crash === true ? 'SIGKILL' : 'SIGTERM');
        url = await host.start();
      },
      stop: () => host.stop(),
    };
    try {
      await use(app);
    } finally {
      await host.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
  // The sale server's ping: the reference server's unless a spec sets one (test.use).
  saleServerPing: [undefined, { option: true }],
  // A reference sale server for the test, with an empty show (the console loads its lineup).
  saleServer: async ({ saleServerPing }, use) => {
    const server = await startTestSaleServer(undefined, saleServerPing);
    try {
      await use(server);
    } finally {
      await server.close();
    }
  },
  // A page in a context of its own (axe needs one), already showing the console's show list
  // (without a route, a first start opens the demo show to rehearse: see rehearsal.spec.ts).
  page: async ({ browser, app }, use) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}#/`);
    await use(page);
    await context.close();
  },
});
