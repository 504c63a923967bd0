import { ClockReply, ConsoleMessage, parseWith } from '../../../shared/protocol';
import { ClockOffset } from './clock-offset';
import type { Connection } from './connection';
import { malformed, type ProtocolErrors } from './protocol-errors';

const CLOCK_TIMEOUT_MS = 5000;

/**
 * Keeps the clock offset to the server: a first value from the welcome, then a `clock` round
 * trip at once and every `intervalMs` while connected.
 */
export class ClockSync {
  private readonly offset = new ClockOffset();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly connection: Connection,
    private readonly errors: ProtocolErrors,
    private readonly intervalMs: number,
  ) {}

  get offsetMs(): number | null {
    return this.offset.offsetMs;
  }

  serverNow(now = Date.now()): number {
    return this.offset.serverNow(now);
  }

  /** The link is welcomed: take the welcome's time, then measure now and periodically. */
  start(serverTime: number, receivedAt: number): void {
    this.offset.fromWelcome(serverTime, receivedAt);
    this.stop();
    this.measure();
    this.timer = setInterval(() => this.measure(), this.intervalMs);
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private measure(): void {
    const sentAt = Date.now();
    const request = { name: ConsoleMessage.clock, payload: {}, timeoutMs: CLOCK_TIMEOUT_MS };
    this.connection.request(request, (error, raw) => {
      if (error !== null) return;
      const reply = parseWith(ClockReply, raw);
      if (reply.ok) this.offset.fromRoundTrip(sentAt, reply.value.serverTime, Date.now());
      else this.errors.record('malformed_message', malformed('clock', reply.issues), raw);
    });
  }
}
