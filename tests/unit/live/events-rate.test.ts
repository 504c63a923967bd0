import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveModel } from '../../../src/main/core/live/live-model';
import { Projection } from '../../../src/main/core/live/projection';
import type { ServerEvent } from '../../../src/shared/protocol';
import { rehearsalLiveModel } from '../../support/live-model';

/**
 * The link's events per second settle within a second of a burst's start, like the units per
 * second beside them (a rehearsal showed 103 events/s beside 2,701 units/s a second into a pin),
 * and drop to 0 a second after the events stop.
 */

function model(): LiveModel {
  return rehearsalLiveModel(
    new Projection(
      { lastSeq: 0, synced: true, showState: 'live', pin: { sku: 'A', until: null }, viewers: 0 },
      [],
    ),
  );
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
