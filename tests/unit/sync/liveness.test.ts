import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Liveness } from '../../../src/main/core/sync/liveness';
import { defaultSyncTuning } from '../../../src/main/core/sync/tuning';

const { checkMs, deadAfterMs, probeTimeoutMs } = defaultSyncTuning.liveness;

/** A Liveness on fake timers whose probes the test answers (or not). */
function watched(heartbeats: boolean) {
  const probes: ((replied: boolean) => void)[] = [];
  const dead: number[] = [];
  const staleChanges: boolean[] = [];
  const liveness = new Liveness({
    tuning: defaultSyncTuning.liveness,
    probe: (timeoutMs, settled) => {
      let open = true;
      const settle = (replied: boolean) => {
        if (open) settled(replied);
        open = false;
      };
      probes.push(settle);
      setTimeout(() => settle(false), timeoutMs);
      return true;
    },
    changed: (stale) => staleChanges.push(stale),
    dead: (silentMs) => dead.push(silentMs),
  });
  liveness.start(heartbeats);
  return { liveness, probes, dead, staleChanges };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a connection whose server goes silent', () => {
  it.each([
    { label: 'with heartbeats (probed once stale)', heartbeats: true },
    { label: 'without heartbeats', heartbeats: false },
  ])('is dropped as dead within the bound, its probes unanswered ($label)', ({ heartbeats }) => {
    const { liveness, probes, dead, staleChanges } = watched(heartbeats);
    vi.advanceTimersByTime(deadAfterMs - checkMs);
    expect(staleChanges).toEqual([true]);
    expect(probes.length).toBeGreaterThan(0);
    expect(dead).toEqual([]);
    vi.advanceTimersByTime(2 * checkMs);
    expect(dead).toHaveLength(1);
    expect(dead[0]).toBeGreaterThanOrEqual(deadAfterMs);
    expect(dead[0]).toBeLessThanOrEqual(deadAfterMs + checkMs);
    // Stopped: nothing more is probed or reported on this connection.
    const sent = probes.length;
    vi.advanceTimersByTime(deadAfterMs);
    expect({ probes: probes.length, dead: dead.length }).toEqual({ probes: sent, dead: 1 });
    liveness.stop();
  });

  it('is kept while messages come, however slowly: stale, never dead', () => {
    const { liveness, dead, staleChanges } = watched(true);
    for (let i = 0; i < 6; i += 1) {
      vi.advanceTimersByTime(deadAfterMs - checkMs);
      liveness.received();
    }
    expect(dead).toEqual([]);
    expect(staleChanges).toEqual(Array.from({ length: 6 }, () => [true, false]).flat());
    liveness.stop();
  });

  it('is kept while its probes are answered, late past the stale mark', () => {
    const { liveness, probes, dead } = watched(false);
    for (let i = 0; i < 20; i += 1) {
      vi.advanceTimersByTime(probeTimeoutMs - checkMs);
      probes.at(-1)?.(true);
    }
    expect(dead).toEqual([]);
    liveness.stop();
  });

  it('is not judged by a probe that timed out while this process was busy', () => {
    const { liveness, probes, dead } = watched(false);
    vi.advanceTimersByTime(1000);
    expect(probes).toHaveLength(1);
    // The event loop is blocked for 11 s: the probe's timeout fires only after it, before the
    // answer waiting to be read is.
    vi.setSystemTime(Date.now() + 11_000);
    vi.advanceTimersByTime(probeTimeoutMs + checkMs);
    expect(dead).toEqual([]);
    // The next probe is answered.
    expect(probes).toHaveLength(2);
    probes[1](true);
    vi.advanceTimersByTime(deadAfterMs / 2);
    expect(dead).toEqual([]);
    liveness.stop();
  });
});
