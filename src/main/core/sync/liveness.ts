export interface LivenessTuning {
  /** Without any message for this long, the link is stale (its figures are not current). */
  staleAfterMs: number;
  /** Without heartbeats, a silence this long sends a `clock` probe whose reply counts. */
  probeAfterMs: number;
  /** How often the silence is checked while connected. */
  checkMs: number;
  /** How long a probe may wait for its reply before the next one goes. */
  probeTimeoutMs: number;
  /**
   * A connection silent this long, with a probe of the silence unanswered for its whole wait, is
   * dead (the peer gone without closing): it is dropped, and the link reconnects and resumes.
   */
  deadAfterMs: number;
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
  /** The connection is dead after `silentMs` of silence (see deadAfterMs); liveness has stopped. */
  dead(silentMs: number): void;
  now?: () => number;
}

/**
 * Whether a connected link still carries news: stale after `staleAfterMs` without any message
 * (event, heartbeat, reply). With the `heartbeat` feature the server speaks at least once a
 * second by itself, and a stale link is probed with `clock`; without it, a quiet link is probed
 * after `probeAfterMs`, so that a server that is merely idle does not look stale, while one whose
 * traffic stalls does. A link silent for `deadAfterMs` whose probe went unanswered is dead.
 */
export class Liveness {
  private lastMessageAt: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private heartbeats = false;
  private probing = false;
  /** A probe of the current silence waited its whole timeout without an answer. */
  private unanswered = false;
  /** Counts the connections watched, so that a probe of an earlier one settles nothing here. */
  private round = 0;
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
    this.round += 1;
    this.probing = false;
    this.unanswered = false;
    this.staleNow = false;
  }

  /** Any message or reply arrived. */
  received(): void {
    const at = this.now();
    const silentMs = this.lastMessageAt === null ? 0 : at - this.lastMessageAt;
    this.lastMessageAt = at;
    this.unanswered = false;
    if (!this.staleNow) return;
    this.staleNow = false;
    this.deps.changed(false, silentMs);
  }

  /** Checks the silence now (the timer does it every `checkMs`). */
  check(): void {
    if (this.timer === null || this.lastMessageAt === null) return;
    const { staleAfterMs, probeAfterMs, probeTimeoutMs, deadAfterMs } = this.deps.tuning;
    const now = this.now();
    const silentMs = now - this.lastMessageAt;
    if (!this.probing && silentMs >= (this.heartbeats ? staleAfterMs : probeAfterMs)) {
      const round = this.round;
      this.probing = this.deps.probe(probeTimeoutMs, (replied) => {
        if (round !== this.round) return;
        this.probing = false;
        if (replied) this.received();
        // A timeout that fires late means this process was busy: the answer may be waiting to
        // be read, so it says nothing about the server.
        else if (this.now() - now <= probeTimeoutMs * 1.5) this.unanswered = true;
      });
    }
    if (!this.staleNow && silentMs > staleAfterMs) {
      this.staleNow = true;
      this.deps.changed(true, silentMs);
    }
    if (this.unanswered && silentMs >= deadAfterMs) {
      this.stop();
      this.deps.dead(silentMs);
    }
  }
}
