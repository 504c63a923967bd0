import type { Namespace, Socket } from 'socket.io';
import {
  AUDIENCE_FEATURE,
  ClockRequest,
  ConsoleMessage,
  HEARTBEAT_FEATURE,
  HISTORY_FEATURE,
  HandshakeAuth,
  agreedFeatures,
  PROTOCOL_VERSION,
  RequestSnapshot,
  Resume,
  describeIssues,
  parseWith,
  type ClockReply,
} from '../../shared/protocol';
import type { SaleClock } from '../../shared/sale-clock';
import type { Ledger } from '../ledger/ledger';
import type { Logger } from '../../shared/logger';
import type { Show } from '../show/show';
import type { AudienceHub } from './audience-hub';
import { refusal, splitArgs, tokensEqual } from './auth';
import { handleCommand } from './command-handler';
import { startHeartbeat } from './heartbeat';
import { historyReply } from './history';
import { sendResume, sendSnapshot, sendWelcome } from './replay';
import type { ShowRegistry } from './show-registry';

export interface ConsoleSocketDeps {
  token: string;
  ledger: Ledger;
  shows: ShowRegistry;
  log: Logger;
  clock: SaleClock;
  /** Sends the show's waiting broadcast batch now. */
  flush: (show: Show) => void;
  /** The protocol additions this server implements and agrees to when offered. */
  features: readonly string[];
  /** How often a connection that agreed to `heartbeat` gets one, in ms. */
  heartbeatMs: number;
  audience: AudienceHub;
}

export function consoleRoom(showId: string): string {
  return `show:${showId}`;
}

interface ConsoleData {
  showId: string;
  consoleId: string;
  fromSeq: number | undefined;
  /** The additions agreed for this connection, sent in its welcome. */
  features: string[];
}

const knownMessages = new Set<string>(Object.values(ConsoleMessage));

/** The consoles' namespace: handshake, welcome, resume, commands and clock. */
export function attachConsoleSocket(namespace: Namespace, deps: ConsoleSocketDeps): void {
  namespace.use((socket, next) => {
    const auth = parseWith(HandshakeAuth, socket.handshake.auth);
    if (!auth.ok) {
      next(refusal('invalid_handshake', `invalid handshake: ${describeIssues(auth.issues)}`));
      return;
    }
    const { token, showId, consoleId, protocolVersion, fromSeq, features } = auth.value;
    if (!tokensEqual(token, deps.token)) {
      next(refusal('bad_token', 'the show token is not valid'));
    } else if (protocolVersion !== PROTOCOL_VERSION) {
      next(
        refusal(
          'bad_version',
          `protocol version ${protocolVersion} is not supported; this server speaks ${PROTOCOL_VERSION}`,
          PROTOCOL_VERSION,
        ),
      );
    } else if (!deps.shows.get(showId)) {
      next(refusal('unknown_show', `this server hosts no show ${showId}`));
    } else {
      const data: ConsoleData = {
        showId,
        consoleId,
        fromSeq,
        features: agreedFeatures(features, deps.features),
      };
      socket.data = data;
      next();
    }
  });

  namespace.on('connection', (socket) => {
    const data = socket.data as ConsoleData;
    const show = deps.shows.get(data.showId);
    if (!show) {
      socket.disconnect(true);
      return;
    }
    deps.flush(show);
    sendWelcome(socket, show, deps.clock.now(), data.features);
    if (data.fromSeq !== undefined) {
      sendResume(socket, show, deps.ledger, data.fromSeq, deps.clock.now());
    }
    void socket.join(consoleRoom(show.showId));
    if (data.features.includes(HEARTBEAT_FEATURE)) {
      startHeartbeat(socket, show, deps.heartbeatMs, {
        now: () => deps.clock.now(),
        flush: deps.flush,
      });
    }
    if (data.features.includes(AUDIENCE_FEATURE)) deps.audience.join(socket, show);
    deps.log({
      level: 'info',
      msg: 'console connected',
      showId: show.showId,
      consoleId: data.consoleId,
    });
    socket.once('disconnect', (reason) =>
      deps.log({
        level: 'info',
        msg: 'console disconnected',
        showId: show.showId,
        consoleId: data.consoleId,
        reason,
      }),
    );
    listen(socket, show, data, deps);
  });
}

function listen(socket: Socket, show: Show, data: ConsoleData, deps: ConsoleSocketDeps): void {
  const drop = (message: string, issues: string) =>
    deps.log({ level: 'warn', msg: `malformed ${message} dropped`, showId: show.showId, issues });

  socket.on(ConsoleMessage.command, (...args: unknown[]) => {
    const { payload, ack } = splitArgs(args);
    if (ack === null) {
      drop(ConsoleMessage.command, 'no acknowledgement callback');
      return;
    }
    const reply = handleCommand(
      show,
      deps.ledger,
      payload,
      deps.log,
      deps.clock,
      (socket.data as ConsoleData).features,
    );
    deps.flush(show);
    ack(reply);
  });

  socket.on(ConsoleMessage.resume, (...args: unknown[]) => {
    const parsed = parseWith(Resume, splitArgs(args).payload);
    if (!parsed.ok) {
      drop(ConsoleMessage.resume, describeIssues(parsed.issues));
      return;
    }
    deps.flush(show);
    sendResume(socket, show, deps.ledger, parsed.value.fromSeq, deps.clock.now());
  });

  socket.on(ConsoleMessage.requestSnapshot, (...args: unknown[]) => {
    const parsed = parseWith(RequestSnapshot, splitArgs(args).payload ?? {});
    if (!parsed.ok) {
      drop(ConsoleMessage.requestSnapshot, describeIssues(parsed.issues));
      return;
    }
    deps.flush(show);
    sendSnapshot(socket, show, deps.clock.now());
  });

  socket.on(ConsoleMessage.clock, (...args: unknown[]) => {
    const { payload, ack } = splitArgs(args);
    const parsed = parseWith(ClockRequest, payload ?? {});
    if (ack === null || !parsed.ok) {
      drop(
        ConsoleMessage.clock,
        parsed.ok ? 'no acknowledgement callback' : describeIssues(parsed.issues),
      );
      return;
    }
    const reply: ClockReply = { serverTime: deps.clock.now() };
    ack(reply);
  });

  if (data.features.includes(HISTORY_FEATURE)) {
    socket.on(ConsoleMessage.history, (...args: unknown[]) => {
      const { payload, ack } = splitArgs(args);
      if (ack === null) {
        drop(ConsoleMessage.history, 'no acknowledgement callback');
        return;
      }
      ack(historyReply(show, deps.ledger, payload, deps.log));
    });
  }

  socket.onAny((name: unknown) => {
    const agreed = name !== ConsoleMessage.history || data.features.includes(HISTORY_FEATURE);
    if (typeof name !== 'string' || !knownMessages.has(name) || !agreed) {
      deps.log({
        level: 'warn',
        msg: 'unknown message dropped',
        showId: show.showId,
        name: String(name),
      });
    }
  });
}
