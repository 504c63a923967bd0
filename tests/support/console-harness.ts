import { afterEach } from 'vitest';
import type { Core, CoreOptions } from '../../src/main/core/core';
import { runCrowd, type CrowdSummary } from '../../src/sale-server/crowd';
import type { Logger } from '../../src/shared/logger';
import {
  startSaleServer,
  type SaleServer,
  type SalePing,
  type ShowInspection,
} from '../../src/sale-server/server';
import type { ApiInput } from '../../src/shared/api/contract';
import type { LiveCommand, LiveRun } from '../../src/shared/model/live';
import type { LineupProduct } from '../../src/shared/protocol';
import { goLive, invoke } from './core-api';
import { createShow, liveState, startConsole, waitFor, type ShowProduct } from './console-core';
import { TEST_SHOW, TEST_TOKEN, type CrowdRun } from './sale-server';
import { TcpRelay } from '../../src/main/core/net/tcp-relay';
import { makeTempDir, removeTempDir } from './temp-dir';

/** Writes only the server's errors (to stderr), so that a test's output stays readable. */
const errorsOnly: Logger = (entry) => {
  if (entry.level === 'error') process.stderr.write(`${JSON.stringify(entry)}\n`);
};

export interface ServerOptions {
  /** Defaults to any free port. */
  port?: number;
  /** The show's lineup on the server; none by default (the console uploads its own). */
  products?: LineupProduct[];
  /** Events kept for a resume; older ones need a snapshot. */
  retainEvents?: number;
  /** Defaults to TEST_TOKEN. */
  token?: string;
  /** Defaults to TEST_SHOW. */
  showId?: string;
  /** Defaults to errors on stderr. */
  log?: Logger;
  /** The protocol additions the server agrees to (default: all it implements). */
  features?: readonly string[];
  /** The server's ping (default the reference server's; see SOCKET_IO_PING). */
  ping?: SalePing;
}

/** The reference sale server on 127.0.0.1 with one show; the caller closes it. */
export function startServer(dataDir: string, options: ServerOptions = {}): Promise<SaleServer> {
  return startSaleServer({
    dataDir,
    token: options.token ?? TEST_TOKEN,
    port: options.port ?? 0,
    retainEvents: options.retainEvents,
    shows: [{ showId: options.showId ?? TEST_SHOW, products: options.products }],
    log: options.log ?? errorsOnly,
    features: options.features,
    ...options.ping,
  });
}

export interface SessionOptions {
  /** The console's show: SKU and opening stock of each product. */
  products: readonly ShowProduct[];
  /** Connect through a TcpRelay that the test can cut or block; default: straight to the server. */
  proxy?: boolean;
  /** Events the server keeps for a resume. */
  retainEvents?: number;
  /** The protocol additions the server agrees to (default: all it implements). */
  serverFeatures?: readonly string[];
  /** The server's ping (default the reference server's; see SOCKET_IO_PING). */
  serverPing?: ServerOptions['ping'];
  /**
   * What to wait for after connecting: the lineup on the console (default), or the show started
   * and live.
   */
  until?: 'lineup' | 'live';
  /** Runs on the console's new show before it connects (to add talking points, say). */
  prepare?: (core: Core, showId: number) => Promise<void>;
}

/** The console's link to the server, as `link.connect` takes it. */
export type LinkTarget = ApiInput<'link.connect'>;

interface SessionParts {
  server: SaleServer;
  serverDir: string;
  serverOptions: ServerOptions;
  proxy: TcpRelay | null;
  core: Core;
  dataDir: string;
  showId: number;
  run: LiveRun;
  target: LinkTarget;
}

/**
 * A console with a show connected to a reference sale server (each in its own temp dir), with a
 * run open: what most console sync tests start from.
 */
export class SyncSession {
  readonly core: Core;
  readonly dataDir: string;
  readonly showId: number;
  /** The run as go-live opened it. */
  readonly run: LiveRun;
  readonly runId: number;
  /** What the console connected with; connecting again with it resumes the same run. */
  readonly target: LinkTarget;
  private current: SaleServer;

  constructor(private readonly parts: SessionParts) {
    this.core = parts.core;
    this.dataDir = parts.dataDir;
    this.showId = parts.showId;
    this.run = parts.run;
    this.runId = parts.run.id;
    this.target = parts.target;
    this.current = parts.server;
  }

  get server(): SaleServer {
    return this.current;
  }

  get proxy(): TcpRelay {
    if (!this.parts.proxy) throw new Error('this session was opened without a proxy');
    return this.parts.proxy;
  }

  /** The show as the server's ledger has it now. */
  inspect(): ShowInspection {
    return this.current.inspect(TEST_SHOW);
  }

  serverSeq(): number {
    return this.inspect().seq;
  }

  /** Issues a console command (through the outbox); resolves once it is stored. */
  command(command: LiveCommand): Promise<{ commandId: string }> {
    return invoke(this.core, 'live.command', { command });
  }

  /** Simulated viewers buying on the server's show. */
  crowd(options: CrowdRun): Promise<CrowdSummary> {
    return runCrowd({ url: this.current.url, token: TEST_TOKEN, showId: TEST_SHOW, ...options });
  }

  /** Waits until `core` (this session's console by default) has applied the server's last event. */
  async caughtUp(core: Core = this.core): Promise<void> {
    await waitFor(
      async () => (await liveState(core)).link.lastSeq === this.serverSeq(),
      'the console to catch up with the server',
    );
  }

  /** Closes the server and starts it again on the same ledger and port. */
  async restartServer(): Promise<void> {
    const { port } = this.current;
    await this.current.close();
    this.current = await startServer(this.parts.serverDir, { ...this.parts.serverOptions, port });
  }
}

export interface ConsoleHarness {
  /** A fresh empty folder, removed after the test. */
  tempDir(): Promise<string>;
  /** A reference sale server in a fresh folder, closed after the test. */
  startServer(options?: ServerOptions): Promise<SaleServer>;
  /** A console core on `dataDir` with short sync timings, closed after the test. */
  startConsole(dataDir: string, options?: Partial<CoreOptions>): Core;
  /** Runs `cleanup` after the test (cleanups run last registered first). */
  defer(cleanup: () => Promise<void> | void): void;
  /** A new server and a new console with a show of `products`, connected (see SessionOptions). */
  openSession(options: SessionOptions): Promise<SyncSession>;
}

/**
 * Call at the top of a test file: servers, proxies, consoles and folders made through the harness
 * are closed and removed after each test.
 */
export function useConsoleHarness(): ConsoleHarness {
  const cleanups: (() => Promise<void> | void)[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    await Promise.all(dirs.splice(0).map(removeTempDir));
  });

  const harness: ConsoleHarness = {
    tempDir: async () => {
      const dir = await makeTempDir();
      dirs.push(dir);
      return dir;
    },
    startServer: async (options) => {
      const server = await startServer(await harness.tempDir(), options);
      harness.defer(() => server.close());
      return server;
    },
    startConsole: (dataDir, options) => {
      const core = startConsole(dataDir, options);
      harness.defer(() => core.close());
      return core;
    },
    defer: (cleanup) => {
      cleanups.push(cleanup);
    },
    openSession: async (options) => {
      const serverDir = await harness.tempDir();
      const serverOptions: ServerOptions = {
        retainEvents: options.retainEvents,
        features: options.serverFeatures,
        ping: options.serverPing,
      };
      const server = await startServer(serverDir, serverOptions);
      let session: SyncSession | null = null;
      // The server that runs at the end (restartServer replaces it) is the one to close.
      harness.defer(() => (session?.server ?? server).close());
      const proxy = options.proxy ? await TcpRelay.start(server.port) : null;
      if (proxy) harness.defer(() => proxy.close());
      const dataDir = await harness.tempDir();
      const core = harness.startConsole(dataDir);
      const showId = await createShow(core, options.products);
      await options.prepare?.(core, showId);
      const target: LinkTarget = {
        showId,
        serverUrl: proxy?.url ?? server.url,
        token: TEST_TOKEN,
        serverShowId: TEST_SHOW,
      };
      const run = await goLive(core, target);
      session = new SyncSession({
        server,
        serverDir,
        serverOptions,
        proxy,
        core,
        dataDir,
        showId,
        run,
        target,
      });
      // Open means acknowledged: the lineup (and the start) applied and no command pending, so a
      // test's first call never meets the upload still waiting for the server's answer.
      if (options.until === 'live') {
        await session.command({ type: 'startShow' });
        await waitFor(async () => {
          const state = await liveState(core);
          return state.showState === 'live' && state.link.commandsPending === 0;
        }, 'the show');
      } else {
        await waitFor(async () => {
          const state = await liveState(core);
          return (
            state.products.length === options.products.length && state.link.commandsPending === 0
          );
        }, 'the lineup');
      }
      return session;
    },
  };
  return harness;
}
