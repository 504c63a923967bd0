import type { Core } from '../../src/main/core/core';
import { TcpRelay } from '../../src/main/core/net/tcp-relay';
import type { LinkStatus, LiveCommand, LiveRun } from '../../src/shared/model/live';
import { createShow, liveState, runLog, waitFor, type ShowProduct } from './console-core';
import { useConsoleHarness, type ConsoleHarness } from './console-harness';
import { goLive, invoke } from './core-api';
import { DocServer, type DocServerOptions } from './doc-server/server';

/** A console connected (through a relay a test can cut or stall) to the doc server. */
export class DocSession {
  constructor(
    readonly doc: DocServer,
    readonly relay: TcpRelay,
    readonly core: Core,
    readonly dataDir: string,
    readonly run: LiveRun,
  ) {}

  /** Issues a console command (through the outbox); resolves once it is stored. */
  command(command: LiveCommand): Promise<{ commandId: string }> {
    return invoke(this.core, 'live.command', { command });
  }

  /** Starts the show; resolves once the console shows it live with no command pending. */
  async live(): Promise<void> {
    await this.command({ type: 'startShow' });
    await waitFor(async () => {
      const state = await liveState(this.core);
      return state.showState === 'live' && state.link.commandsPending === 0;
    }, 'the show live');
  }

  /** The console's link as it reports it now. */
  async link(): Promise<LinkStatus> {
    return (await liveState(this.core)).link;
  }

  /** Waits until the console has applied the doc server's last event. */
  caughtUp(): Promise<void> {
    return waitFor(
      async () => (await this.link()).lastSeq === this.doc.show.seq,
      `the console to reach seq ${this.doc.show.seq}`,
    );
  }

  /** The order ids in the console's run log, in log order. */
  loggedOrders(): string[] {
    return runLog(this.dataDir, this.run.id, 'event')
      .filter((row) => row.payload.type === 'order')
      .map((row) => String(row.payload.orderId));
  }

  /** The order ids the doc server committed, in seq order. */
  serverOrders(): string[] {
    return this.doc.show.log.flatMap((event) => (event.type === 'order' ? [event.orderId] : []));
  }
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
  return new DocSession(doc, relay, core, dataDir, run);
}

/**
 * Call at the top of a test file: returns a function that opens a doc session (see
 * openDocSession); servers, relays, consoles and folders are closed after each test.
 */
export function useDocSessions(): (
  products: readonly ShowProduct[],
  options?: DocServerOptions,
) => Promise<DocSession> {
  const harness = useConsoleHarness();
  return (products, options) => openDocSession(harness, products, options);
}
