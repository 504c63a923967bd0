import type { Core } from '../../src/main/core/core';
import { TcpRelay } from '../../src/main/core/net/tcp-relay';
import type { LiveRun } from '../../src/shared/model/live';
import { createShow, liveState, runLog, waitFor, type ShowProduct } from './console-core';
import type { ConsoleHarness } from './console-harness';
import { goLive } from './core-api';
import { DocServer, type DocServerOptions } from './doc-server/server';

/** A console connected (through a relay a test can cut or stall) to the doc server. */
export interface DocSession {
  doc: DocServer;
  relay: TcpRelay;
  core: Core;
  dataDir: string;
  run: LiveRun;
}

/**
 * Starts a doc server (docs/protocol.md's server, tests/support/doc-server) and a console with a
 * show of `products` gone live against it through a TcpRelay; the console uploads its lineup.
 */
export async function openDocSession(
  harness: ConsoleHarness,
  products: readonly ShowProduct[],
  options: DocServerOptions = {},
): Promise<DocSession> {
  const doc = await DocServer.start(options);
  harness.defer(() => doc.close());
  const relay = await TcpRelay.start(doc.port);
  harness.defer(() => relay.close());
  const dataDir = await harness.tempDir();
  const core = harness.startConsole(dataDir);
  const showId = await createShow(core, products);
  const run = await goLive(core, {
    showId,
    serverUrl: relay.url,
    token: doc.token,
    serverShowId: doc.show.showId,
  });
  await waitFor(
    async () => (await liveState(core)).products.length === products.length,
    'the lineup on the console',
  );
  return { doc, relay, core, dataDir, run };
}

/** Waits until the console has applied the doc server's last event. */
export function caughtUp({ core, doc }: DocSession): Promise<void> {
  return waitFor(
    async () => (await liveState(core)).link.lastSeq === doc.show.seq,
    `the console to reach seq ${doc.show.seq}`,
  );
}

/** The order ids in the console's run log, in log order. */
export function loggedOrders({ dataDir, run }: DocSession): string[] {
  return runLog(dataDir, run.id, 'event')
    .filter((row) => row.payload.type === 'order')
    .map((row) => String(row.payload.orderId));
}

/** The order ids the doc server committed, in seq order. */
export function serverOrders({ doc }: DocSession): string[] {
  return doc.show.log.flatMap((event) => (event.type === 'order' ? [event.orderId] : []));
}
