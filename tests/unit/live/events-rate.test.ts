import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveModel, type LinkFacts } from '../../../src/main/core/live/live-model';
import { Projection } from '../../../src/main/core/live/projection';
import type { ServerEvent } from '../../../src/shared/protocol';

/**
 * The link's events per second settle within a second of a burst's start, like the units per
 * second beside them (a rehearsal showed 103 events/s beside 2,701 units/s a second into a pin),
 * and drop to 0 a second after the events stop.
 */

const LINK: LinkFacts = {
  state: 'connected',
  stale: false,
  lastError: null,
  lastErrorReason: null,
  retryInMs: null,
  clockOffsetMs: 0,
  protocolErrors: 0,
  logMissing: 0,
  logFilling: false,
};

function model(): LiveModel {
  const projection = new Projection(
    { lastSeq: 0, synced: true, showState: 'live', pin: { sku: 'A', until: null }, viewers: 0 },
    [],
  );
  return new LiveModel({
    run: () => ({
      id: 1,
      showId: 1,
      kind: 'rehearsal',
      name: 'Rehearsal',
      startedAt: 0,
      endedAt: null,
      serverUrl: 'http://127.0.0.1:1',
      serverShowId: 'show',
    }),
    projection,
    pending: () => [],
    link: () => LINK,
    serverNow: () => Date.now(),
    ackOverdueMs: 2000,
  });
}

let seq = 0;

/** Applies `perSecond` one-unit orders a second over [from, to), in batches of 50 ms as they arrive. */
function orders(live: LiveModel, from: number, to: number, perSecond: number): void {
  for (let batchAt = from; batchAt < to; batchAt += 50) {
    const batch: ServerEvent[] = [];
    for (let at = batchAt; at < batchAt + 50; at += 1000 / perSecond) {
      seq += 1;
      batch.push({
        type: 'order',
        seq,
        at: Math.floor(at),
        orderId: `o${seq}`,
        sku: 'A',
        qty: 1,
        priceMinor: 100,
        stock: 1_000_000,
        sold: seq,
      });
    }
    vi.setSystemTime(batchAt + 50);
    live.applied(batch);
  }
}

describe('events per second in the link status', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('settles within a second of a burst and drops to 0 a second after it', () => {
    const live = model();
    orders(live, 0, 5000, 100);
    expect(live.linkStatus().eventsPerSecond).toBeCloseTo(100, -1);
    orders(live, 5000, 6000, 3000);
    const burst = live.linkStatus().eventsPerSecond;
    expect(burst).toBeGreaterThan(2700);
    expect(burst).toBeLessThan(3300);
    vi.setSystemTime(7600);
    expect(live.linkStatus().eventsPerSecond).toBe(0);
  });
});
