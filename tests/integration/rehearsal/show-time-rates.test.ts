import { describe, expect, it } from 'vitest';
import type { LiveProduct } from '../../../src/shared/model/live';
import { liveState, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { invoke } from '../../support/core-api';
import { command, openDemoConsole, runUntil } from './rehearsal-harness';

const harness = useConsoleHarness();

/** 40,000 boxes: the 618 crowd's pin burst (about 2,000 units a show second) leaves some. */
const SKU = 'TH-MANGOSTEEN';

type Figures = Pick<LiveProduct, 'unitsPerSecond' | 'sellOutSeconds' | 'stock'>;

async function figures(core: Parameters<typeof liveState>[0]): Promise<Figures> {
  const product = (await liveState(core)).products.find((p) => p.sku === SKU);
  if (!product) throw new Error(`${SKU} is not in the live state`);
  const { unitsPerSecond, sellOutSeconds, stock } = product;
  return { unitsPerSecond, sellOutSeconds, stock };
}

/**
 * The pinned product's figures at show second 3, early and late in a pause, and at 4 (resumed,
 * paused again).
 */
async function rehearse(
  speed: number,
): Promise<{ paused: Figures; still: Figures; resumed: Figures }> {
  const { core, showId } = await openDemoConsole(harness);
  await invoke(core, 'rehearsal.start', {
    showId,
    preset: '618',
    seed: 618,
    speed,
    startPaused: true,
  });
  await command(core, { type: 'pin', sku: SKU });
  await runUntil(core, 3);
  // Into the pause: the link's events per second (wall clock) have fallen to 0.
  const quiet = () =>
    waitFor(
      async () => (await liveState(core)).link.eventsPerSecond === 0,
      'a second without events',
    );
  await quiet();
  const paused = await figures(core);
  // Later in the pause: a command's round trip through the server, and a second without events.
  await command(core, { type: 'pin', sku: SKU });
  await quiet();
  const still = await figures(core);
  await runUntil(core, 4);
  const resumed = await figures(core);
  await invoke(core, 'rehearsal.stop', {});
  return { paused, still, resumed };
}

function near(actual: number | null, expected: number | null, share: number): boolean {
  if (actual === null || expected === null) return false;
  return Math.abs(actual - expected) <= Math.abs(expected) * share;
}

describe('a rehearsal’s units per second and forecast, through the core', () => {
  it('are per show second at 1x and 20x, and stand still while paused', async () => {
    const slow = await rehearse(1);
    const fast = await rehearse(20);
    // The same crowd (same seed) at 20x: the same units per show second and forecast in show
    // seconds, not twenty times as many per wall second.
    for (const moment of ['paused', 'resumed'] as const) {
      const at1x = slow[moment];
      const at20x = fast[moment];
      expect(
        near(at20x.stock, at1x.stock, 0.05),
        `${moment} stock ${at20x.stock} vs ${at1x.stock}`,
      ).toBe(true);
      expect(
        near(at20x.unitsPerSecond, at1x.unitsPerSecond, 0.1),
        `${moment} ${at20x.unitsPerSecond}/s at 20x vs ${at1x.unitsPerSecond}/s at 1x`,
      ).toBe(true);
      expect(
        near(at20x.sellOutSeconds, at1x.sellOutSeconds, 0.1),
        `${moment} sold out in ${at20x.sellOutSeconds} s at 20x vs ${at1x.sellOutSeconds} s at 1x`,
      ).toBe(true);
    }
    for (const run of [slow, fast]) {
      expect(run.paused.unitsPerSecond).toBeGreaterThan(500);
      expect(run.paused.sellOutSeconds).not.toBeNull();
      // Paused: neither decaying nor growing, however long the pause lasts.
      expect(run.still).toEqual(run.paused);
    }
  }, 120_000);
});
