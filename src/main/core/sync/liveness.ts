export interface LivenessTuning {
  /** Without any message for this long, the link is stale (its figures are not current). */
  staleAfterMs: number;
  /** Without heartbeats, a silence this long sends a `clock` probe whose reply counts. */
  probeAfterMs: number;
  /** How often the silence is checked while connected. */
  checkMs: number;
  /** How long a probe may wait for its reply before the next one goes. */
  probeTimeoutMs: number;
}

export interface LivenessDeps {
  tuning: LivenessTuning;
  /**
   * Sends a request the server answers (`clock`); `settled` runs once, with whether an answer
   * came within `timeoutMs`. false when it could not be sent.
   */
  probe(timeoutMs: number, settled: (replied: boolean) => void): boolean;
  /** The link turned stale, or messages came again after `silentMs` without any. */
  changed(stale: boolean, silentMs: number): void;
  now?: () => number;
}

/**
 * Whether a connected link still carries news: stale after `staleAfterMs` without any message
 * (event, heartbeat, reply). With the `heartbeat` feature the server speaks at least once a
 * second by itself; without it, a quiet link is probed with `clock` so that a server that is
 * merely idle does not look stale, while one whose traffic stalls does.
 */
export class Liveness {
  private lastMessageAt: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private heartbeats = false;
  private probing = false;
  private staleNow = false;
  private readonly now: () => number;

  constructor(private readonly deps: LivenessDeps) {
    this.now = deps.now ?? Date.now;
  }

  get stale(): boolean {
    return this.staleNow;
  }

  /** The connection was welcomed; `heartbeats` says whether the server agreed to send them. */
  start(heartbeats: boolean): void {
    this.stop();
    this.heartbeats = heartbeats;
    this.lastMessageAt = this.now();
    this.timer = setInterval(() => this.check(), this.deps.tuning.checkMs);
  }

  /** The connection is gone: being down says more than being stale. */
  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.probing = false;
    this.staleNow = false;
  }

  /** Any message or reply arrived. */
  received(): void {
    const at = this.now();
    const silentMs = this.lastMessageAt === null ? 0 : at - this.lastMessageAt;
    this.lastMessageAt = at;
    if (!this.staleNow) return;
    this.staleNow = false;
    this.deps.changed(false, silentMs);
  }

  /** Checks the silence now (the timer does it every `checkMs`). */
  check(): void {
    if (this.timer === null || this.lastMessageAt === null) return;
    const { staleAfterMs, probeAfterMs, probeTimeoutMs } = this.deps.tuning;
    const silentMs = this.now() - this.lastMessageAt;
    if (!this.heartbeats && !this.probing && silentMs >= probeAfterMs) {
      this.probing = this.deps.probe(probeTimeoutMs, (replied) => {
        this.probing = false;
        if (replied) this.received();
      });
    }
    if (!this.staleNow && silentMs > staleAfterMs) {
      this.staleNow = true;
      this.deps.changed(true, silentMs);
    }
  }
}
