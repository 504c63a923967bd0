import type { HandshakeAuth } from '../../../shared/protocol';
import type { LinkNote } from '../../../shared/model/link-note';
import { needsPerson } from '../../../shared/model/link-stop';
import type { LinkErrorReason, LinkState } from '../../../shared/model/live';
import { Link, type LinkRequest, type RequestCallback } from './link';
import { internalLinkError, linkErrorText } from './link-error';
import type { SyncTuning } from './tuning';

export interface ConnectionOptions {
  url: string;
  /** Built for every attempt (the resume point changes as events apply). */
  auth(): HandshakeAuth;
  tuning: SyncTuning;
  /** Journals a link change (run log kind `link`). */
  log(state: LinkState, note: LinkNote): void;
}

export interface ConnectionHooks {
  /** A socket opened; its welcome should follow. */
  opened(): void;
  /** A message arrived (unvalidated). */
  message(name: string, args: unknown[]): void;
  /** The server answered a request (a command's acknowledgement, a clock reply). */
  replied(): void;
  /** The connection is gone: answers to what was asked on it will not come. */
  lost(): void;
  /** The link state or its last error changed. */
  changed(): void;
}

/**
 * The link of a session with its state: `reconnecting` from the first attempt until a valid
 * welcome, `connected` after it, `offline` when stopped. Journals each change once, drops a
 * connection whose welcome does not come, and runs every handler guarded, so that an unexpected
 * error drops the connection (the next one resumes from the stored seq) instead of stalling.
 */
export class Connection {
  private readonly link: Link;
  private welcomed = false;
  private error: LinkErrorReason | null = null;
  private retryWait: number | null = null;
  private welcomeTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly options: ConnectionOptions,
    private readonly hooks: ConnectionHooks,
  ) {
    this.link = new Link(
      {
        url: options.url,
        auth: () => options.auth(),
        backoff: options.tuning.reconnect,
        connectTimeoutMs: options.tuning.connectTimeoutMs,
      },
      {
        open: () => this.guard(() => this.opened()),
        message: (name, args) => this.guard(() => hooks.message(name, args)),
        down: (reason, retryInMs) => this.guard(() => this.wentDown(reason, retryInMs)),
        refused: (reason) => this.guard(() => this.stopped(reason)),
      },
    );
  }

  get state(): LinkState {
    if (!this.link.isRunning) return 'offline';
    return this.welcomed ? 'connected' : 'reconnecting';
  }

  /** Why the last attempt failed or dropped, in English. */
  get lastError(): string | null {
    return this.error === null ? null : linkErrorText(this.error);
  }

  /** The same as a code with parameters. */
  get lastErrorReason(): LinkErrorReason | null {
    return this.error;
  }

  /** While reconnecting after a failure: the wait before the next attempt; null otherwise. */
  get retryInMs(): number | null {
    return this.link.isRunning && !this.welcomed ? this.retryWait : null;
  }

  /** Welcomed and open: commands may go out. */
  get ready(): boolean {
    return this.welcomed && this.link.isOpen;
  }

  start(): void {
    if (this.closed || this.link.isRunning) return;
    this.link.start();
    this.hooks.changed();
  }

  /** Stops the link because the producer disconnected. */
  stop(): void {
    if (!this.link.isRunning) return;
    this.link.stop();
    this.lose();
    this.options.log('offline', { code: 'console_stopped', params: {} });
    this.hooks.changed();
  }

  /**
   * Stops the link for a reason a person must look at (the server lost data): offline, with the
   * reason as the last error, until someone connects again.
   */
  halt(reason: LinkErrorReason): void {
    if (!this.link.isRunning) return;
    this.link.stop();
    this.stopped(reason);
  }

  /** Reconnects at once (for example with a new token), also after a stop for a person. */
  restart(): void {
    if (this.closed) return;
    if (this.link.isRunning) {
      this.link.stop();
      this.lose();
    }
    this.retryWait = null;
    this.link.start();
    this.hooks.changed();
  }

  /** The welcome on this connection was valid. */
  accept(serverSeq: number): void {
    this.clearWelcomeTimer();
    this.welcomed = true;
    this.error = null;
    this.retryWait = null;
    this.link.healthy();
    this.options.log('connected', { code: 'welcome', params: { seq: serverSeq } });
  }

  /** The welcome was not valid: drop and retry later, or stop when retrying cannot help. */
  reject(reason: LinkErrorReason): void {
    if (needsPerson(reason)) {
      this.halt(reason);
      return;
    }
    this.error = reason;
    this.link.drop(reason);
  }

  emit(name: string, payload: unknown): boolean {
    return this.link.emit(name, payload);
  }

  /** Sends with an acknowledgement (see Link.request); the callback runs guarded. */
  request(request: LinkRequest, callback: RequestCallback): boolean {
    return this.link.request(request, (error, reply) =>
      this.guard(() => {
        if (error === null) this.hooks.replied();
        callback(error, reply);
      }),
    );
  }

  /** Records an internal failure (a listener threw) so the link status shows it. */
  noteFailure(error: unknown): void {
    this.error = internalLinkError(error);
  }

  close(): void {
    this.closed = true;
    this.link.stop();
    this.lose();
  }

  /** Runs a handler; an unexpected error drops the connection instead of escaping. */
  guard(work: () => void): void {
    if (this.closed) return;
    try {
      work();
    } catch (error) {
      this.noteFailure(error);
      const reason = this.error ?? internalLinkError(error);
      try {
        this.options.log('reconnecting', {
          code: 'dropped',
          params: { error: reason, retryInMs: null },
        });
      } catch {
        // The database itself failed; the dropped link and the last error still tell it.
      }
      this.link.drop(reason);
    }
  }

  private opened(): void {
    this.hooks.opened();
    this.clearWelcomeTimer();
    this.welcomeTimer = setTimeout(
      () => this.link.drop({ code: 'no_welcome', params: {} }),
      this.options.tuning.welcomeTimeoutMs,
    );
  }

  private wentDown(reason: LinkErrorReason, retryInMs: number): void {
    const wasConnected = this.welcomed;
    this.lose();
    const text = linkErrorText(reason);
    if (wasConnected || text !== this.lastError) {
      this.options.log('reconnecting', { code: 'dropped', params: { error: reason, retryInMs } });
    }
    this.error = reason;
    this.retryWait = retryInMs;
    this.hooks.changed();
  }

  private stopped(reason: LinkErrorReason): void {
    this.lose();
    this.error = reason;
    this.options.log('offline', { code: 'stopped', params: { error: reason } });
    this.hooks.changed();
  }

  private lose(): void {
    this.welcomed = false;
    this.clearWelcomeTimer();
    this.hooks.lost();
  }

  private clearWelcomeTimer(): void {
    if (this.welcomeTimer !== null) clearTimeout(this.welcomeTimer);
    this.welcomeTimer = null;
  }
}
