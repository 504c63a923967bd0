import Database from 'better-sqlite3';
import type { Core, CoreOptions } from '../../src/main/core/core';
import type { ApiEventName, ApiEvents } from '../../src/shared/api/contract';
import type { LiveState } from '../../src/shared/model/live';
import { databaseFile, invoke, product, startCore } from './core-api';

/** Short timings so that resends happen within a test (reconnects keep the app's own timings). */
export const FAST_SYNC = {
  outbox: { ackTimeoutMs: 1000, retry: { initialMs: 100, maxMs: 500, jitter: 0.2 } },
};

/** A console core on `dataDir` with short sync timings (the caller closes it). */
export function startConsole(dataDir: string, options: Partial<CoreOptions> = {}): Core {
  return startCore(dataDir, { sync: FAST_SYNC, ...options });
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

/** SKU and opening stock of a product in a test show. */
export interface ShowProduct {
  sku: string;
  stock: number;
}

/** Creates a local show with the given products (each priced 10.00). */
export async function createShow(core: Core, products: readonly ShowProduct[]): Promise<number> {
  const show = await invoke(core, 'show.create', { name: 'Sync test' });
  for (const { sku, stock } of products) {
    await invoke(core, 'product.add', {
      showId: show.id,
      product: product(sku, { openingStock: stock, priceMinor: 1000 }),
    });
  }
  return show.id;
}

/** The open run's live state; fails when no run is open. */
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

/** A run's log entries (of one kind, if given) in order, with their payloads parsed. */
export function runLog(dataDir: string, runId: number, kind?: string): LogRow[] {
  return readConsoleDb(dataDir, (db) =>
    (
      db
        .prepare(
          `SELECT kind, payload FROM run_log_entries WHERE run_id = ? ${kind ? 'AND kind = ?' : ''} ORDER BY seq`,
        )
        .all(...(kind ? [runId, kind] : [runId])) as { kind: string; payload: string }[]
    ).map((row) => ({
      kind: row.kind,
      payload: JSON.parse(row.payload) as Record<string, unknown>,
    })),
  );
}
