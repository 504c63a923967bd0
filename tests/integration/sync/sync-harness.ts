import Database from 'better-sqlite3';
import type { ApiEventName, ApiEvents } from '../../../src/shared/api/contract';
import type { LiveState } from '../../../src/shared/model/live';
import type { LineupProduct } from '../../../src/shared/protocol';
import type { Core } from '../../../src/main/core/core';
import { startSaleServer, type SaleServer } from '../../../src/sale-server/server';
import type { Logger } from '../../../src/sale-server/log';
import { databaseFile, invoke, product, startCore } from '../core/helpers';

export const TOKEN = 'test-token';
export const SERVER_SHOW = 'show-1';

/** Short timings so that reconnects and resends happen within a test. */
export const FAST_SYNC = {
  reconnect: { initialMs: 50, maxMs: 500, jitter: 0.2 },
  outbox: { ackTimeoutMs: 1000, retry: { initialMs: 100, maxMs: 500, jitter: 0.2 } },
};

const quiet: Logger = (entry) => {
  if (entry.level === 'error') process.stderr.write(`${JSON.stringify(entry)}\n`);
};

export function startServer(
  dataDir: string,
  options: { port?: number; products?: LineupProduct[]; retainEvents?: number } = {},
): Promise<SaleServer> {
  return startSaleServer({
    dataDir,
    token: TOKEN,
    port: options.port ?? 0,
    retainEvents: options.retainEvents,
    shows: [{ showId: SERVER_SHOW, products: options.products }],
    log: quiet,
  });
}

export function startConsole(dataDir: string): Core {
  return startCore(dataDir, { sync: FAST_SYNC });
}

/** Polls `condition` until it holds (or fails the test after `timeoutMs`). */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Records the core's events of one kind. */
export function record<E extends ApiEventName>(core: Core, event: E): ApiEvents[E][] {
  const seen: ApiEvents[E][] = [];
  core.events.listen((name: ApiEventName, payload: unknown) => {
    if (name === event) seen.push(payload as ApiEvents[E]);
  });
  return seen;
}

/** Creates a local show with the given products (SKU and opening stock). */
export async function createShow(
  core: Core,
  products: { sku: string; stock: number }[],
): Promise<number> {
  const show = await invoke(core, 'show.create', { name: 'Sync test' });
  for (const { sku, stock } of products) {
    await invoke(core, 'product.add', {
      showId: show.id,
      product: product(sku, { openingStock: stock, priceMinor: 1000 }),
    });
  }
  return show.id;
}

export async function liveState(core: Core): Promise<LiveState> {
  const state = await invoke(core, 'live.state', {});
  if (state === null) throw new Error('no run is open');
  return state;
}

export async function connected(core: Core): Promise<boolean> {
  return (await liveState(core)).link.state === 'connected';
}

/** Reads the console's database through a separate read-only connection. */
export function readConsoleDb<T>(dataDir: string, read: (db: Database.Database) => T): T {
  const db = new Database(databaseFile(dataDir), { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

export interface LogRow {
  kind: string;
  payload: Record<string, unknown>;
}

export function runLog(dataDir: string, runId: number, kind?: string): LogRow[] {
  return readConsoleDb(dataDir, (db) =>
    (
      db
        .prepare(
          `SELECT kind, payload FROM run_log WHERE run_id = ? ${kind ? 'AND kind = ?' : ''} ORDER BY seq`,
        )
        .all(...(kind ? [runId, kind] : [runId])) as { kind: string; payload: string }[]
    ).map((row) => ({
      kind: row.kind,
      payload: JSON.parse(row.payload) as Record<string, unknown>,
    })),
  );
}
