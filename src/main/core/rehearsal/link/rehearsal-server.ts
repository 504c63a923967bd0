import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SaleClock } from '../../../../shared/sale-clock';
import type { Logger } from '../../../../shared/logger';
import { startSaleServer, type SaleServer } from '../../../../sale-server/server';
import { TcpRelay } from '../../net/tcp-relay';

/** The folder under the data folder that holds one ledger per rehearsal, never a live one. */
export const REHEARSALS_DIR = 'rehearsals';

export interface RehearsalServer {
  /** The reference sale server, in this process, on 127.0.0.1. */
  server: SaleServer;
  /** The relay the console's link goes through (to cut it on demand). */
  proxy: TcpRelay;
  /** What the console's run connects to: the relay, on loopback. */
  consoleUrl: string;
  /** What the crowd connects to: the server itself. */
  crowdUrl: string;
  token: string;
  serverShowId: string;
  ledgerDir: string;
  close(): Promise<void>;
}

/** Orders per ledger transaction, and per turn of the event loop, at most. */
const REHEARSAL_INTAKE_BATCH = 200;

/** Errors only: the rehearsal server's info lines would flood the app's output. */
const errorsOnly: Logger = (entry) => {
  if (entry.level === 'error') process.stderr.write(`${JSON.stringify(entry)}\n`);
};

/**
 * Starts a reference sale server for one rehearsal: on 127.0.0.1 port 0, with a random token and
 * its ledger in a new folder of its own under `<dataDir>/rehearsals`, hosting one planned show
 * with no products (the console loads the lineup, as it would on a live server). Its timed pins
 * and flash sales run on `clock` (the rehearsal's show time).
 */
export async function startRehearsalServer(
  dataDir: string,
  clock: SaleClock,
): Promise<RehearsalServer> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const ledgerDir = join(dataDir, REHEARSALS_DIR, `${stamp}-${randomBytes(3).toString('hex')}`);
  mkdirSync(ledgerDir, { recursive: true });
  const token = randomBytes(24).toString('base64url');
  const serverShowId = 'rehearsal';
  const server = await startSaleServer({
    dataDir: ledgerDir,
    token,
    host: '127.0.0.1',
    port: 0,
    shows: [{ showId: serverShowId }],
    // Viewer reports become events at once, so they land in the same place in every run.
    viewersIntervalMs: 1,
    // At 20x a pin's burst queues hundreds of orders at once: sold a small batch per turn of the
    // event loop, they never hold the console's core (in this process) for long.
    intakeMaxBatch: REHEARSAL_INTAKE_BATCH,
    log: errorsOnly,
    clock,
  });
  let proxy: TcpRelay;
  try {
    proxy = await TcpRelay.start(server.port);
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    server,
    proxy,
    consoleUrl: proxy.url,
    crowdUrl: server.url,
    token,
    serverShowId,
    ledgerDir,
    close: async () => {
      await proxy.close();
      await server.close();
    },
  };
}
