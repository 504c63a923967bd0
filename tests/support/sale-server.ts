import { afterEach } from 'vitest';
import type { LineupProduct } from '../../src/shared/protocol';
import type { LogEntry } from '../../src/shared/logger';
import {
  startSaleServer,
  type SaleServer,
  type SaleServerOptions,
} from '../../src/sale-server/server';
import { runCrowd, type CrowdOptions, type CrowdSummary } from '../../src/sale-server/crowd';
import { TestConsole, type TestConsoleOptions } from './test-console';

export const TEST_TOKEN = 'test-token';
export const TEST_SHOW = 'show-1';

export const TEST_LINEUP: LineupProduct[] = [
  { sku: 'DURIAN', name: 'Musang King durian', priceMinor: 19_900, currency: 'CNY', stock: 500 },
  { sku: 'COCO', name: 'Young coconut', priceMinor: 1_200, currency: 'CNY', stock: 2000 },
  { sku: 'RICE', name: 'Jasmine rice 5 kg', priceMinor: 6_900, currency: 'CNY', stock: 300 },
];

/** The crowd's options other than the server and show, which the test server fills in. */
export type CrowdRun = Omit<CrowdOptions, 'url' | 'token' | 'showId'>;

export interface TestServer {
  server: SaleServer;
  /** Every log line the server wrote. */
  logs: LogEntry[];
  /** Connects a console to this server (token and show filled in). */
  console(options?: Partial<TestConsoleOptions>): Promise<TestConsole>;
  /** Simulated viewers buying on the test show. */
  crowd(options: CrowdRun): Promise<CrowdSummary>;
}

/**
 * Call at the top of a test file: returns a function that starts a sale server on 127.0.0.1
 * port 0 with the test show and lineup; servers and consoles are closed after each test.
 */
export function useSaleServers(): (
  dataDir: string,
  options?: Partial<SaleServerOptions>,
) => Promise<TestServer> {
  const servers: SaleServer[] = [];
  const consoles: TestConsole[] = [];
  afterEach(async () => {
    consoles.splice(0).forEach((client) => client.close());
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return async (dataDir, options = {}) => {
    const logs: LogEntry[] = [];
    const server = await startSaleServer({
      dataDir,
      token: TEST_TOKEN,
      shows: [{ showId: TEST_SHOW, products: TEST_LINEUP }],
      log: (entry) => logs.push(entry),
      ...options,
    });
    servers.push(server);
    return {
      server,
      logs,
      console: async (consoleOptions = {}) => {
        const client = await TestConsole.connect({
          url: server.url,
          token: TEST_TOKEN,
          showId: TEST_SHOW,
          ...consoleOptions,
        });
        consoles.push(client);
        return client;
      },
      crowd: (crowdOptions) =>
        runCrowd({ url: server.url, token: TEST_TOKEN, showId: TEST_SHOW, ...crowdOptions }),
    };
  };
}

/** A test server whose show a producer console (connected through it) has started. */
export interface StartedShow extends TestServer {
  producer: TestConsole;
}

/** The server `started`, with its show started by a new producer console. */
export async function startedShow(
  started: Promise<TestServer>,
  producerOptions: Partial<TestConsoleOptions> = {},
): Promise<StartedShow> {
  const test = await started;
  const producer = await test.console(producerOptions);
  await producer.command({ type: 'startShow', commandId: 'start' });
  return { ...test, producer };
}

let counter = 0;
/** A command id unique within the test run. */
export function commandId(label = 'cmd'): string {
  counter += 1;
  return `${label}-${counter}`;
}
