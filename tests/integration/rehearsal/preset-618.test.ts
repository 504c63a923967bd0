import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/core';
import { liveState } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { invoke } from '../../support/core-api';
import { command, openDemoConsole, runUntil } from './rehearsal-harness';

const harness = useConsoleHarness();

const stockOf = async (console: Core, sku: string) =>
  (await liveState(console)).products.find((product) => product.sku === sku)?.stock;

describe('the 618 preset', () => {
  it('sells out durians, coconuts and rice within seconds of show time after their pins', async () => {
    const { core, showId } = await openDemoConsole(harness);
    await invoke(core, 'rehearsal.start', {
      showId,
      preset: '618',
      seed: 618,
      speed: 20,
      startPaused: true,
    });
    // Two minutes in, the audience is some three million: the one the sale server was told, not
    // the one the crowd planned for its last tick (the rehearsal panel and the show bar agree).
    const warm = await runUntil(core, 120);
    expect(warm.viewers).toBeGreaterThan(3_000_000);
    expect(warm.viewers).toBe((await liveState(core)).viewers);
    expect(await stockOf(core, 'TH-DURIAN-MONTHONG')).toBeGreaterThan(4500);

    const slot = await invoke(core, 'rehearsal.nextSlot', {});
    expect(slot.sku).toBe('TH-DURIAN-MONTHONG');
    const pinned = await runUntil(core, 130);
    expect(await stockOf(core, 'TH-DURIAN-MONTHONG')).toBe(0);
    expect(pinned.viewers).toBe((await liveState(core)).viewers);

    await command(core, { type: 'pin', sku: 'TH-COCONUT-NAMHOM' });
    await runUntil(core, 150);
    expect(await stockOf(core, 'TH-COCONUT-NAMHOM')).toBe(0);

    await command(core, { type: 'pin', sku: 'TH-RICE-HOMMALI' });
    await runUntil(core, 160);
    expect(await stockOf(core, 'TH-RICE-HOMMALI')).toBe(0);

    const state = await liveState(core);
    const sold = Object.fromEntries(state.products.map((product) => [product.sku, product.sold]));
    expect(sold).toMatchObject({
      'TH-DURIAN-MONTHONG': 5000,
      'TH-COCONUT-NAMHOM': 20_000,
      'TH-RICE-HOMMALI': 3000,
    });
    await invoke(core, 'rehearsal.stop', {});
  }, 120_000);
});
