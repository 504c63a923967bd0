import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  INTAKE_NAMESPACE,
  ServerMessage,
  type AudienceStateMessage,
  type LineupProduct,
  type ProductDemand,
  type Snapshot,
  type ShowState,
} from '../shared/protocol';
import type { SaleClock } from '../shared/sale-clock';
import { realClock } from './clock';
import { Ledger, type OrderTotals } from './ledger/ledger';
import type { Logger } from '../shared/logger';
import { errorText, stderrLogger } from './log';
import { AudienceHub } from './hub/audience-hub';
import { Broadcaster } from './hub/broadcaster';
import { attachConsoleSocket, consoleRoom } from './hub/console-socket';
import { SERVER_FEATURES } from './hub/features';
import { ExpiryTimers, type Reporter } from './hub/expiry';
import { attachIntakeSocket } from './hub/intake-socket';
import { runLocalCrowd, type LocalCrowdPlan } from './hub/local-crowd';
import { OrderIntake } from './hub/order-intake';
import { ShowRegistry } from './hub/show-registry';
import { ViewerCounts } from './hub/viewer-counts';
import type { Show } from './show/show';
import type { CrowdSummary } from './crowd-run';

export interface SaleServerOptions {
  /** Folder for the ledger (sale-server.sqlite); created if missing. */
  dataDir: string;
  /** The show token consoles authenticate with. */
  token: string;
  /** The token of the `/intake` namespace; defaults to `token`. */
  intakeToken?: string;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Defaults to 0 (any free port). */
  port?: number;
  /** Shows to create if the ledger lacks them, with the lineup to load while they have none. */
  shows?: { showId: string; products?: LineupProduct[] }[];
  /** Events kept per show for resume (default 100,000); older ones need a snapshot. */
  retainEvents?: number;
  /** Events per `events` message at most (default 500). */
  batchMaxEvents?: number;
  /** How long an event may wait for its batch, in ms (default 5). */
  batchFlushMs?: number;
  /**
   * Orders per ledger transaction, and per turn of the event loop, at most (default 500, one
   * `events` batch at the default `batchMaxEvents`): each order of a transaction is stamped at its
   * start and sent at its commit, so a larger one makes its first orders wait longer.
   */
  intakeMaxBatch?: number;
  /** Least time between two `viewers` events of a show, in ms (default 1,000). */
  viewersIntervalMs?: number;
  /** Longest a viewer comment waits before it is relayed, in ms (default 100). */
  commentsFlushMs?: number;
  /** Least time between two `demand` messages of a show, in ms (default 1,000). */
  demandIntervalMs?: number;
  /** Where log lines go; defaults to JSON lines on stderr. */
  log?: Logger;
  /**
   * When timed pins and flash sales end; defaults to the wall clock. A rehearsal passes its show
   * clock so they last their span in show time (server times stay wall-clock ms epoch).
   */
  clock?: SaleClock;
  /**
   * The protocol additions this server agrees to when a console offers them (default: all it
   * implements, `SERVER_FEATURES`). Tests pass fewer to play an older server.
   */
  features?: readonly string[];
  /** How often a console that agreed to `heartbeat` gets one, in ms (default 500). */
  heartbeatMs?: number;
  /**
   * socket.io's ping, on consoles and viewers alike: every `pingIntervalMs` after a connection's
   * last pong (default 5,000) it is pinged, and dropped when no pong comes within
   * `pingTimeoutMs` (default 5,000); a peer gone silent without closing is dropped within their
   * sum. socket.io's own defaults (25 s + 20 s) kept a console's dead connection counted up to
   * 45 s after the console had connected again.
   */
  pingIntervalMs?: number;
  pingTimeoutMs?: number;
}

/** A server's ping (see `SaleServerOptions.pingIntervalMs`). */
export type SalePing = Required<Pick<SaleServerOptions, 'pingIntervalMs' | 'pingTimeoutMs'>>;

/** The reference server's ping. */
export const DEFAULT_PING: SalePing = { pingIntervalMs: 5000, pingTimeoutMs: 5000 };

export interface ShowInspection {
  showId: string;
  state: ShowState;
  seq: number;
  oldestSeq: number;
  snapshot: Snapshot;
  orders: OrderTotals;
  /** The `audience` addition: moderation state and running refused-attempt totals. */
  audience: Omit<AudienceStateMessage, 'at'>;
  demand: ProductDemand[];
}

export interface SaleServer {
  host: string;
  port: number;
  /** http://host:port; consoles connect to it, viewers to `${url}/intake`. */
  url: string;
  ledgerFile: string;
  /** Creates a show (planned) if missing, loading `products` while it has none. */
  ensureShow(showId: string, products?: LineupProduct[]): void;
  /** The show as the ledger has it now (tests, tools). */
  inspect(showId: string): ShowInspection;
  /**
   * A crowd buying on the show in this process: its buys go to the order intake without sockets
   * (the page benches' load generator, which shares the console's machine). Resolves once every
   * buy is answered.
   */
  crowd(showId: string, plan: LocalCrowdPlan): Promise<CrowdSummary>;
  /** Fault injection for tests of the console's sync engine. */
  faults: {
    /** Sends any message, valid or not, to every console of the show. */
    sendToConsoles(showId: string, message: string, payload: unknown): void;
    /** Drops every console connection of the show (they may reconnect). */
    disconnectConsoles(showId: string): void;
  };
  /** Sells and acknowledges what is queued, sends what is batched, then stops. */
  close(): Promise<void>;
}

/**
 * Starts the reference sale server; resolves once it listens. socket.io is loaded here, not with
 * the module: the console bundles this server for its rehearsals, and its start-up need not pay
 * for a server no rehearsal has asked for yet.
 */
export async function startSaleServer(options: SaleServerOptions): Promise<SaleServer> {
  const { Server } = await import('socket.io');
  const { eventsMessage, wireParser } = await import('./hub/wire-parser');
  const log = options.log ?? stderrLogger;
  const retain = Math.max(1, options.retainEvents ?? 100_000);
  const report: Reporter = (error, context) =>
    log({ level: 'error', msg: 'server error', context, error: errorText(error) });

  const ledger = new Ledger(options.dataDir);
  const broadcasters = new Map<string, Broadcaster<string>>();
  const clock = options.clock ?? realClock;
  const now = (): number => clock.now();
  const timers = new ExpiryTimers(clock, report);
  const httpServer = createServer((_request, response) => {
    response.writeHead(404).end();
  });
  const io = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 4_000_000,
    parser: wireParser,
    pingInterval: options.pingIntervalMs ?? DEFAULT_PING.pingIntervalMs,
    pingTimeout: options.pingTimeoutMs ?? DEFAULT_PING.pingTimeoutMs,
  });

  const broadcasterOf = (show: Show): Broadcaster<string> => {
    let broadcaster = broadcasters.get(show.showId);
    if (!broadcaster) {
      const room = consoleRoom(show.showId);
      broadcaster = new Broadcaster<string>(
        (eventsJson) => io.to(room).emit(ServerMessage.events, eventsMessage(eventsJson)),
        { maxEvents: options.batchMaxEvents ?? 500, flushMs: options.batchFlushMs ?? 5 },
      );
      broadcasters.set(show.showId, broadcaster);
    }
    return broadcaster;
  };

  const audience = new AudienceHub(
    io.of('/'),
    {
      commentsFlushMs: options.commentsFlushMs ?? 100,
      demandIntervalMs: options.demandIntervalMs ?? 1000,
    },
    now,
    report,
  );
  const shows = new ShowRegistry(
    ledger,
    {
      committed: (show, events, eventsJson) => {
        broadcasterOf(show).push(eventsJson);
        timers.observe(show, events);
        show.advanceReplayWindow(retain);
      },
      moderated: (show, message) => {
        broadcasterOf(show).flush();
        audience.moderated(show, message);
      },
    },
    now,
  );
  for (const { showId, products } of options.shows ?? []) shows.ensure(showId, products);
  for (const show of shows.all()) {
    timers.restore(show);
    show.advanceReplayWindow(retain);
  }

  const intake = new OrderIntake(ledger, options.intakeMaxBatch ?? 500, report, clock, (show) =>
    audience.demandChanged(show),
  );
  const viewers = new ViewerCounts(options.viewersIntervalMs ?? 1000, report, now);
  const flush = (show: Show) => broadcasterOf(show).flush();
  attachConsoleSocket(io.of('/'), {
    token: options.token,
    ledger,
    shows,
    log,
    clock,
    flush,
    features: options.features ?? SERVER_FEATURES,
    heartbeatMs: options.heartbeatMs ?? 500,
    audience,
  });
  attachIntakeSocket(io.of(INTAKE_NAMESPACE), {
    token: options.intakeToken ?? options.token,
    shows,
    intake,
    viewers,
    audience,
    log,
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? 0, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  log({ level: 'info', msg: 'sale server listening', url, ledger: ledger.file });

  const requireShow = (showId: string): Show => {
    const show = shows.get(showId);
    if (!show) throw new Error(`no show ${showId}`);
    return show;
  };

  let closing: Promise<void> | null = null;
  return {
    host,
    port,
    url,
    ledgerFile: ledger.file,
    ensureShow: (showId, products) => {
      const { show } = shows.ensure(showId, products);
      timers.restore(show);
    },
    crowd: (showId, plan) =>
      runLocalCrowd({ intake, viewers, audience }, requireShow(showId), plan),
    inspect: (showId) => {
      const show = requireShow(showId);
      return {
        showId,
        state: show.state,
        seq: show.seq,
        oldestSeq: show.oldestSeq,
        snapshot: show.snapshot(),
        orders: ledger.orderTotals(showId),
        audience: show.audience.moderationState(),
        demand: show.audience.demandMessage(now()).products,
      };
    },
    faults: {
      sendToConsoles: (showId, message, payload) => {
        flush(requireShow(showId));
        io.to(consoleRoom(showId)).emit(message, payload);
      },
      disconnectConsoles: (showId) => {
        flush(requireShow(showId));
        io.in(consoleRoom(showId)).disconnectSockets(true);
      },
    },
    close: () => {
      closing ??= (async () => {
        intake.close();
        viewers.close();
        audience.close();
        for (const broadcaster of broadcasters.values()) broadcaster.close();
        timers.close();
        await io.close();
        ledger.close();
        log({ level: 'info', msg: 'sale server closed', url });
      })();
      return closing;
    },
  };
}
