import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/core';
import type { ProductResult, ReviewClock } from '../../../src/shared/model/review';
import { createShow, liveState, runLog, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { invoke } from '../../support/core-api';

const harness = useConsoleHarness();

const SKU = 'DURIAN';

interface Rehearsed {
  durian: ProductResult;
  clock: ReviewClock;
  /** Pin to sell-out as the run log's wall-clock times have it. */
  wallPinToSoldOutMs: number;
}

/**
 * A calm rehearsal at `speed` with the same seed: DURIAN pinned while paused at show time 0, run
 * until it sells out, stopped; the review's result for it and the same span in wall-clock time.
 */
async function rehearse(
  core: Core,
  dataDir: string,
  showId: number,
  speed: number,
): Promise<Rehearsed> {
  const started = await invoke(core, 'rehearsal.start', {
    showId,
    preset: 'calm',
    seed: 618,
    speed,
    startPaused: true,
  });
  const { commandId } = await invoke(core, 'live.command', { command: { type: 'pin', sku: SKU } });
  await waitFor(async () => {
    const state = await liveState(core);
    return state.pin.sku === SKU && !state.pending.some((entry) => entry.commandId === commandId);
  }, 'the pin');
  await invoke(core, 'rehearsal.resume', {});
  await waitFor(
    async () => (await liveState(core)).products.find((p) => p.sku === SKU)?.stock === 0,
    `${SKU} to sell out at ${speed}x`,
    60_000,
  );
  await invoke(core, 'rehearsal.stop', {});
  const results = await invoke(core, 'review.results', { runId: started.runId });
  const durian = results.products.find((product) => product.sku === SKU);
  if (!durian) throw new Error('no result for the durian');
  const events = runLog(dataDir, started.runId, 'event').map((row) => row.payload);
  const pinAt = events.find((event) => event.type === 'pin' && event.sku === SKU)?.at;
  const soldOutAt = events.find(
    (event) => event.type === 'order' && event.sku === SKU && event.stock === 0,
  )?.at;
  return {
    durian,
    clock: results.clock,
    wallPinToSoldOutMs: Number(soldOutAt) - Number(pinAt),
  };
}

describe('the review of a rehearsal run at speed', () => {
  it('times first pin to sold out in show time, as a rehearsal at 1x does', async () => {
    const dataDir = await harness.tempDir();
    const core = harness.startConsole(dataDir);
    const showId = await createShow(core, [
      { sku: SKU, stock: 12 },
      { sku: 'COCO', stock: 500 },
    ]);
    const fast = await rehearse(core, dataDir, showId, 10);
    const real = await rehearse(core, dataDir, showId, 1);

    expect(fast.clock.base).toBe('show');
    expect(real.clock.base).toBe('show');
    // Pinned while paused at show time 0.
    expect(fast.durian.firstPinnedAt).toBe(fast.clock.base === 'show' ? fast.clock.zeroAt : -1);
    const fastShow = fast.durian.pinToSoldOutMs ?? -1;
    const realShow = real.durian.pinToSoldOutMs ?? -1;
    // At 1x show time is wall time; at 10x the wall clock saw the same span several times shorter.
    expect(Math.abs(realShow - real.wallPinToSoldOutMs)).toBeLessThan(1_000);
    expect(fast.wallPinToSoldOutMs * 3).toBeLessThan(fastShow);
    expect(Math.abs(fastShow - realShow)).toBeLessThanOrEqual(Math.max(1_000, realShow * 0.15));
    expect(fast.durian.peakUnitsPerSecond).toBeLessThanOrEqual(real.durian.peakUnitsPerSecond + 3);
  }, 120_000);
});
