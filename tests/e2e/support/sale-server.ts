import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCrowd, type CrowdOptions, type CrowdSummary } from '../../../src/sale-server/crowd';
import {
  startSaleServer,
  type SalePing,
  type SaleServer,
  type ShowInspection,
} from '../../../src/sale-server/server';

/**
 * A reference sale server on 127.0.0.1 with a ledger in a temp folder and one planned, empty show
 * (the console loads its lineup). It can be stopped and started again on the same port and
 * ledger.
 */
export interface TestSaleServer {
  readonly url: string;
  readonly token: string;
  readonly showId: string;
  inspect(): ShowInspection;
  /** Simulated viewers buying on the show. */
  crowd(options: Omit<CrowdOptions, 'url' | 'token' | 'showId'>): Promise<CrowdSummary>;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and removes its ledger. */
  close(): Promise<void>;
}

export async function startTestSaleServer(
  showId = 'e2e-show',
  ping?: SalePing,
): Promise<TestSaleServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'showdesk-e2e-sale-'));
  const token = `e2e-${randomUUID()}`;
  let port = 0;
  let server: SaleServer | null = null;
  const running = (): SaleServer => {
    if (server === null) throw new Error('the sale server is stopped');
    return server;
  };
  const start = async () => {
    server = await startSaleServer({
      dataDir,
      token,
      host: '127.0.0.1',
      port,
      shows: [{ showId }],
      log: () => undefined,
      ...ping,
    });
    port = server.port;
  };
  const stop = async () => {
    const stopping = server;
    server = null;
    await stopping?.close();
  };
  try {
    await start();
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const url = running().url;
  return {
    url,
    token,
    showId,
    inspect: () => running().inspect(showId),
    crowd: (options) => runCrowd({ url, token, showId, ...options }),
    stop,
    start,
    close: async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
