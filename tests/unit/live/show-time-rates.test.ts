import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveModel } from '../../../src/main/core/live/live-model';
import { Projection } from '../../../src/main/core/live/projection';
import { showRateClock } from '../../../src/main/core/live/rate-clock';
import { SimClock } from '../../../src/main/core/rehearsal/sim-clock';
import type { ServerEvent } from '../../../src/shared/protocol';
import { rehearsalLiveModel } from '../../support/live-model';
import { orderEvent } from '../../support/misbehaving-server';

/**
 * A rehearsal's units per second are per second of show time and its forecasts in show time:
 * the same demand a show second gives the same figures at 1x and at 20x, and they stand still
 * while the rehearsal is paused (a paused rehearsal showed "2.2/s · sold out in ~37:46").
 */

const WALL0 = Date.UTC(2026, 5, 18, 18, 0, 0);
const TICK_MS = 200;
const STOCK = 1_000_000;
/** Units a show second the crowd buys. */
const DEMAND = 250;

function model(): LiveModel {
  const projection = new Projection(
    { lastSeq: 0, synced: true, showState: 'live', pin: { sku: 'A', until: null }, viewers: 0 },
    [
      {
        sku: 'A',
        position: 0,
        name: 'A',
        currency: 'CNY',
        priceMinor: 100,
        stock: STOCK,
        sold: 0,
        revenueMinor: 0,
        openingStock: STOCK,
        flashSale: null,
        soldOutAt: null,
        firstPinnedAt: WALL0,
      },
    ],
  );
  return rehearsalLiveModel(projection, WALL0);
}

/** A rehearsal at `speed` whose console keeps its rates in show time. */
function rehearsal(speed: number) {
  vi.setSystemTime(WALL0);
  const sim = new SimClock(speed, () => Date.now());
  const live = model();
  live.keepRatesOn(showRateClock(sim));
  let seq = 0;
  /** Steps the crowd through `showMs` more show time, each step when due on the wall clock. */
  const run = (showMs: number): void => {
    const until = sim.simulatedMs + showMs;
    while (sim.simulatedMs < until) {
      vi.setSystemTime(
        Math.max(Date.now(), Date.now() + sim.delayUntil(sim.simulatedMs + TICK_MS)),
      );
      const batch: ServerEvent[] = [];
      for (let unit = 0; unit < (DEMAND * TICK_MS) / 1000; unit++) {
        seq += 1;
        batch.push(orderEvent(seq));
      }
      live.applied(batch);
      vi.setSystemTime(Date.now() + 1);
      sim.advance(TICK_MS);
    }
  };
  const figures = () => {
    const product = live.product('A');
    return { rate: product?.unitsPerSecond, forecast: product?.sellOutSeconds };
  };
  return { sim, live, run, figures };
}

describe('a rehearsal’s units per second and forecast, in show time', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the same units per show second at 1x and at 20x for the same demand', () => {
    for (const speed of [1, 20]) {
      const { run, figures } = rehearsal(speed);
      run(5000);
      for (let step = 0; step < 10; step++) {
        run(TICK_MS);
        const { rate, forecast } = figures();
        expect(rate, `${speed}x`).toBeGreaterThan(DEMAND * 0.95);
        expect(rate, `${speed}x`).toBeLessThan(DEMAND * 1.05);
        expect(forecast, `${speed}x`).toBeGreaterThan((STOCK / DEMAND) * 0.95);
        expect(forecast, `${speed}x`).toBeLessThan((STOCK / DEMAND) * 1.05);
      }
    }
  });

  it('holds its figures between steps as the console gets the orders of the step running', () => {
    const { run, figures, live, sim } = rehearsal(20);
    run(5000);
    const before = figures();
    // Halfway to the next step, and with the next step's orders in but show time not advanced.
    vi.setSystemTime(Date.now() + 4);
    expect(figures()).toEqual(before);
    live.applied(Array.from({ length: 50 }, (_, index) => orderEvent(1_000_000 + index)));
    expect(sim.showMsAt(Date.now() + 1)).toBe(5000);
    expect(figures().rate).toBe(before.rate);
  });

  it('stands still while paused, however long, and goes on from there after the resume', () => {
    const { run, figures, sim } = rehearsal(20);
    run(10_000);
    // Paused after the last step: its orders are in the window once the console had time to
    // get them all (a tenth of a second), and from then on nothing moves.
    vi.setSystemTime(Date.now() + 100);
    const paused = figures();
    expect(paused.rate).toBeGreaterThan(DEMAND * 0.95);
    for (const wallMs of [500, 2000, 60_000, 30 * 60_000]) {
      vi.setSystemTime(Date.now() + wallMs);
      expect(figures(), `${wallMs} ms into the pause`).toEqual(paused);
    }
    sim.reanchor();
    run(TICK_MS);
    expect(figures().rate).toBeGreaterThan(DEMAND * 0.95);
    expect(figures().rate).toBeLessThan(DEMAND * 1.05);
  });
});
