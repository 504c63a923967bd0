import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/core';
import { useConsoleHarness } from '../../support/console-harness';
import { invoke } from '../../support/core-api';
import { command, comparableLog, openDemoConsole, runUntil } from './rehearsal-harness';

const harness = useConsoleHarness();

const DURIAN = 'TH-DURIAN-MONTHONG';
const COCONUT = 'TH-COCONUT-NAMHOM';
const RICE = 'TH-RICE-HOMMALI';

/** One rehearsal with the same operator actions at the same show times; returns its run id. */
async function rehearse(console: Core, showId: number, seed: number): Promise<number> {
  const started = await invoke(console, 'rehearsal.start', {
    showId,
    preset: '618',
    seed,
    speed: 20,
    startPaused: true,
  });
  await runUntil(console, 15);
  await invoke(console, 'rehearsal.nextSlot', {});
  await runUntil(console, 30);
  await command(console, { type: 'setPrice', sku: COCONUT, priceMinor: 4900 });
  await command(console, { type: 'pin', sku: COCONUT });
  await runUntil(console, 45);
  await command(console, { type: 'restock', sku: DURIAN, units: 300 });
  await command(console, { type: 'pin', sku: DURIAN });
  await runUntil(console, 55);
  await command(console, { type: 'pin', sku: RICE });
  await runUntil(console, 65);
  await command(console, { type: 'unpin' });
  await runUntil(console, 75);
  await invoke(console, 'rehearsal.stop', {});
  return started.runId;
}

describe('rehearsal determinism', () => {
  it('gives the same run log for the same seed and operator actions', async () => {
    const { core, dataDir, showId } = await openDemoConsole(harness);
    const first = comparableLog(dataDir, await rehearse(core, showId, 42));
    const second = comparableLog(dataDir, await rehearse(core, showId, 42));
    const other = comparableLog(dataDir, await rehearse(core, showId, 43));

    const orders = first.filter((line) => line.type === 'order');
    expect(orders.length).toBeGreaterThan(1000);
    expect(new Set(orders.map((line) => line.sku)).size).toBe(4);
    expect(first.filter((line) => line.type === 'viewers').length).toBeGreaterThan(50);
    expect(second).toEqual(first);
    expect(other).not.toEqual(first);
  }, 180_000);
});
