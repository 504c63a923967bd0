interface Sample {
  offsetMs: number;
  roundTripMs: number;
}

const KEEP = 8;

/**
 * The server's clock minus the console's, in ms. A round trip (clock request and its reply) gives
 * a sample good to half its duration; the estimate is the sample with the shortest round trip
 * among the last few. The welcome's server time gives a first, rougher value.
 */
export class ClockOffset {
  private samples: Sample[] = [];
  private rough: number | null = null;

  /** The welcome's server time, received at `receivedAt` (console clock). */
  fromWelcome(serverTime: number, receivedAt: number): void {
    this.rough = serverTime - receivedAt;
  }

  /** A clock reply: asked at `sentAt`, answered with `serverTime`, received at `receivedAt`. */
  fromRoundTrip(sentAt: number, serverTime: number, receivedAt: number): void {
    const roundTripMs = Math.max(0, receivedAt - sentAt);
    const offsetMs = serverTime - (sentAt + roundTripMs / 2);
    this.samples.push({ offsetMs, roundTripMs });
    if (this.samples.length > KEEP) this.samples.shift();
  }

  /** null until the first measurement. */
  get offsetMs(): number | null {
    if (this.samples.length === 0) return this.rough === null ? null : Math.round(this.rough);
    let best = this.samples[0];
    for (const sample of this.samples) if (sample.roundTripMs < best.roundTripMs) best = sample;
    return Math.round(best.offsetMs);
  }

  /** Server time now, by the best estimate (the console's own clock before any measurement). */
  serverNow(now: number): number {
    return now + (this.offsetMs ?? 0);
  }
}
