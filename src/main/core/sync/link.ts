import type { Socket } from 'socket.io-client';
import { loadSocketClient, loadedSocketClient } from '../net/socket-client';
import { HandshakeError, parseWith, type HandshakeAuth } from '../../../shared/protocol';
import { Backoff, type BackoffOptions } from './backoff';
import type { LinkErrorReason } from '../../../shared/model/live';
import { needsPerson } from '../../../shared/model/link-stop';

export interface LinkOptions {
  /** The sale server's origin (http(s)://host:port). */
  url: string;
  /** Built for every attempt, so that `fromSeq` is the last seq applied at that moment. */
  auth: () => HandshakeAuth;
  backoff: BackoffOptions;
  /** How long a connection attempt may take. */
  connectTimeoutMs: number;
}

export interface LinkListener {
  /** The server accepted the handshake; its first message (welcome) should follow. */
  open(): void;
  /** Any message from the server, unvalidated: `args` are every argument it carried. */
  message(name: string, args: unknown[]): void;
  /** The connection dropped or an attempt failed; the link retries after `retryInMs`. */
  down(reason: LinkErrorReason, retryInMs: number): void;
  /** The server refused in a way that retrying cannot fix: the link has stopped. */
  refused(reason: LinkErrorReason): void;
}

export type RequestCallback = (error: Error | null, reply: unknown) => void;

/** A message the server acknowledges (see Link.request). */
export interface LinkRequest {
  name: string;
  payload: unknown;
  /** How long the reply may take before the callback runs with a timeout error. */
  timeoutMs: number;
  /** Hands on a reply that comes after the timeout as well. */
  keepLate?: boolean;
}

/**
 * One socket.io connection to a sale server, kept up until stopped: every drop or failed attempt
 * is followed by a new attempt after a capped exponential backoff, except a refusal that needs a
 * person (bad token, version or show), which stops the link. Each attempt is a fresh socket,
 * so nothing from an old connection can arrive after a new one opened. It only moves bytes: the
 * listener validates everything it receives.
 */
export class Link {
  private socket: Socket | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private readonly backoff: Backoff;
  private running = false;

  constructor(
    private readonly options: LinkOptions,
    private readonly listener: LinkListener,
  ) {
    this.backoff = new Backoff(options.backoff);
  }

  get isOpen(): boolean {
    return this.socket?.connected ?? false;
  }

  get isRunning(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.attempt();
  }

  stop(): void {
    this.running = false;
    this.clearRetry();
    this.closeSocket();
  }

  /** The connection is healthy (the welcome was good): the next drop retries quickly again. */
  healthy(): void {
    this.backoff.reset();
  }

  /** Drops the current connection (for example after a bad welcome) and retries later. */
  drop(reason: LinkErrorReason): void {
    if (!this.running || this.socket === null) return;
    this.closeSocket();
    this.scheduleRetry(reason);
  }

  /** Sends a message without acknowledgement; false when not connected. */
  emit(name: string, payload: unknown): boolean {
    const socket = this.socket;
    if (!socket?.connected) return false;
    socket.emit(name, payload);
    return true;
  }

  /**
   * Sends a message that the server acknowledges; false (and no callback) when not connected.
   * With `keepLate`, a reply that comes after the timeout is handed on as well: the callback runs
   * with the timeout's error, then with the late reply (if it comes on this connection).
   */
  request(
    { name, payload, timeoutMs, keepLate = false }: LinkRequest,
    callback: RequestCallback,
  ): boolean {
    const socket = this.socket;
    if (!socket?.connected) return false;
    if (!keepLate) {
      socket.timeout(timeoutMs).emit(name, payload, (error: Error | null, reply: unknown) => {
        callback(error, reply);
      });
      return true;
    }
    const timer = setTimeout(
      () => callback(new Error('operation has timed out'), undefined),
      timeoutMs,
    );
    socket.emit(name, payload, (reply: unknown) => {
      clearTimeout(timer);
      callback(null, reply);
    });
    return true;
  }

  private attempt(): void {
    this.retryTimer = null;
    if (!this.running) return;
    const client = loadedSocketClient();
    if (client === undefined) {
      // The first attempt of the process waits for socket.io-client; the later ones go at once.
      // Once it is loaded, only one attempt goes (start, stop and start again may ask twice).
      void loadSocketClient().then(() => {
        if (this.socket === null && this.retryTimer === null) this.attempt();
      });
      return;
    }
    const socket = client.io(this.options.url, {
      forceNew: true,
      reconnection: false,
      // A replay's messages are handed on one per turn of the event loop (see PacedWebSocket).
      transports: [client.PacedWebSocket],
      timeout: this.options.connectTimeoutMs,
      auth: (deliver) => deliver(this.options.auth()),
    });
    this.socket = socket;
    socket.on('connect', () => {
      if (this.socket === socket) this.listener.open();
    });
    socket.on('connect_error', (error: Error & { data?: unknown }) => {
      if (this.socket !== socket) return;
      const reason = describeConnectError(error);
      if (needsPerson(reason)) {
        this.stop();
        this.listener.refused(reason);
        return;
      }
      this.closeSocket();
      this.scheduleRetry(reason);
    });
    socket.on('disconnect', (reason: string) => {
      if (this.socket !== socket) return;
      this.closeSocket();
      this.scheduleRetry({ code: 'disconnected', params: { reason } });
    });
    socket.onAny((name: unknown, ...args: unknown[]) => {
      if (this.socket !== socket) return;
      this.listener.message(typeof name === 'string' ? name : String(name), args);
    });
  }

  private scheduleRetry(reason: LinkErrorReason): void {
    if (!this.running) return;
    this.clearRetry();
    const delay = this.backoff.next();
    this.retryTimer = setTimeout(() => this.attempt(), delay);
    this.listener.down(reason, delay);
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private closeSocket(): void {
    const socket = this.socket;
    this.socket = null;
    if (socket === null) return;
    socket.removeAllListeners();
    socket.offAny();
    socket.disconnect();
  }
}

function describeConnectError(error: Error & { data?: unknown }): LinkErrorReason {
  const refusal = parseWith(HandshakeError, error.data);
  return refusal.ok
    ? {
        code: 'refused',
        params: { refusal: refusal.value.code, message: refusal.value.message },
      }
    : { code: 'unreachable', params: { message: error.message } };
}
