import { describe, expect, it } from 'vitest';
import { Backoff } from '../../../src/main/core/sync/backoff';
import { ClockOffset } from '../../../src/main/core/sync/clock-offset';
import {
  DEAD_AFTER_ENV,
  defaultSyncTuning,
  syncTuningFromEnv,
} from '../../../src/main/core/sync/tuning';

describe('Backoff', () => {
  it('doubles up to the cap, and starts over after a reset', () => {
    const backoff = new Backoff({ initialMs: 100, maxMs: 1000, jitter: 0 });
    expect([1, 2, 3, 4, 5, 6].map(() => backoff.next())).toEqual([100, 200, 400, 800, 1000, 1000]);
    backoff.reset();
    expect(backoff.next()).toBe(100);
  });

  it('goes at once the first time after a start or a reset when asked to', () => {
    const backoff = new Backoff({ initialMs: 100, maxMs: 1000, jitter: 0, immediateFirst: true });
    expect([1, 2, 3].map(() => backoff.next())).toEqual([0, 100, 200]);
    backoff.reset();
    expect([1, 2].map(() => backoff.next())).toEqual([0, 100]);
  });

  it('spreads each delay by the jitter, never past the cap', () => {
    const low = new Backoff({ initialMs: 100, maxMs: 1000, jitter: 0.2 }, () => 0);
    const high = new Backoff({ initialMs: 100, maxMs: 1000, jitter: 0.2 }, () => 1);
    expect(low.next()).toBe(80);
    expect(high.next()).toBe(120);
    for (let i = 0; i < 10; i++) expect(high.next()).toBeLessThanOrEqual(1000);
  });
});

describe('the link’s reconnect timings', () => {
  it('retries at once, then waits 250 ms at most however long the outage lasts', () => {
    const backoff = new Backoff(defaultSyncTuning.reconnect);
    const waits = Array.from({ length: 2000 }, () => backoff.next());
    expect(waits[0]).toBe(0);
    expect(Math.max(...waits)).toBeLessThanOrEqual(250);
    expect(Math.min(...waits.slice(10))).toBeGreaterThanOrEqual(200);
  });
});

describe('the browser host’s timings from its environment', () => {
  it('takes a whole number of ms as the dead-link bound, and nothing else', () => {
    expect(syncTuningFromEnv({ [DEAD_AFTER_ENV]: '600000' })).toEqual({
      liveness: { ...defaultSyncTuning.liveness, deadAfterMs: 600_000 },
    });
    for (const value of [undefined, '', 'soon', '1.5', '-1', '0']) {
      expect(syncTuningFromEnv({ [DEAD_AFTER_ENV]: value })).toBeUndefined();
    }
  });
});

describe('ClockOffset', () => {
  it('uses the welcome until a round trip is measured, then the shortest round trip', () => {
    const clock = new ClockOffset();
    expect(clock.offsetMs).toBeNull();
    expect(clock.serverNow(1000)).toBe(1000);
    clock.fromWelcome(5000, 1000);
    expect(clock.offsetMs).toBe(4000);
    clock.fromRoundTrip(1000, 5300, 1400);
    expect(clock.offsetMs).toBe(4100);
    clock.fromRoundTrip(2000, 6020, 2040);
    expect(clock.offsetMs).toBe(4000);
    expect(clock.serverNow(3000)).toBe(7000);
  });
});
