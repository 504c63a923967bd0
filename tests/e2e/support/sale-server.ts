import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCrowd, type CrowdOptions, type CrowdSummary } from '../../../src/sale-server/crowd';
import {
  startSaleServer,
  type SaleServer,
  type ShowInspection,
} from '../../../src/sale-server/server';

/** A reference sale server on 127.0.0.1 (any free port) with a ledger in a temp folder. */
export interface TestSaleServer {
  readonly url: string;
  readonly token: string;
  /** The show consoles connect to (planned and empty: the console loads its lineup). */
  readonly showId: string;
  readonly server: SaleServer;
  inspect(): ShowInspection;
  /** Simulated viewers buying `skus` on the show. */
  crowd(options: Omit<CrowdOptions, 'url' | 'token' | 'showId'>): Promise<CrowdSummary>;
  close(): Promise<void>;
}

export async function startTestSaleServer(showId = 'e2e-show'): Promise<TestSaleServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'showdesk-e2e-sale-'));
  const token = `e2e-${randomUUID()}`;
  let server: SaleServer;
  try {
    server = await startSaleServer({
      dataDir,
      token,
      host: '127.0.0.1',
      port: 0,
      shows: [{ showId }],
      log: () => undefined,
    });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: server.url,
    token,
    showId,
    server,
    inspect: () => server.inspect(showId),
    crowd: (options) => runCrowd({ url: server.url, token, showId, ...options }),
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
